/**
 * A GitHub API double: a real HTTP server on 127.0.0.1 serving what the app reads and writes —
 * installation tokens, the app, config files, workflow runs, artifacts (real zips, behind a
 * redirect to "storage" as GitHub does), pull requests, comments and check runs. It records every
 * request, checks each against GitHub's OpenAPI description, and checks its own answers too.
 * It serves both GitHub's paths and GitHub Enterprise's (/api/v3 prefix).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { requestProblems, responseProblems } from "./openapi-contract.js";
import {
  appObject,
  checkRunObject,
  commentObject,
  fullName,
  type PullFacts,
  pullObject,
  type RepoFacts,
  type RunFacts,
  runObject,
} from "./payloads.js";

// biome-ignore lint/suspicious/noExplicitAny: REST objects are plain JSON here.
type Json = any;

export interface RecordedRequest {
  method: string;
  /** Without the /api/v3 prefix. */
  path: string;
  /** As requested (with GitHub Enterprise's /api/v3 prefix when the app uses it). */
  rawPath: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** A download from artifact storage, not a call to the REST API. */
  storage: boolean;
  at: number;
  /** Time the double spent answering (its own cost, not the app's). */
  ms: number;
}

export interface DoubleArtifact {
  id: number;
  name: string;
  zip: Buffer;
  expired?: boolean;
  /** What GitHub says the size is (default: the zip's length). */
  reportedSize?: number;
}

interface RepoState {
  facts: RepoFacts;
  config: string | null;
  runs: Json[];
  artifacts: Map<number, DoubleArtifact[]>;
  pulls: Json[];
  comments: Map<number, Json[]>;
  checkRuns: Json[];
}

/** Requests held back until `count` of them have arrived: a race made to happen, not hoped for. */
export interface Hold {
  method: string;
  path: RegExp;
  count: number;
  /** How many arrived; `met` once all `count` did (before the time limit). */
  arrived: number;
  met: boolean;
  release: (() => void)[];
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  times: number;
}

