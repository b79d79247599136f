/**
 * The gate's GitHub look-ups for the app: the same GateGitHub interface as the CLI and the action,
 * through the installation's Octokit, with the commit's report parts taken from the store (the
 * trusted reports the app kept from workflow_run deliveries) instead of downloading artifacts.
 * Every refusal becomes an answer with a reason; the engine turns those into "not approved".
 */
import type { DeploymentFact, PullRequestFact, ReviewFact } from "../../src/gate/gate-facts.js";
import type { Answer, GateGitHub, IssueComment } from "../../src/gate/github/gate-github.js";
import { reportFacts } from "../../src/gate/report-facts.js";
import type { Octokit } from "../github/list-report-artifacts.js";
import type { Store } from "../store/store.js";

export interface RepoRef {
  owner: string;
  repo: string;
  repositoryId: number;
  defaultBranch: string;
}

export function octokitGateGitHub(
  octokit: Octokit,
  store: Store,
  where: RepoRef,
): GateGitHub & {
  qualifyRef(ref: string): Promise<Answer<string>>;
} {
  const { owner, repo } = where;
  const ask = async <T>(doing: string, call: () => Promise<T>): Promise<Answer<T>> => {
    try {
      return { ok: true, value: await call() };
    } catch (error) {
      const status = (error as { status?: number }).status ?? null;
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        status,
        reason: `GitHub answered ${status ?? "nothing"} (${message}) while ${doing}`,
      };
    }
  };
  return {
    policyFile: () =>
      ask(`reading .github/slipway.yml on ${where.defaultBranch}`, async () => {
        try {
          const { data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
            owner,
            repo,
            path: ".github/slipway.yml",
            ref: where.defaultBranch,
            mediaType: { format: "raw" },
          });
          return { branch: where.defaultBranch, text: String(data) };
        } catch (error) {
          if ((error as { status?: number }).status === 404)
            return { branch: where.defaultBranch, text: null };
          throw error;
        }
      }),
    resolveRef: (ref) =>
      ask(`resolving ${ref}`, async () => {
        const { data } = await octokit.request("GET /repos/{owner}/{repo}/commits/{ref}", {
          owner,
          repo,
          ref,
        });
        return data.sha;
      }),
    /** The webhook's ref may be bare ("main", "v1.2.0"): which one is it, a branch or a tag? */
    qualifyRef: (ref) =>
      ask(`finding whether ${ref} is a branch or a tag`, async () => {
        if (ref.startsWith("refs/")) return ref;
        for (const kind of ["heads", "tags"]) {
          try {
            await octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
              owner,
              repo,
              ref: `${kind}/${ref}`,
            });
            return `refs/${kind}/${ref}`;
          } catch (error) {
            if ((error as { status?: number }).status !== 404) throw error;
          }
        }
        return ref;
      }),
    pullRequestsForCommit: (sha) =>
      ask(`listing the pull requests of ${sha.slice(0, 7)}`, async () => {
        const pulls = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
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
        const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
          owner,
          repo,
          pull_number: pull,
          per_page: 100,
        });
        return reviews
          .filter((review) => review.user)
          .map<ReviewFact>((review) => ({
            pull_request: pull,
            user: review.user!.login,
            state: (["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED"].includes(review.state)
              ? review.state
              : "PENDING") as ReviewFact["state"],
            submitted_at: review.submitted_at ?? null,
          }));
      }),
    comments: (pull) =>
      ask(`listing the comments of #${pull}`, async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: pull,
          per_page: 100,
        });
        return comments
          .filter((comment) => comment.user && comment.user.type !== "Bot")
          .map<IssueComment>((comment) => ({
            user: comment.user!.login,
            body: comment.body ?? "",
            at: comment.created_at,
            url: comment.html_url,
          }));
      }),
    teamMembers: (org, slug) =>
      ask(`listing the members of @${org}/${slug}`, async () => {
        const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, {
          org,
          team_slug: slug,
          per_page: 100,
        });
        return members.map((member) => member.login);
      }),
    deployments: (sha, environment) =>
      ask(`listing the deployments of ${sha.slice(0, 7)} to ${environment}`, async () => {
        const deployments = await octokit.paginate(octokit.rest.repos.listDeployments, {
          owner,
          repo,
          sha,
          environment,
          per_page: 100,
        });
        const facts: DeploymentFact[] = [];
        for (const deployment of deployments) {
          const statuses = await octokit.paginate(octokit.rest.repos.listDeploymentStatuses, {
            owner,
            repo,
            deployment_id: deployment.id,
            per_page: 100,
          });
          const success = statuses
            .filter((status) => status.state === "success")
            .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))[0];
          const latest = success ?? statuses[0];
          if (latest) {
            facts.push({
              environment: deployment.environment,
              sha: deployment.sha,
              state: latest.state,
              at: latest.created_at,
            });
          }
        }
        return facts;
      }),
    reportsForCommit: (sha) =>
      ask(`reading the stored reports of ${sha.slice(0, 7)}`, async () => {
        const stored = await store.reportsAt(where.repositoryId, sha, { trustedOnly: true });
        return { facts: stored.flatMap((report) => reportFacts(report.report, report.runUrl)), problems: [] };
      }),
  };
}
