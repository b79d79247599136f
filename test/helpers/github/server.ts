/**
 * The GitHub double's HTTP side: a real server on 127.0.0.1 that records every request, checks it
 * against GitHub's REST description (contract.ts) and routes it by the operation it names — each
 * state module (issues, checks, artifacts, gates, dispatches) serves the operations of its concern.
 * A request for an operation GitHub lacks, or one GitHub has and no module serves, is a problem as
 * well as a 404. Every JSON answer is checked against the operation's response schema. It serves
 * GitHub's paths and GitHub Enterprise's (/api/v3 prefix), artifact storage behind a redirect
 * (/storage/<id>, a host that must not get the token), and can refuse, fail or hold requests.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { findOperation, requestProblems, responseProblems } from "./contract.js";

// biome-ignore lint/suspicious/noExplicitAny: REST objects are plain JSON here.
export type Json = any;

export interface RecordedRequest {
  method: string;
  /** Without the /api/v3 prefix. */
  path: string;
  /** As requested (with GitHub Enterprise's /api/v3 prefix when the client uses it). */
  rawPath: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
  status: number;
  /** A download from artifact storage, not a call to the REST API. */
  storage: boolean;
  at: number;
  /** Time the double spent answering (its own cost, not the client's). */
  ms: number;
}

export interface RouteContext {
  method: string;
  path: string;
  /** The path parameters in the order of the operation's template ({owner}, {repo}, …), decoded. */
  params: string[];
  query: Record<string, string>;
  body: Json;
  headers: IncomingHttpHeaders;
  /** Where this double listens (for Link headers and redirects). */
  baseUrl: string;
}

export interface Answer {
  status: number;
  json?: unknown;
  raw?: Buffer | string;
  contentType?: string;
  redirect?: string;
  headers?: Record<string, string>;
}

/** Serves one operation; undefined means "not found" (a 404 GitHub would give too). */
export type Route = (context: RouteContext) => Answer | undefined;

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

export const NOT_FOUND: Answer = { status: 404, json: { message: "Not Found" } };

export class DoubleServer {
  readonly requests: RecordedRequest[] = [];
  readonly problems: string[] = [];
  /** Check requests and answers against GitHub's OpenAPI description (benchmarks turn it off: it costs time). */
  contract = true;
  /** A REST request without an Authorization header is a problem (the clients under test always send one). */
  requireToken = false;
  url = "";
  private server: Server | undefined;
  private readonly routes = new Map<string, Route>();
  private storage: (id: number) => Buffer | undefined = () => undefined;
  private readonly failures: Failure[] = [];
  private readonly holds: Hold[] = [];
  private readonly refusals = new Map<string, number>();
  private nextId = 900_000_000;

  protected async listen(): Promise<void> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.problems.push(`the double failed: ${String(error)}`);
        res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** A fresh id for anything the double makes (comments, check runs, issues…). */
  newId(): number {
    return this.nextId++;
  }

  /** Serve an operation, named by its method and GitHub's path template. */
  serve(method: string, template: string, route: Route): void {
    this.routes.set(`${method} ${template}`, route);
  }

  serveStorage(find: (id: number) => Buffer | undefined): void {
    this.storage = find;
  }

  /** The next `times` requests matching answer `status` (a GitHub outage, a rate limit). */
  failNext(method: string, path: RegExp, status: number, times = 1): void {
    this.failures.push({ method, path, status, times });
  }

  /** Every request for this operation (GitHub's template) is refused with `status`, GitHub's error body. */
  refuse(template: string, status: number): void {
    this.refusals.set(template, status);
  }

  /**
   * Hold the next `count` requests matching until all of them have arrived, then answer them all;
   * after `timeoutMs` the held ones are answered anyway (and `met` stays false) so a test fails
   * instead of hanging.
   */
  holdUntilAll(method: string, path: RegExp, count: number, timeoutMs = 10_000): Hold {
    const hold: Hold = { method, path, count, arrived: 0, met: false, release: [] };
    this.holds.push(hold);
    setTimeout(() => {
      hold.count = hold.arrived;
      for (const release of hold.release.splice(0)) release();
    }, timeoutMs).unref();
    return hold;
  }

  /** REST calls made since `since` (storage downloads and token exchanges excluded). */
  apiCalls(since = 0): RecordedRequest[] {
    return this.requests
      .slice(since)
      .filter((request) => !request.storage && !/\/access_tokens$/.test(request.path));
  }

