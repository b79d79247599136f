/**
 * What a deployment gate asks of GitHub, behind one interface (GateGitHub), on Octokit's: the CLI
 * and the gate action pass an @octokit/rest client (client.ts), the app passes Probot's and takes
 * the commit's reports and comment approvals from its store instead. Every refusal comes back as
 * an answer with a reason, never a throw, so the gate can say which fact is missing and stay closed.
 *
 * One rule for who can approve, everywhere: a bot's review or comment never counts; a comment
 * counts only as it was written — the app records comments as events when they are created, and a
 * reader without events (the action, the CLI) counts a comment only when it was never edited.
 */

import { isSlipwayError } from "../errors.js";
import type { DeploymentFact, PullRequestFact, ReportFact, ReviewFact } from "../gate/gate-facts.js";
import { reportFacts } from "../gate/report-facts.js";
import { parseReport } from "../report/report-schema.js";
import { DEFAULT_LIMITS } from "./artifact-limits.js";
import type { GitHubClient } from "./client.js";
import { downloadArtifact } from "./download-artifact.js";
import { isTrustedRun } from "./is-trusted-run.js";
import { listReportArtifacts } from "./list-report-artifacts.js";
import { readReportZip } from "./read-report-zip.js";

export type Answer<T> = { ok: true; value: T } | { ok: false; status: number | null; reason: string };

export interface IssueComment {
  user: string;
  body: string;
  at: string;
  url: string;
}

export interface GateGitHub {
  /** `.github/slipway.yml` on the default branch (null when there is none) and that branch. */
  policyFile(): Promise<Answer<{ branch: string; text: string | null }>>;
  /** The commit a ref (refs/heads/…, refs/tags/…, a branch, a tag or a SHA) points at. */
  resolveRef(ref: string): Promise<Answer<string>>;
  pullRequestsForCommit(sha: string): Promise<Answer<PullRequestFact[]>>;
  reviews(pull: number): Promise<Answer<ReviewFact[]>>;
  comments(pull: number): Promise<Answer<IssueComment[]>>;
  teamMembers(org: string, slug: string): Promise<Answer<string[]>>;
  deployments(sha: string, environment: string): Promise<Answer<DeploymentFact[]>>;
  /** Report parts from the commit's trusted runs (isTrustedRun). */
  reportsForCommit(sha: string): Promise<Answer<{ facts: ReportFact[]; problems: string[] }>>;
}

export const POLICY_PATH = ".github/slipway.yml";

/** A user GitHub marks as a bot (an app's `[bot]` login): never an approver. */
export function isBot(user: { type?: string | null; login?: string } | null | undefined): boolean {
  return user?.type === "Bot" || /\[bot\]$/.test(user?.login ?? "");
}

/** A review or comment by a person: not a bot's, and not a deleted account's (GitHub gives no user). */
function byPerson<T extends { user: { type?: string | null; login: string } | null }>(
  item: T,
): item is T & { user: NonNullable<T["user"]> } {
  return item.user !== null && !isBot(item.user);
}

export interface GateRepo {
  owner: string;
  repo: string;
  /** Known from a webhook; else asked of GitHub. */
  defaultBranch?: string;
}