export class GitHubDouble {
  readonly requests: RecordedRequest[] = [];
  readonly problems: string[] = [];
  appSlug = "slipway-test";
  /** Check requests and answers against GitHub's OpenAPI description (benchmarks turn it off: it costs time). */
  contract = true;
  /** Fork pull requests are not listed under their head commit (as GitHub does for some forks). */
  commitPullsMissFork = false;
  private readonly repos = new Map<string, RepoState>();
  private readonly failures: Failure[] = [];
  private readonly holds: Hold[] = [];
  /** Who the request being answered writes as: the app's slug, or github-actions for a job's token. */
  private writer = "";
  private nextId = 900_000_000;
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<GitHubDouble> {
    let double: GitHubDouble | undefined;
    const server = createServer((req, res) => {
      double!.handle(req, res).catch((error: unknown) => {
        double!.problems.push(`the double failed: ${String(error)}`);
        res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    double = new GitHubDouble(server, `http://127.0.0.1:${port}`);
    return double;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addRepo(facts: RepoFacts, config: string | null = null): void {
    this.repos.set(fullName(facts).toLowerCase(), {
      facts,
      config,
      runs: [],
      artifacts: new Map(),
      pulls: [],
      comments: new Map(),
      checkRuns: [],
    });
  }

  setConfig(repo: RepoFacts, config: string | null): void {
    this.repo(repo).config = config;
  }

  addRun(repo: RepoFacts, run: RunFacts, artifacts: DoubleArtifact[]): Json {
    const state = this.repo(repo);
    const object = runObject(repo, run);
    state.runs.push(object);
    state.artifacts.set(run.id, artifacts);
    return object;
  }

  /** Another job of the run uploaded its artifact. */
  addArtifact(repo: RepoFacts, runId: number, artifact: DoubleArtifact): void {
    const state = this.repo(repo);
    state.artifacts.set(runId, [...(state.artifacts.get(runId) ?? []), artifact]);
  }

  addPull(repo: RepoFacts, pull: PullFacts): void {
    this.repo(repo).pulls.push(pullObject(repo, pull));
  }

  addComment(repo: RepoFacts, issue: number, body: string, login: string): number {
    const id = this.nextId++;
    const list = this.repo(repo).comments.get(issue) ?? [];
    list.push(commentObject(repo, issue, { id, body, login }));
    this.repo(repo).comments.set(issue, list);
    return id;
  }

  deleteComment(repo: RepoFacts, issue: number, id: number): void {
    const list = this.repo(repo).comments.get(issue) ?? [];
    this.repo(repo).comments.set(
      issue,
      list.filter((comment) => comment.id !== id),
    );
  }

  comments(repo: RepoFacts, issue: number): Json[] {
    return this.repo(repo).comments.get(issue) ?? [];
  }

  checkRuns(repo: RepoFacts): Json[] {
    return this.repo(repo).checkRuns;
  }

  /** The next `times` requests matching answer `status` (a GitHub outage, a rate limit). */
  failNext(method: string, path: RegExp, status: number, times = 1): void {
    this.failures.push({ method, path, status, times });
  }

  /**
   * Hold the next `count` requests matching until all of them have arrived, then answer them all;
   * after `timeoutMs` the held ones are answered anyway (and `met` stays false) so a test fails
   * instead of hanging.
   */
  holdUntilAll(method: string, path: RegExp, count: number, timeoutMs = 10_000): Hold {
    const hold: Hold = { method, path, count, arrived: 0, met: false, release: [] };
    this.holds.push(hold);
    const timer = setTimeout(() => {
      hold.count = hold.arrived;
      for (const release of hold.release.splice(0)) release();
    }, timeoutMs);
    timer.unref();
    return hold;
  }

  /** REST calls made since `since` (storage downloads and token exchanges excluded). */
  apiCalls(since = 0): RecordedRequest[] {
    return this.requests
      .slice(since)
      .filter((request) => !request.storage && !/\/access_tokens$/.test(request.path));
  }

  private repo(facts: RepoFacts): RepoState {
    const state = this.repos.get(fullName(facts).toLowerCase());
    if (!state) throw new Error(`the double has no repository ${fullName(facts)}`);
    return state;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, "");
    const query = Object.fromEntries(url.searchParams);
    const raw = await readBody(req);
    const body = raw.length > 0 ? JSON.parse(raw.toString("utf8")) : undefined;
    const method = req.method ?? "GET";
    const storage = path.startsWith("/_storage/");
    const record: RecordedRequest = {
      method,
      path,
      rawPath: url.pathname,
      query,
      body,
      status: 0,
      storage,
      at: Date.now(),
      ms: 0,
    };
    const started = performance.now();
    res.once("finish", () => {
      record.ms = performance.now() - started;
    });
    this.requests.push(record);
    if (!storage && this.contract) this.problems.push(...requestProblems({ method, path, query, body }));

    const hold = this.holds.find((h) => h.method === method && h.path.test(path) && h.arrived < h.count);
    if (hold) {
      hold.arrived += 1;
      const arrived = new Promise<void>((resolve) => hold.release.push(resolve));
      if (hold.arrived === hold.count) {
        hold.met = true;
        for (const release of hold.release.splice(0)) release();
      }
      await arrived;
    }
    const failure = this.failures.find((f) => f.method === method && f.path.test(path) && f.times > 0);
    if (failure) {
      failure.times -= 1;
      return this.send(res, record, failure.status, { message: `injected ${failure.status}` });
    }
    // The app's installation token writes as the app; any other token is a workflow's GITHUB_TOKEN.
    const auth = req.headers.authorization ?? "";
    this.writer = /\bghs_double$/.test(auth) || auth === "" ? this.appSlug : "github-actions";
    const answer = this.route(method, path, query, body);
    if (!answer) return this.send(res, record, 404, { message: "Not Found" });
    if (answer.redirect) {
      record.status = 302;
      res.writeHead(302, { location: answer.redirect }).end();
      return;
    }
    if (answer.raw !== undefined) {
      record.status = answer.status;
      res
        .writeHead(answer.status, { "content-type": answer.contentType ?? "application/octet-stream" })
        .end(answer.raw);
      return;
    }
    if (!storage && this.contract)
      this.problems.push(...responseProblems(method, path, answer.status, answer.json));
    this.send(res, record, answer.status, answer.json, answer.headers);
  }

  private send(
    res: ServerResponse,
    record: RecordedRequest,
    status: number,
    json: unknown,
    headers = {},
  ): void {
    record.status = status;
    res
      .writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers })
      .end(json === undefined ? "" : JSON.stringify(json));
  }

  private route(
    method: string,
    path: string,
    query: Record<string, string>,
    body: Json,
  ):
    | {
        status: number;
        json?: unknown;
        raw?: Buffer | string;
        contentType?: string;
        redirect?: string;
        headers?: Record<string, string>;
      }
    | undefined {
    const on = (verb: string, pattern: RegExp, target: string) =>
      method === verb ? pattern.exec(target) : null;
    if (method === "POST" && /^\/app\/installations\/\d+\/access_tokens$/.test(path)) {
      return {
        status: 201,
        json: {
          token: "ghs_double",
          expires_at: new Date(Date.now() + 3600_000).toISOString(),
          permissions: {},
          repository_selection: "all",
        },
      };
    }
    if (method === "GET" && path === "/app") return { status: 200, json: appObject(this.appSlug) };
    const storageMatch = on("GET", /^\/_storage\/artifacts\/(\d+)\.zip$/, path);
    if (storageMatch) {
      const artifact = this.findArtifact(Number(storageMatch[1]));
      return artifact ? { status: 200, raw: artifact.zip, contentType: "application/zip" } : undefined;
    }
    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path);
    if (!repoMatch) return undefined;
    const state = this.repos.get(
      `${decodeURIComponent(repoMatch[1]!)}/${decodeURIComponent(repoMatch[2]!)}`.toLowerCase(),
    );
    if (!state) return undefined;
    const rest = repoMatch[3]!;
    const repo = state.facts;

    const contentsMatch = on("GET", /^\/contents\/(.+)$/, rest);
    if (contentsMatch) {
      if (decodeURIComponent(contentsMatch[1]!) !== ".github/slipway.yml" || state.config === null)
        return undefined;
      return { status: 200, raw: state.config, contentType: "application/vnd.github.raw; charset=utf-8" };
    }
    const artifactsMatch = on("GET", /^\/actions\/runs\/(\d+)\/artifacts$/, rest);
    if (artifactsMatch) {
      const artifacts = state.artifacts.get(Number(artifactsMatch[1]));
      if (!artifacts) return undefined;
      const listed = artifacts
        .filter((artifact) => !query.name || artifact.name === query.name)
        .map((artifact) => this.artifactObject(repo, Number(artifactsMatch[1]), artifact));
      return { status: 200, json: { total_count: listed.length, artifacts: listed } };
    }
    const zipMatch = on("GET", /^\/actions\/artifacts\/(\d+)\/zip$/, rest);
    if (zipMatch) {
      const artifact = this.findArtifact(Number(zipMatch[1]));
      if (!artifact) return undefined;
      if (artifact.expired) return { status: 410, json: { message: "Artifact has expired" } };
      return { status: 302, redirect: `${this.url}/_storage/artifacts/${artifact.id}.zip?sig=double` };
    }
    const runMatch = on("GET", /^\/actions\/runs\/(\d+)$/, rest);
    if (runMatch) {
      // The newest attempt GitHub knows of this run.
      const run = state.runs.filter((r) => r.id === Number(runMatch[1])).at(-1);
      return run ? { status: 200, json: run } : undefined;
    }
    if (method === "GET" && rest === "/actions/runs") {
      const runs = state.runs
        .filter((run) => !query.branch || run.head_branch === query.branch)
        .filter((run) => !query.status || run.conclusion === query.status || run.status === query.status)
        .filter((run) => !query.head_sha || run.head_sha === query.head_sha)
        .sort((a, b) => b.created_at.localeCompare(a.created_at))
        .map((run) => (query.exclude_pull_requests === "true" ? { ...run, pull_requests: [] } : run));
      const perPage = Number(query.per_page ?? 30);
      return { status: 200, json: { total_count: runs.length, workflow_runs: runs.slice(0, perPage) } };
    }
    const deleteMatch = on("DELETE", /^\/issues\/comments\/(\d+)$/, rest);
    if (deleteMatch) {
      for (const [issue, list] of state.comments) {
        if (list.some((c) => c.id === Number(deleteMatch[1]))) {
          state.comments.set(
            issue,
            list.filter((c) => c.id !== Number(deleteMatch[1])),
          );
          return { status: 204 };
        }
      }
      return undefined;
    }
    const runsMatch = on("GET", /^\/actions\/workflows\/(\d+)\/runs$/, rest);
    if (runsMatch) {
      const workflowId = Number(runsMatch[1]);
      const runs = state.runs
        .filter((run) => run.workflow_id === workflowId)
        .filter((run) => !query.branch || run.head_branch === query.branch)
        .filter((run) => !query.status || run.conclusion === query.status || run.status === query.status)
        .filter((run) => !query.head_sha || run.head_sha === query.head_sha)
        .sort((a, b) => b.created_at.localeCompare(a.created_at))
        .map((run) => (query.exclude_pull_requests === "true" ? { ...run, pull_requests: [] } : run));
      const perPage = Number(query.per_page ?? 30);
      return { status: 200, json: { total_count: runs.length, workflow_runs: runs.slice(0, perPage) } };
    }
    const commitPullsMatch = on("GET", /^\/commits\/([0-9a-f]+)\/pulls$/, rest);
    if (commitPullsMatch) {
      const sha = commitPullsMatch[1];
      const pulls = state.pulls.filter(
        (pull) => pull.head.sha === sha && !(this.commitPullsMissFork && pull.head.repo.id !== repo.id),
      );
      return { status: 200, json: pulls };
    }
    if (method === "GET" && rest === "/pulls") {
      const pulls = state.pulls
        .filter((pull) => !query.state || query.state === "all" || pull.state === query.state)
        .filter((pull) => !query.head || pull.head.label === query.head);
      return { status: 200, json: pulls };
    }
    const commentsMatch = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (commentsMatch) {
      const issue = Number(commentsMatch[1]);
      const list = state.comments.get(issue) ?? [];
      if (method === "GET") {
        const perPage = Number(query.per_page ?? 30);
        const page = Number(query.page ?? 1);
        const slice = list.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < list.length) {
          headers.link = `<${this.url}/repos/${fullName(repo)}/issues/${issue}/comments?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        }
        return { status: 200, json: slice, headers };
      }
      if (method === "POST") {
        const comment = commentObject(repo, issue, {
          id: this.nextId++,
          body: body.body,
          login: `${this.writer}[bot]`,
        });
        state.comments.set(issue, [...list, comment]);
        return { status: 201, json: comment };
      }
    }
    const patchMatch = on("PATCH", /^\/issues\/comments\/(\d+)$/, rest);
    if (patchMatch) {
      const id = Number(patchMatch[1]);
      for (const list of state.comments.values()) {
        const comment = list.find((c) => c.id === id);
        if (comment) {
          comment.body = body.body;
          return { status: 200, json: comment };
        }
      }
      return undefined;
    }
    if (method === "POST" && rest === "/check-runs") {
      const check = {
        ...checkRunObject(this.nextId++, body, this.writer),
        request: body,
        writes: [body],
        annotations: [...(body.output?.annotations ?? [])],
      };
      state.checkRuns.push(check);
      return { status: 201, json: publicCheckRun(check) };
    }
    const commitChecksMatch = on("GET", /^\/commits\/([^/]+)\/check-runs$/, rest);
    if (commitChecksMatch) {
      // GitHub: newest first; filter=latest (the default) keeps the newest per name.
      const ref = decodeURIComponent(commitChecksMatch[1]!);
      let runs = state.checkRuns
        .filter((check) => check.head_sha === ref)
        .filter((check) => !query.check_name || check.name === query.check_name)
        .filter((check) => !query.app_id || String(check.app.id) === query.app_id)
        .reverse();
      if ((query.filter ?? "latest") === "latest")
        runs = runs.filter((check, i) => runs.findIndex((other) => other.name === check.name) === i);
      const perPage = Number(query.per_page ?? 30);
      const page = Number(query.page ?? 1);
      return {
        status: 200,
        json: {
          total_count: runs.length,
          check_runs: runs.slice((page - 1) * perPage, page * perPage).map(publicCheckRun),
        },
      };
    }
    const checkMatch = on("PATCH", /^\/check-runs\/(\d+)$/, rest);
    if (checkMatch) {
      const check = state.checkRuns.find((c) => c.id === Number(checkMatch[1]));
      if (!check) return undefined;
      // GitHub appends the annotations of every update to those already there.
      check.annotations.push(...(body.output?.annotations ?? []));
      check.request = { ...check.request, ...body, output: body.output ?? check.request.output };
      check.writes.push(body);
      Object.assign(check, checkRunObject(check.id, check.request, check.app.slug));
      check.output.annotations_count = check.annotations.length;
      return { status: 200, json: publicCheckRun(check) };
    }
    const annotationsMatch = on("GET", /^\/check-runs\/(\d+)\/annotations$/, rest);
    if (annotationsMatch) {
      const check = state.checkRuns.find((c) => c.id === Number(annotationsMatch[1]));
      if (!check) return undefined;
      const perPage = Number(query.per_page ?? 30);
      const page = Number(query.page ?? 1);
      const list = check.annotations.map((a: Json) => ({
        path: a.path,
        start_line: a.start_line,
        end_line: a.end_line,
        start_column: a.start_column ?? null,
        end_column: a.end_column ?? null,
        annotation_level: a.annotation_level,
        title: a.title ?? null,
        message: a.message,
        raw_details: a.raw_details ?? null,
        blob_href: `https://github.com/${fullName(repo)}/blob/${check.head_sha}/${a.path}`,
      }));
      return { status: 200, json: list.slice((page - 1) * perPage, page * perPage) };
    }
    return undefined;
  }

  private findArtifact(id: number): DoubleArtifact | undefined {
    for (const state of this.repos.values()) {
      for (const artifacts of state.artifacts.values()) {
        const found = artifacts.find((artifact) => artifact.id === id);
        if (found) return found;
      }
    }
    return undefined;
  }

  private artifactObject(repo: RepoFacts, runId: number, artifact: DoubleArtifact): Json {
    const api = `https://api.github.com/repos/${fullName(repo)}/actions/artifacts/${artifact.id}`;
    return {
      id: artifact.id,
      node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
      name: artifact.name,
      size_in_bytes: artifact.reportedSize ?? artifact.zip.length,
      url: api,
      archive_download_url: `${api}/zip`,
      expired: artifact.expired ?? false,
      created_at: "2026-03-02T10:05:00Z",
      expires_at: "2026-05-31T10:05:00Z",
      updated_at: "2026-03-02T10:05:00Z",
      digest: null,
      workflow_run: {
        id: runId,
        repository_id: repo.id,
        head_repository_id: repo.id,
        head_branch: "main",
        head_sha: "0".repeat(40),
      },
    };
  }
}

/** A stored check run as GitHub shows it (the double's bookkeeping removed). */
function publicCheckRun(check: Json): Json {
  const { request: _request, writes: _writes, annotations: _annotations, ...json } = check;
  return json;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
