/**
 * A stand-in for api.github.com on 127.0.0.1 serving the read routes the gate uses, from GitHub's
 * own example payloads with the scenario's values put in. Every request is checked against the
 * published REST description (route documented, query parameters documented) and every JSON answer
 * against the documented response schema; problems are collected for the test to assert empty.
 * Listings paginate as GitHub does (per_page, page, Link: rel="next").
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { example, findRoute, queryProblems, responseProblems } from "./openapi-routes.js";

export interface GateScenario {
  repository: string;
  defaultBranch?: string;
  /** Text of .github/slipway.yml on the default branch; null: there is none. */
  policy?: string | null;
  /** Full ref → commit; `tagObject` makes it an annotated tag. */
  refs?: Record<string, { sha: string; tagObject?: string }>;
  pulls?: Record<string, { number: number; author: string }[]>;
  reviews?: Record<number, { user: string; state: string; submitted_at: string }[]>;
  /** `edited_at`: the comment was edited then; `bot`: written by an app. */
  comments?: Record<
    number,
    { user: string; body: string; created_at: string; edited_at?: string; bot?: boolean }[]
  >;
  /** "org/slug" → logins, or an HTTP status to refuse with. */
  teams?: Record<string, string[] | number>;
  /** When set, team members are served only to this token (as an org-scoped token); others get 403. */
  teamToken?: string;
  deployments?: {
    id: number;
    sha: string;
    environment: string;
    statuses: { state: string; created_at: string }[];
  }[];
  runs?: {
    id: number;
    headSha: string;
    event?: string;
    headRepository?: string;
    artifacts: { id: number; name: string; zip: Buffer; expired?: boolean }[];
  }[];
  /** Route template → status to refuse with (GitHub's error body). */
  refuse?: Record<string, number>;
}

export interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

export interface GateGitHubDouble {
  url: string;
  seen: Seen[];
  problems: string[];
  close(): Promise<void>;
}