export function createGateGitHub(client: GitHubClient, where: GateRepo): GateGitHub {
  const { owner, repo } = where;
  const fullName = `${owner}/${repo}`;
  return {
    policyFile: () =>
      ask(`reading ${POLICY_PATH}`, async () => {
        const branch =
          where.defaultBranch ?? (await client.rest.repos.get({ owner, repo })).data.default_branch;
        try {
          const { data } = await client.rest.repos.getContent({
            owner,
            repo,
            path: POLICY_PATH,
            ref: branch,
          });
          if (typeof data === "string") return { branch, text: data };
          if (!Array.isArray(data) && data.type === "file" && typeof data.content === "string")
            return { branch, text: Buffer.from(data.content, "base64").toString("utf8") };
          throw Object.assign(new Error(`${POLICY_PATH} on ${branch} came back without its content`), {
            status: 200,
          });
        } catch (error) {
          if ((error as { status?: number }).status === 404) return { branch, text: null };
          throw error;
        }
      }),
    resolveRef: (ref) =>
      ask(`resolving ${ref}`, async () => {
        // GET /commits/{ref} peels annotated tags and takes full refs, bare names and SHAs alike.
        const { data } = await client.rest.repos.getCommit({ owner, repo, ref: ref.replace(/^refs\//, "") });
        return data.sha;
      }),
    pullRequestsForCommit: (sha) =>
      ask(`listing the pull requests of commit ${sha.slice(0, 7)}`, async () => {
        const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
          owner,
          repo,
          commit_sha: sha,
          per_page: 100,
        });
        return pulls.map<PullRequestFact>((pull) => ({
          number: pull.number,
          author: pull.user?.login ?? "ghost",
          url: pull.html_url,
        }));
      }),
    reviews: (pull) =>
      ask(`listing the reviews of #${pull}`, async () => {
        const reviews = await client.paginate(client.rest.pulls.listReviews, {
          owner,
          repo,
          pull_number: pull,
          per_page: 100,
        });
        return reviews.filter(byPerson).map<ReviewFact>((review) => ({
          pull_request: pull,
          user: review.user.login,
          state: (["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED"].includes(review.state)
            ? review.state
            : "PENDING") as ReviewFact["state"],
          submitted_at: review.submitted_at ?? null,
        }));
      }),
    comments: (pull) =>
      ask(`listing the comments of #${pull}`, async () => {
        const comments = await client.paginate(client.rest.issues.listComments, {
          owner,
          repo,
          issue_number: pull,
          per_page: 100,
        });
        return comments
          .filter(byPerson)
          .filter((comment) => comment.updated_at === comment.created_at)
          .map<IssueComment>((comment) => ({
            user: comment.user.login,
            body: comment.body ?? "",
            at: comment.created_at,
            url: comment.html_url,
          }));
      }),
    teamMembers: (org, slug) =>
      ask(`listing the members of @${org}/${slug}`, async () => {
        const members = await client.paginate(client.rest.teams.listMembersInOrg, {
          org,
          team_slug: slug,
          per_page: 100,
        });
        return members.map((member) => member.login);
      }),
    deployments: (sha, environment) =>
      ask(`listing the deployments of ${sha.slice(0, 7)} to ${environment}`, async () => {
        const deployments = await client.paginate(client.rest.repos.listDeployments, {
          owner,
          repo,
          sha,
          environment,
          per_page: 100,
        });
        const facts: DeploymentFact[] = [];
        for (const deployment of deployments) {
          const statuses = await client.paginate(client.rest.repos.listDeploymentStatuses, {
            owner,
            repo,
            deployment_id: deployment.id,
            per_page: 100,
          });
          // A deployment that succeeded counts from its first success, even once a later one made it inactive.
          const success = statuses
            .filter((status) => status.state === "success")
            .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))[0];
          const latest = success ?? statuses[0];
          if (latest)
            facts.push({
              environment: deployment.environment,
              sha: deployment.sha,
              state: latest.state,
              at: latest.created_at,
            });
        }
        return facts;
      }),
    reportsForCommit: (sha) =>
      ask(`listing the workflow runs of ${sha.slice(0, 7)} and reading their reports`, async () => {
        // Every page: a commit with many workflows has more completed runs than one page holds.
        const runs = await client.paginate(client.rest.actions.listWorkflowRunsForRepo, {
          owner,
          repo,
          head_sha: sha,
          status: "completed",
          exclude_pull_requests: true,
          per_page: 100,
        });
        const facts: ReportFact[] = [];
        const problems: string[] = [];
        for (const run of runs.filter((r) => isTrustedRun(r, { fullName }))) {
          for (const artifact of await listReportArtifacts(client, { owner, repo, runId: run.id })) {
            const where = `the ${artifact.name} artifact of run ${run.id}`;
            if (artifact.expired) {
              problems.push(`${where} has expired`);
              continue;
            }
            try {
              const zip = await downloadArtifact(client, { owner, repo, artifact }, DEFAULT_LIMITS);
              const { path, json } = await readReportZip(zip, artifact.name, DEFAULT_LIMITS);
              const parsed = parseReport(json, path);
              if (parsed.ok) facts.push(...reportFacts(parsed.report, run.html_url));
              else problems.push(parsed.message);
            } catch (error) {
              if (!isSlipwayError(error)) throw error;
              // The reader's message names the artifact and says "the artifact …": say it once.
              const detail = error.message.replace(`${artifact.name}: `, "").replace(/^the artifact /, "");
              problems.push(`${where} ${detail}`);
            }
          }
        }
        return { facts, problems };
      }),
  };
}

/**
 * The same look-ups, with team membership asked through another client: a workflow's GITHUB_TOKEN
 * cannot read an organisation's teams, so the gate step may be given a second token just for that.
 */
export function withTeamClient(github: GateGitHub, teams: GateGitHub | undefined): GateGitHub {
  if (!teams) return github;
  return { ...github, teamMembers: (org, slug) => teams.teamMembers(org, slug) };
}

async function ask<T>(doing: string, call: () => Promise<T>): Promise<Answer<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (isSlipwayError(error)) throw error;
    const refused = error as { status?: number; response?: { data?: { message?: unknown } } };
    const status = typeof refused.status === "number" ? refused.status : null;
    // GitHub's own message, without the documentation link Octokit appends to it.
    const said = refused.response?.data?.message;
    const message = typeof said === "string" ? said : error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      status,
      reason: `GitHub answered ${status ?? "nothing"} (${message}) while ${doing}`,
    };
  }
}
