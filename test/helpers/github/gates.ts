/**
 * What deployment gates read and answer: a pull request's reviews, a team's members (or a refusal;
 * optionally served only to one org-scoped token), deployments and their statuses (newest first),
 * and the deployment protection rule's callback, which GitHub takes once per environment and run
 * (a second answer is refused with 422).
 */
import { restExample } from "./contract.js";
import { keyOf } from "./repos.js";
import { type DoubleServer, NOT_FOUND, page, refusalOf } from "./server.js";

export interface Callback {
  path: string;
  body: { environment_name: string; state: string; comment?: string };
  at: number;
}

export interface DoubleDeployment {
  owner: string;
  repo: string;
  id: number;
  sha: string;
  environment: string;
  statuses: { state: string; created_at: string }[];
}

export class Gates {
  readonly callbacks: Callback[] = [];
  /** Per "owner/repo#pull": reviews. */
  readonly reviews = new Map<string, { user: string; state: string; submitted_at: string }[]>();
  /** Per "org/slug": members, or an HTTP status to refuse with. */
  readonly teams = new Map<string, string[] | number>();
  /** When set, team members are served only to this token (as an org-scoped token); others get 403. */
  teamToken: string | undefined;
  readonly deployments: DoubleDeployment[] = [];

  register(server: DoubleServer): void {
    server.serve("GET", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews", (context) => {
      const [owner, repo, pull] = context.params;
      const template = restExample("pull-request-review-items")[0];
      const reviews = (this.reviews.get(`${owner}/${repo}#${pull}`) ?? []).map((review, i) => ({
        ...template,
        id: i + 1,
        state: review.state,
        submitted_at: review.submitted_at,
        user: { ...template.user, login: review.user },
      }));
      const { slice, headers } = page(reviews, context);
      return { status: 200, json: slice, headers };
    });
    server.serve("GET", "/orgs/{org}/teams/{team_slug}/members", (context) => {
      const auth = String(context.headers.authorization ?? "");
      const members =
        this.teamToken && !new RegExp(`^(Bearer|token) ${this.teamToken}$`).test(auth)
          ? 403
          : this.teams.get(`${context.params[0]}/${context.params[1]}`);
      if (members === undefined) return NOT_FOUND;
      if (typeof members === "number") return refusalOf(members);
      const template = restExample("simple-user-items")[0];
      const { slice, headers } = page(
        members.map((login) => ({ ...template, login })),
        context,
      );
      return { status: 200, json: slice, headers };
    });
    server.serve("GET", "/repos/{owner}/{repo}/deployments", (context) => {
      const [owner, repo] = context.params;
      const { sha, environment } = context.query;
      const template = restExample("deployment-items")[0];
      const items = this.deployments
        .filter((d) => keyOf({ owner: d.owner, name: d.repo }) === keyOf({ owner: owner!, name: repo! }))
        .filter((d) => (!sha || d.sha === sha) && (!environment || d.environment === environment))
        .map((d) => ({
          ...template,
          id: d.id,
          sha: d.sha,
          environment: d.environment,
          original_environment: d.environment,
        }));
      const { slice, headers } = page(items, context);
      return { status: 200, json: slice, headers };
    });
    server.serve("GET", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", (context) => {
      const template = restExample("deployment-status-items")[0];
      const deployment = this.deployments.find((d) => d.id === Number(context.params[2]));
      // Newest first, as GitHub lists them.
      const items = [...(deployment?.statuses ?? [])]
        .reverse()
        .map((s, i) => ({ ...template, id: i + 1, state: s.state, created_at: s.created_at }));
      const { slice, headers } = page(items, context);
      return { status: 200, json: slice, headers };
    });
    server.serve(
      "POST",
      "/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule",
      (context) => {
        const repeat = this.callbacks.some(
          (c) => c.path === context.path && c.body.environment_name === context.body?.environment_name,
        );
        this.callbacks.push({ path: context.path, body: context.body, at: Date.now() });
        return repeat ? { status: 422, json: { message: "Already decided" } } : { status: 204 };
      },
    );
  }
}