export async function startGateGitHubDouble(scenario: GateScenario): Promise<GateGitHubDouble> {
  const seen: Seen[] = [];
  const problems: string[] = [];
  let base = "";
  const [owner, name] = scenario.repository.split("/") as [string, string];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const method = request.method ?? "GET";
    seen.push({ method, path: url.pathname, query: url.searchParams, headers: request.headers });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { "content-type": "application/json", ...headers });
      response.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith("/storage/")) {
      const id = Number(url.pathname.split("/").pop());
      const artifact = scenario.runs?.flatMap((run) => run.artifacts).find((a) => a.id === id);
      response.writeHead(200, { "content-type": "application/zip" });
      response.end(artifact?.zip);
      return;
    }
    const found = findRoute(method, url.pathname);
    if (!found) {
      problems.push(`${method} ${url.pathname} is not a documented GitHub route`);
      send(404, { message: "Not Found" });
      return;
    }
    const { template, operation } = found;
    problems.push(...queryProblems(operation, url.searchParams).map((p) => `${template}: ${p}`));
    // Octokit sends "token …" for an installation token, as GitHub documents; "Bearer …" works too.
    if (!/^(Bearer|token) \S+$/.test(request.headers.authorization ?? ""))
      problems.push(`${template}: no token sent`);
    const answer = (status: number, body: unknown, headers?: Record<string, string>) => {
      problems.push(...responseProblems(operation, status, body).map((p) => `${template} ${status}: ${p}`));
      send(status, body, headers);
    };
    // Refusals are GitHub's error body; not every route documents each status it can refuse with.
    const refuse = (status: number) =>
      send(status, {
        message: status === 404 ? "Not Found" : "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest",
      });
    /** One page of a listing, with GitHub's Link header when more follow. */
    const page = (items: unknown[]) => {
      const perPage = Number(url.searchParams.get("per_page") ?? 30);
      const pageNo = Number(url.searchParams.get("page") ?? 1);
      const slice = items.slice((pageNo - 1) * perPage, pageNo * perPage);
      const headers: Record<string, string> = {};
      if (pageNo * perPage < items.length) {
        const next = new URL(url.toString());
        next.searchParams.set("page", String(pageNo + 1));
        headers.link = `<${base}${next.pathname}${next.search}>; rel="next"`;
      }
      return { slice, headers };
    };
    if (scenario.refuse?.[template]) {
      refuse(scenario.refuse[template]!);
      return;
    }
    const parts = url.pathname.split("/");
    const prefix = `/repos/${owner}/${name}`;
    switch (template) {
      case "/repos/{owner}/{repo}":
        answer(200, {
          ...example("full-repository"),
          name,
          full_name: scenario.repository,
          // GitHub's own example predates this required field.
          has_discussions: false,
          default_branch: scenario.defaultBranch ?? "main",
        });
        return;
      case "/repos/{owner}/{repo}/contents/{path}": {
        const path = decodeURIComponent(url.pathname.slice(`${prefix}/contents/`.length));
        if (
          path !== ".github/slipway.yml" ||
          url.searchParams.get("ref") !== (scenario.defaultBranch ?? "main") ||
          !scenario.policy
        ) {
          refuse(404);
          return;
        }
        answer(200, {
          ...example("content-file"),
          path,
          name: "slipway.yml",
          encoding: "base64",
          content: Buffer.from(scenario.policy).toString("base64"),
        });
        return;
      }
      case "/repos/{owner}/{repo}/commits/{ref}": {
        // GitHub takes heads/<branch>, tags/<tag> (annotated tags peeled to their commit), names and SHAs.
        const asked = decodeURIComponent(parts.slice(5).join("/"));
        const target =
          scenario.refs?.[`refs/${asked}`] ??
          Object.entries(scenario.refs ?? {}).find(
            ([full]) => full.replace(/^refs\/(heads|tags)\//, "") === asked,
          )?.[1];
        if (!target) {
          send(422, { message: `No commit found for SHA: ${asked}` });
          return;
        }
        // GitHub's example lists a file without fields its schema now requires.
        answer(200, { ...example("commit"), sha: target.sha, files: [] });
        return;
      }
      case "/repos/{owner}/{repo}/git/ref/{ref}": {
        const target = scenario.refs?.[`refs/${url.pathname.slice(`${prefix}/git/ref/`.length)}`];
        if (!target) {
          refuse(404);
          return;
        }
        const object = target.tagObject
          ? { type: "tag", sha: target.tagObject }
          : { type: "commit", sha: target.sha };
        answer(200, { ...example("git-ref"), object: { ...example("git-ref").object, ...object } });
        return;
      }
      case "/repos/{owner}/{repo}/git/tags/{tag_sha}": {
        const target = Object.values(scenario.refs ?? {}).find((ref) => ref.tagObject === parts[6]);
        if (!target) {
          refuse(404);
          return;
        }
        const tag = example("git-tag");
        answer(200, { ...tag, sha: parts[6], object: { ...tag.object, type: "commit", sha: target.sha } });
        return;
      }
      case "/repos/{owner}/{repo}/commits/{commit_sha}/pulls": {
        const template0 = example("pull-request-simple-items")[0];
        const items = (scenario.pulls?.[parts[5]!] ?? []).map((pull) => ({
          ...template0,
          number: pull.number,
          // GitHub's example lists a team without the now-required "type".
          requested_teams: [],
          html_url: `https://github.com/${scenario.repository}/pull/${pull.number}`,
          user: { ...template0.user, login: pull.author },
        }));
        const { slice, headers } = page(items);
        answer(200, slice, headers);
        return;
      }
      case "/repos/{owner}/{repo}/pulls/{pull_number}/reviews": {
        const template0 = example("pull-request-review-items")[0];
        const items = (scenario.reviews?.[Number(parts[5])] ?? []).map((review, i) => ({
          ...template0,
          id: i + 1,
          state: review.state,
          submitted_at: review.submitted_at,
          user: { ...template0.user, login: review.user },
        }));
        const { slice, headers } = page(items);
        answer(200, slice, headers);
        return;
      }
      case "/repos/{owner}/{repo}/issues/{issue_number}/comments": {
        const template0 = example("issue-comment-items")[0];
        const items = (scenario.comments?.[Number(parts[5])] ?? []).map((comment, i) => ({
          ...template0,
          id: i + 1,
          body: comment.body,
          created_at: comment.created_at,
          updated_at: comment.edited_at ?? comment.created_at,
          html_url: `https://github.com/${scenario.repository}/pull/${parts[5]}#issuecomment-${i + 1}`,
          user: { ...template0.user, login: comment.user, type: comment.bot ? "Bot" : "User" },
        }));
        const { slice, headers } = page(items);
        answer(200, slice, headers);
        return;
      }
      case "/orgs/{org}/teams/{team_slug}/members": {
        const members =
          scenario.teamToken &&
          !new RegExp(`^(Bearer|token) ${scenario.teamToken}$`).test(request.headers.authorization ?? "")
            ? 403
            : scenario.teams?.[`${parts[2]}/${parts[4]}`];
        if (members === undefined || typeof members === "number") {
          refuse(typeof members === "number" ? members : 404);
          return;
        }
        const template0 = example("simple-user-items")[0];
        const { slice, headers } = page(members.map((login) => ({ ...template0, login })));
        answer(200, slice, headers);
        return;
      }
      case "/repos/{owner}/{repo}/deployments": {
        const template0 = example("deployment-items")[0];
        const items = (scenario.deployments ?? [])
          .filter(
            (d) =>
              d.sha === url.searchParams.get("sha") && d.environment === url.searchParams.get("environment"),
          )
          .map((d) => ({
            ...template0,
            id: d.id,
            sha: d.sha,
            environment: d.environment,
            original_environment: d.environment,
          }));
        const { slice, headers } = page(items);
        answer(200, slice, headers);
        return;
      }
      case "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses": {
        const template0 = example("deployment-status-items")[0];
        const deployment = scenario.deployments?.find((d) => d.id === Number(parts[5]));
        // Newest first, as GitHub lists them.
        const items = [...(deployment?.statuses ?? [])].reverse().map((status, i) => ({
          ...template0,
          id: i + 1,
          state: status.state,
          created_at: status.created_at,
        }));
        const { slice, headers } = page(items);
        answer(200, slice, headers);
        return;
      }
      case "/repos/{owner}/{repo}/actions/runs": {
        const run0 = example("workflow-run-paginated").workflow_runs[0];
        const runs = (scenario.runs ?? [])
          .filter((run) => run.headSha === url.searchParams.get("head_sha"))
          .map((run) => ({
            ...run0,
            id: run.id,
            event: run.event ?? "push",
            head_sha: run.headSha,
            html_url: `https://github.com/${scenario.repository}/actions/runs/${run.id}`,
            head_repository: {
              ...run0.head_repository,
              full_name: run.headRepository ?? scenario.repository,
            },
          }));
        answer(200, { total_count: runs.length, workflow_runs: runs });
        return;
      }
      case "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts": {
        const artifact0 = example("artifact-paginated").artifacts[0];
        const run = scenario.runs?.find((r) => r.id === Number(parts[6]));
        const items = (run?.artifacts ?? []).map((a) => ({
          ...artifact0,
          id: a.id,
          name: a.name,
          expired: a.expired ?? false,
          size_in_bytes: a.zip.length,
        }));
        const { slice, headers } = page(items);
        answer(200, { total_count: items.length, artifacts: slice }, headers);
        return;
      }
      case "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}":
        response.writeHead(302, { location: `${base}/storage/${parts[6]}` });
        response.end();
        return;
      default:
        problems.push(`${template} is documented but not served by this double`);
        send(404, { message: "Not Found" });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    seen,
    problems,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
