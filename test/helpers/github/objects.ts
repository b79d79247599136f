/**
 * REST objects the GitHub double answers with, made from GitHub's real example payloads
 * (@octokit/webhooks-examples; a webhook's object has the REST shape), with only the fields a
 * scenario needs changed. The contract checker checks every one against @octokit/openapi.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: example payloads are edited freely as JSON.
type Json = any;

interface Example {
  name: string;
  examples: Json[];
}
const examples = require("@octokit/webhooks-examples") as Example[];

/** A deep copy of GitHub's example payload of an event and action (the nth of them). */
export function example(name: string, action: string, nth = 0): Json {
  const found = examples.find((e) => e.name === name)?.examples.filter((x) => x.action === action)[nth];
  if (!found) throw new Error(`no example payload for ${name}.${action} #${nth}`);
  return structuredClone(found);
}

export interface RepoFacts {
  id: number;
  owner: string;
  name: string;
}

export const fullName = (repo: RepoFacts) => `${repo.owner}/${repo.name}`;

export function repositoryObject(repo: RepoFacts): Json {
  const repository = example("workflow_run", "completed", 1).repository;
  const name = fullName(repo);
  return {
    ...repository,
    id: repo.id,
    name: repo.name,
    full_name: name,
    owner: { ...repository.owner, login: repo.owner },
    url: `https://api.github.com/repos/${name}`,
    html_url: `https://github.com/${name}`,
  };
}

export interface RunFacts {
  id: number;
  workflowId?: number;
  name?: string;
  headSha: string;
  headBranch: string;
  event?: string;
  attempt?: number;
  createdAt?: string;
  conclusion?: string;
  /** The repository the code came from: the fork's for a fork pull request. */
  headRepository?: RepoFacts;
  pulls?: Array<{ number: number; headSha?: string; baseRef: string; baseSha: string }>;
}

/** A workflow run as the REST API returns it (a webhook's `workflow_run` has the same shape). */
export function runObject(repo: RepoFacts, run: RunFacts): Json {
  const base = example("workflow_run", "completed", 2).workflow_run;
  const name = fullName(repo);
  const head = run.headRepository ?? repo;
  return {
    ...base,
    id: run.id,
    name: run.name ?? "ml",
    workflow_id: run.workflowId ?? 7001,
    head_sha: run.headSha,
    head_branch: run.headBranch,
    event: run.event ?? "pull_request",
    status: "completed",
    conclusion: run.conclusion ?? "success",
    run_attempt: run.attempt ?? 1,
    created_at: run.createdAt ?? "2026-03-02T10:00:00Z",
    updated_at: run.createdAt ?? "2026-03-02T10:00:00Z",
    html_url: `https://github.com/${name}/actions/runs/${run.id}`,
    url: `https://api.github.com/repos/${name}/actions/runs/${run.id}`,
    path: ".github/workflows/ml.yml",
    display_title: "Train and compare",
    repository: repositoryObject(repo),
    head_repository: repositoryObject(head),
    pull_requests: (run.pulls ?? []).map((pull) => ({
      url: `https://api.github.com/repos/${name}/pulls/${pull.number}`,
      id: 100000 + pull.number,
      number: pull.number,
      head: {
        ref: run.headBranch,
        sha: pull.headSha ?? run.headSha,
        repo: { id: repo.id, url: "", name: repo.name },
      },
      base: { ref: pull.baseRef, sha: pull.baseSha, repo: { id: repo.id, url: "", name: repo.name } },
    })),
  };
}

export interface PullFacts {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  baseSha: string;
  state?: "open" | "closed";
  /** The fork's repository for a pull request from a fork. */
  headRepository?: RepoFacts;
  /** Who opened it (default: the example's user). */
  author?: string;
}

/** A pull request as the REST API lists it. */
export function pullObject(repo: RepoFacts, pull: PullFacts): Json {
  const base = example("pull_request", "opened").pull_request;
  const head = pull.headRepository ?? repo;
  return {
    ...base,
    id: 200000 + pull.number,
    number: pull.number,
    state: pull.state ?? "open",
    user: pull.author ? { ...base.user, login: pull.author } : base.user,
    html_url: `https://github.com/${fullName(repo)}/pull/${pull.number}`,
    auto_merge: null,
    url: `https://api.github.com/repos/${fullName(repo)}/pulls/${pull.number}`,
    head: {
      ...base.head,
      ref: pull.headRef,
      sha: pull.headSha,
      label: `${head.owner}:${pull.headRef}`,
      repo: repositoryObject(head),
      user: { ...base.head.user, login: head.owner },
    },
    base: {
      ...base.base,
      ref: pull.baseRef,
      sha: pull.baseSha,
      label: `${repo.owner}:${pull.baseRef}`,
      repo: repositoryObject(repo),
    },
  };
}

export interface CommentFacts {
  id: number;
  body: string;
  login: string;
  /** "Bot" or "User" (default: Bot when the login ends in [bot]). */
  type?: string;
  createdAt?: string;
  /** When it was last edited (default: when it was made). */
  updatedAt?: string;
}

/** An issue comment as the REST API returns it. */
export function commentObject(repo: RepoFacts, issue: number, comment: CommentFacts): Json {
  const base = example("issue_comment", "created").comment;
  return {
    ...base,
    id: comment.id,
    body: comment.body,
    created_at: comment.createdAt ?? base.created_at,
    updated_at: comment.updatedAt ?? comment.createdAt ?? base.updated_at,
    user: {
      ...base.user,
      login: comment.login,
      type: comment.type ?? (comment.login.endsWith("[bot]") ? "Bot" : "User"),
    },
    url: `https://api.github.com/repos/${fullName(repo)}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${fullName(repo)}/pull/${issue}#issuecomment-${comment.id}`,
    issue_url: `https://api.github.com/repos/${fullName(repo)}/issues/${issue}`,
  };
}

/** A check run as the REST API returns it after creation. */
export function checkRunObject(id: number, body: Json, appSlug?: string): Json {
  const base = example("check_run", "completed").check_run;
  return {
    ...base,
    id,
    name: body.name,
    head_sha: body.head_sha,
    external_id: body.external_id ?? "",
    app: appSlug ? { ...base.app, slug: appSlug, name: appSlug } : base.app,
    status: body.status ?? "queued",
    conclusion: body.conclusion ?? null,
    output: {
      ...base.output,
      title: body.output?.title ?? null,
      summary: body.output?.summary ?? null,
      annotations_count: body.output?.annotations?.length ?? 0,
    },
  };
}

/** The GitHub App itself (GET /app). */
export function appObject(slug: string): Json {
  return { ...example("check_run", "completed").check_run.app, slug, name: slug };
}