  /** The requests as the old per-suite doubles listed them: path, query and headers. */
  get seen(): { method: string; path: string; query: URLSearchParams; headers: IncomingHttpHeaders }[] {
    return this.requests.map((r) => ({
      method: r.method,
      path: r.path,
      query: new URLSearchParams(r.query),
      headers: r.headers,
    }));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, "");
    const query = Object.fromEntries(url.searchParams);
    const raw = await readBody(req);
    const method = req.method ?? "GET";
    const storage = path.startsWith("/storage/");
    const body = raw.length > 0 && !storage ? JSON.parse(raw.toString("utf8")) : undefined;
    const record: RecordedRequest = {
      method,
      path,
      rawPath: url.pathname,
      query,
      headers: req.headers,
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
    await this.waitForHold(method, path);
    if (storage) {
      const zip = this.storage(Number(/^\/storage\/(\d+)/.exec(path)?.[1]));
      if (!zip) return this.send(res, record, NOT_FOUND);
      return this.send(res, record, { status: 200, raw: zip, contentType: "application/zip" });
    }
    if (this.contract) this.problems.push(...requestProblems({ method, path, query, body }));
    if (this.requireToken && !/^(Bearer|token) \S+$/.test(req.headers.authorization ?? ""))
      this.problems.push(`${method} ${path}: no token sent`);
    const failure = this.failures.find((f) => f.method === method && f.path.test(path) && f.times > 0);
    if (failure) {
      failure.times -= 1;
      return this.send(res, record, {
        status: failure.status,
        json: { message: `injected ${failure.status}` },
      });
    }
    const operation = findOperation(method, path);
    if (!operation) return this.send(res, record, NOT_FOUND);
    const refusal = this.refusals.get(operation.template);
    if (refusal) return this.send(res, record, refusalOf(refusal));
    const route = this.routes.get(`${method} ${operation.template}`);
    if (!route) {
      this.problems.push(`${method} ${operation.template} is documented but not served by the double`);
      return this.send(res, record, NOT_FOUND);
    }
    const params = (operation.pattern.exec(path) ?? []).slice(1).map((p) => decodeURIComponent(p));
    const answer =
      route({ method, path, params, query, body, headers: req.headers, baseUrl: this.url }) ?? NOT_FOUND;
    if (this.contract && answer.json !== undefined && answer.status < 300)
      this.problems.push(...responseProblems(method, path, answer.status, answer.json));
    this.send(res, record, answer);
  }

  private async waitForHold(method: string, path: string): Promise<void> {
    const hold = this.holds.find((h) => h.method === method && h.path.test(path) && h.arrived < h.count);
    if (!hold) return;
    hold.arrived += 1;
    const released = new Promise<void>((resolve) => hold.release.push(resolve));
    if (hold.arrived === hold.count) {
      hold.met = true;
      for (const release of hold.release.splice(0)) release();
    }
    await released;
  }

  private send(res: ServerResponse, record: RecordedRequest, answer: Answer): void {
    record.status = answer.status;
    if (answer.redirect) {
      res.writeHead(answer.status, { location: answer.redirect }).end();
      return;
    }
    if (answer.raw !== undefined) {
      res
        .writeHead(answer.status, { "content-type": answer.contentType ?? "application/octet-stream" })
        .end(answer.raw);
      return;
    }
    res
      .writeHead(answer.status, { "content-type": "application/json; charset=utf-8", ...answer.headers })
      .end(answer.json === undefined ? "" : JSON.stringify(answer.json));
  }
}

/** GitHub's error body for a refusal (not every operation documents each status it can refuse with). */
export function refusalOf(status: number): Answer {
  return {
    status,
    json: {
      message: status === 404 ? "Not Found" : "Resource not accessible by integration",
      documentation_url: "https://docs.github.com/rest",
    },
  };
}

/** One page of a listing, with GitHub's Link header when more follow. */
export function page<T>(items: T[], context: RouteContext): { slice: T[]; headers: Record<string, string> } {
  const perPage = Number(context.query.per_page ?? 30);
  const pageNo = Number(context.query.page ?? 1);
  const slice = items.slice((pageNo - 1) * perPage, pageNo * perPage);
  const headers: Record<string, string> = {};
  if (pageNo * perPage < items.length) {
    const next = new URLSearchParams({ ...context.query, page: String(pageNo + 1) });
    headers.link = `<${context.baseUrl}${context.path}?${next}>; rel="next"`;
  }
  return { slice, headers };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
