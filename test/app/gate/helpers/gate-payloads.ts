/**
 * Webhook payloads for deployment gates. deployment_protection_rule has no example in
 * @octokit/webhooks-examples, so it is built from GitHub's REST examples and checked against the
 * webhook schema in @octokit/openapi (as every payload here is).
 */
import { restExample, schemaProblems } from "../../../helpers/github/contract.js";
import { example, type RepoFacts, repositoryObject } from "../../../helpers/github/objects.js";
import { INSTALLATION_ID } from "../../helpers/payloads.js";

// biome-ignore lint/suspicious/noExplicitAny: payloads are edited freely as JSON.
type Json = any;

const installation = { id: INSTALLATION_ID, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMzEzMzc=" };

function repository(repo: RepoFacts): Json {
  return { ...repositoryObject(repo), default_branch: "main" };
}

function user(login: string): Json {
  return { ...restExample("simple-user"), login };
}

export function protectionRuleRequested(
  repo: RepoFacts,
  gate: {
    environment: string;
    sha: string;
    ref: string;
    runId: number;
    deploymentId: number;
    deployer: string;
  },
): Json {
  const name = `${repo.owner}/${repo.name}`;
  return {
    action: "requested",
    environment: gate.environment,
    event: "release",
    sha: gate.sha,
    ref: gate.ref,
    deployment_callback_url: `https://api.github.com/repos/${name}/actions/runs/${gate.runId}/deployment_protection_rule`,
    deployment: {
      ...restExample("deployment"),
      id: gate.deploymentId,
      sha: gate.sha,
      ref: gate.ref,
      environment: gate.environment,
      original_environment: gate.environment,
      creator: user(gate.deployer),
      url: `https://api.github.com/repos/${name}/deployments/${gate.deploymentId}`,
    },
    pull_requests: [],
    repository: repository(repo),
    organization: restExample("organization-simple"),
    installation,
    sender: user(gate.deployer),
  };
}

export function reviewSubmitted(
  repo: RepoFacts,
  pull: number,
  login: string,
  state: "approved" | "commented",
): Json {
  const payload = example("pull_request_review", "submitted");
  // GitHub's example predates fields its schema now requires.
  const newer = {
    has_discussions: false,
    topics: [],
    visibility: "public",
    is_template: false,
    web_commit_signoff_required: false,
    custom_properties: {},
  };
  const pr = payload.pull_request;
  return {
    ...payload,
    repository: repository(repo),
    installation,
    pull_request: {
      ...pr,
      number: pull,
      draft: false,
      auto_merge: null,
      active_lock_reason: null,
      head: { ...pr.head, repo: { ...pr.head.repo, ...newer } },
      base: { ...pr.base, repo: { ...pr.base.repo, ...newer } },
    },
    review: { ...payload.review, state, user: { ...payload.review.user, login } },
    sender: { ...payload.sender, login },
  };
}

export function commentCreated(
  repo: RepoFacts,
  pull: number,
  comment: { id: number; login: string; body: string },
): Json {
  const payload = example("issue_comment", "created");
  return {
    ...payload,
    repository: repository(repo),
    installation,
    issue: {
      ...payload.issue,
      number: pull,
      // GitHub's example predates fields its schema now requires.
      active_lock_reason: null,
      labels: payload.issue.labels.map((label: Json) => ({ description: null, ...label })),
      reactions: reactions(
        `https://api.github.com/repos/${repo.owner}/${repo.name}/issues/${pull}/reactions`,
      ),
      pull_request: {
        url: `https://api.github.com/repos/${repo.owner}/${repo.name}/pulls/${pull}`,
        html_url: `https://github.com/${repo.owner}/${repo.name}/pull/${pull}`,
        diff_url: `https://github.com/${repo.owner}/${repo.name}/pull/${pull}.diff`,
        patch_url: `https://github.com/${repo.owner}/${repo.name}/pull/${pull}.patch`,
      },
    },
    comment: {
      ...payload.comment,
      id: comment.id,
      body: comment.body,
      user: { ...payload.comment.user, login: comment.login, type: "User" },
      // GitHub's example predates fields its schema now requires.
      performed_via_github_app: null,
      reactions: reactions(
        `https://api.github.com/repos/${repo.owner}/${repo.name}/issues/comments/${comment.id}/reactions`,
      ),
    },
    sender: { ...payload.sender, login: comment.login },
  };
}

function reactions(url: string): Json {
  return {
    url,
    total_count: 0,
    "+1": 0,
    "-1": 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  };
}

/** Problems of a payload against GitHub's webhook schema for it. */
export function payloadProblems(schema: string, payload: unknown): string[] {
  return schemaProblems(schema, payload);
}
