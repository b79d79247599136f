/**
 * A stand-in for api.github.com on 127.0.0.1 for the three routes the artifact baseline uses,
 * built from GitHub's own example payloads. Every request it gets is checked against the
 * published OpenAPI description (the route must exist, its query parameters be documented) and
 * every JSON answer against the documented response schema; problems are collected for the test
 * to assert empty. The artifact download answers 302 to a storage URL on the same server, as
 * GitHub does, so the test can see that the token is not sent there.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { example, findOperation, queryProblems, responseProblems } from "./openapi-contract.js";

export interface RunSpec {
  id: number;
  branch?: string;
  event?: string;
  headSha?: string;
  /** owner/name of the head repository (a fork's differs). */
  headRepository?: string;
}

export interface ArtifactSpec {
  id: number;
  name?: string;
  expired?: boolean;
  size?: number;
}

export interface Scenario {
  repository: string;
  runs: RunSpec[];
  /** Status for the runs listing (default 200), with GitHub's error body. */
  runsStatus?: number;
  artifacts: Record<number, ArtifactSpec[]>;
  /** Zip bytes per artifact id, or a status the download route answers with. */
  zips: Record<number, Buffer | number>;
}

export interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

export interface GitHubDouble {
  url: string;
  seen: Seen[];
  /** Contract problems found so far (should stay empty). */
  problems: string[];
  close(): Promise<void>;
}

export async function startGitHubDouble(scenario: Scenario): Promise<GitHubDouble> {
  const seen: Seen[] = [];
  const problems: string[] = [];
  let base = "";
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    seen.push({
      method: request.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
    });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { "content-type": "application/json", ...headers });
      response.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith("/storage/")) {
      const zip = scenario.zips[Number(url.pathname.split("/").pop())];
      response.writeHead(200, { "content-type": "application/zip" });
      response.end(zip);
      return;
    }
    const found = findOperation(request.method ?? "GET", url.pathname);
    if (!found) {
      problems.push(`${request.method} ${url.pathname} is not a documented GitHub route`);
      send(404, { message: "Not Found" });
      return;
    }
    problems.push(...queryProblems(found.operation, url.searchParams).map((p) => `${found.template}: ${p}`));
    const answer = (status: number, body: unknown, headers?: Record<string, string>) => {
      problems.push(
        ...responseProblems(found.operation, status, body).map((p) => `${found.template} ${status}: ${p}`),
      );
      send(status, body, headers);
    };
    const parts = url.pathname.split("/");
    if (found.template === "/repos/{owner}/{repo}/actions/runs") {
      if (scenario.runsStatus && scenario.runsStatus !== 200) {
        send(scenario.runsStatus, {
          message: "Resource not accessible by integration",
          status: String(scenario.runsStatus),
        });
        return;
      }
      const branch = url.searchParams.get("branch");
      const runs = scenario.runs
        .filter((run) => (run.branch ?? "main") === branch)
        .map((run) => workflowRun(run, scenario));
      answer(200, { total_count: runs.length, workflow_runs: runs });
      return;
    }
    if (found.template === "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts") {
      const name = url.searchParams.get("name");
      const artifacts = (scenario.artifacts[Number(parts[6])] ?? [])
        .map((spec) => artifact(spec, Number(parts[6]), scenario))
        .filter((a) => name === null || a.name === name);
      answer(200, { total_count: artifacts.length, artifacts });
      return;
    }
    if (found.template === "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}") {
      const id = Number(parts[6]);
      const zip = scenario.zips[id];
      if (typeof zip === "number") {
        send(zip, { message: "Artifact has expired", documentation_url: "https://docs.github.com/rest" });
        if (!["302", "410"].includes(String(zip)))
          problems.push(`${found.template}: ${zip} is not documented`);
        return;
      }
      response.writeHead(302, { location: `${base}/storage/${id}` });
      response.end();
      return;
    }
    problems.push(`${found.template} is documented but not served by this double`);
    send(404, { message: "Not Found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    seen,
    problems,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function workflowRun(spec: RunSpec, scenario: Scenario) {
  const run = example<{ workflow_runs: Record<string, unknown>[] }>("workflow-run-paginated")
    .workflow_runs[0]!;
  const [owner, name] = scenario.repository.split("/");
  const head = spec.headRepository ?? scenario.repository;
  return {
    ...run,
    id: spec.id,
    head_branch: spec.branch ?? "main",
    event: spec.event ?? "push",
    status: "completed",
    conclusion: "success",
    head_sha: spec.headSha ?? `${spec.id}`.padStart(40, "a"),
    html_url: `https://github.com/${scenario.repository}/actions/runs/${spec.id}`,
    repository: {
      ...(run.repository as object),
      full_name: scenario.repository,
      name,
      owner: { ...(run.repository as { owner: object }).owner, login: owner },
    },
    head_repository: { ...(run.head_repository as object), full_name: head, name: head.split("/")[1] },
  };
}

function artifact(spec: ArtifactSpec, runId: number, scenario: Scenario) {
  const base = example<{ artifacts: Record<string, unknown>[] }>("artifact-paginated").artifacts[0]!;
  return {
    ...base,
    id: spec.id,
    name: spec.name ?? "slipway-report",
    expired: spec.expired ?? false,
    size_in_bytes: spec.size ?? 1000,
    url: `https://api.github.com/repos/${scenario.repository}/actions/artifacts/${spec.id}`,
    archive_download_url: `https://api.github.com/repos/${scenario.repository}/actions/artifacts/${spec.id}/zip`,
    workflow_run: { ...(base.workflow_run as object), id: runId },
  };
}
