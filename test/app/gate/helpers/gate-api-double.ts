/**
 * The GitHub API double for deployment gates: a small HTTP server in front of the app's double
 * (test/app/helpers/github-double.ts). It answers the routes gates add — reviews, team members,
 * deployments and their statuses, git refs, reactions, and the protection rule's callback — and
 * forwards everything else (tokens, contents, pull requests, comments, runs, artifacts) to the
 * app's double. Its own requests and answers are checked against @octokit/openapi like the rest.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { example } from "../../../gate/helpers/openapi-routes.js";
import type { GitHubDouble } from "../../helpers/github-double.js";
import { requestProblems, responseProblems } from "../../helpers/openapi-contract.js";

export interface Callback {
  path: string;
  body: { environment_name: string; state: string; comment?: string };
  at: number;
}

export interface GateApiDouble {
  url: string;
  problems: string[];
  callbacks: Callback[];
  reactions: { commentId: number; content: string }[];
  /** Per "owner/repo#pull": reviews; per "org/slug": members (a number refuses with that status). */
  reviews: Map<string, { user: string; state: string; submitted_at: string }[]>;
  teams: Map<string, string[] | number>;
  deployments: {
    owner: string;
    repo: string;
    id: number;
    sha: string;
    environment: string;
    statuses: { state: string; created_at: string }[];
  }[];
  /** Full refs that exist, per "owner/repo". */
  refs: Map<string, Set<string>>;
  close(): Promise<void>;
}

export async function startGateApiDouble(inner: GitHubDouble): Promise<GateApiDouble> {
  const state: Omit<GateApiDouble, "url" | "close"> = {
    problems: [],
    callbacks: [],
    reactions: [],
    reviews: new Map(),
    teams: new Map(),
    deployments: [],
    refs: new Map(),
  };
  const server = createServer((request, response) => {
    handle(request)
      .then(({ status, json, headers }) => {
        response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
        response.end(json === undefined ? "" : Buffer.isBuffer(json) ? json : JSON.stringify(json));
      })
      .catch((error: unknown) => {
        state.problems.push(`the gate double failed: ${String(error)}`);
        response.writeHead(500).end();
      });
  });

  async function handle(
    request: IncomingMessage,
  ): Promise<{ status: number; json?: unknown; headers?: Record<string, string> }> {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, "");
    const method = request.method ?? "GET";
    const raw = await readBody(request);
    const body = raw.length ? JSON.parse(raw.toString("utf8")) : undefined;
    const own = route(method, path, body);
    if (!own) return forward(method, url, request, raw);
    state.problems.push(
      ...requestProblems({ method, path, query: Object.fromEntries(url.searchParams), body }),
    );
    state.problems.push(...responseProblems(method, path, own.status, own.json));
    return own;
  }

  // biome-ignore lint/suspicious/noExplicitAny: request bodies are plain JSON here.
  function route(method: string, path: string, body: any): { status: number; json?: unknown } | null {
    let match = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/.exec(path);
    if (method === "GET" && match) {
      const template = example("pull-request-review-items")[0];
      const reviews = state.reviews.get(`${match[1]}/${match[2]}#${match[3]}`) ?? [];
      return {
        status: 200,
        json: reviews.map((review, i) => ({
          ...template,
          id: i + 1,
          state: review.state,
          submitted_at: review.submitted_at,
          user: { ...template.user, login: review.user },
        })),
      };
    }
    match = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/.exec(path);
    if (method === "GET" && match) {
      const members = state.teams.get(`${match[1]}/${match[2]}`);
      if (members === undefined || typeof members === "number")
        return { status: members ?? 404, json: { message: "Not Found" } };
      const template = example("simple-user-items")[0];
      return { status: 200, json: members.map((login) => ({ ...template, login })) };
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/deployments$/.exec(path);
    if (method === "GET" && match) {
      const template = example("deployment-items")[0];
      return {
        status: 200,
        json: state.deployments
          .filter((d) => d.owner === match![1] && d.repo === match![2])
          .map((d) => ({
            ...template,
            id: d.id,
            sha: d.sha,
            environment: d.environment,
            original_environment: d.environment,
          })),
      };
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/deployments\/(\d+)\/statuses$/.exec(path);
    if (method === "GET" && match) {
      const template = example("deployment-status-items")[0];
      const deployment = state.deployments.find((d) => d.id === Number(match![3]));
      return {
        status: 200,
        json: [...(deployment?.statuses ?? [])]
          .reverse()
          .map((s, i) => ({ ...template, id: i + 1, state: s.state, created_at: s.created_at })),
      };
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/git\/ref\/(.+)$/.exec(path);
    if (method === "GET" && match) {
      const full = `refs/${decodeURIComponent(match[3]!)}`;
      if (!state.refs.get(`${match[1]}/${match[2]}`)?.has(full))
        return { status: 404, json: { message: "Not Found" } };
      return { status: 200, json: { ...example("git-ref"), ref: full } };
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/deployment_protection_rule$/.exec(path);
    if (method === "POST" && match) {
      // GitHub takes one answer per environment and run; a second is refused (422).
      const repeat = state.callbacks.some(
        (c) => c.path === path && c.body.environment_name === body?.environment_name,
      );
      state.callbacks.push({ path, body, at: Date.now() });
      return repeat ? { status: 422, json: { message: "Already decided" } } : { status: 204 };
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)\/reactions$/.exec(path);
    if (method === "POST" && match) {
      state.reactions.push({ commentId: Number(match[3]), content: body?.content });
      return { status: 201, json: { ...example("reaction"), content: body?.content } };
    }
    return null;
  }

  async function forward(method: string, url: URL, request: IncomingMessage, raw: Buffer) {
    const headers: Record<string, string> = {};
    for (const name of ["authorization", "accept", "content-type"]) {
      const value = request.headers[name];
      if (typeof value === "string") headers[name] = value;
    }
    const answer = await fetch(`${inner.url}${url.pathname}${url.search}`, {
      method,
      headers,
      body: raw.length ? new Uint8Array(raw) : undefined,
      redirect: "manual",
    });
    const out: Record<string, string> = {};
    for (const name of ["content-type", "location", "link"]) {
      const value = answer.headers.get(name);
      if (value) out[name] = value.replace(inner.url, base);
    }
    return {
      status: answer.status,
      json: Buffer.from(await answer.arrayBuffer()),
      headers: out,
    };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url: base,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}
