/**
 * GitHub misbehaving on purpose: an HTTP proxy in front of a GitHub API double that, for the
 * requests matching a rule, answers instead of GitHub (an outage, a rate limit with its headers),
 * lets GitHub do the work and then answers an error anyway (a write that happened but whose reply
 * was lost), or holds the request until the test lets it go. Everything else is passed through
 * unchanged (redirects and pagination links point back at the proxy).
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Fault {
  method: string;
  path: RegExp;
  /** How many matching requests it applies to (default 1). */
  times?: number;
  /** answer: GitHub is not asked; after-forward: GitHub does the work, the reply is replaced; hold: waits for `until`, then forwards. */
  mode?: "answer" | "after-forward" | "hold";
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  until?: Promise<unknown>;
}

export interface ProxiedRequest {
  method: string;
  path: string;
  status: number;
  faulted: boolean;
  body: unknown;
}

export class FaultProxy {
  readonly requests: ProxiedRequest[] = [];
  private readonly faults: Array<Fault & { left: number }> = [];
  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly target: string,
  ) {}

  static async start(target: string): Promise<FaultProxy> {
    let proxy: FaultProxy | undefined;
    const server = createServer((request, response) => {
      proxy!.handle(request).then(
        ({ status, headers, body }) => response.writeHead(status, headers).end(body),
        (error: unknown) => response.writeHead(500).end(String(error)),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    proxy = new FaultProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, target);
    return proxy;
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Requests seen for a method and path pattern (GitHub Enterprise's /api/v3 prefix removed). */
  seen(method: string, path: RegExp): ProxiedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(
    request: IncomingMessage,
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer | string }> {
    const url = new URL(request.url ?? "/", this.url);
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, "");
    const method = request.method ?? "GET";
    const raw = await readBody(request);
    const body = raw.length > 0 && !path.startsWith("/storage/") ? safeJson(raw) : undefined;
    const fault = this.faults.find((f) => f.left > 0 && f.method === method && f.path.test(path));
    if (fault) fault.left -= 1;
    const record: ProxiedRequest = { method, path, status: 0, faulted: Boolean(fault), body };
    this.requests.push(record);
    const injected = () => ({
      status: fault!.status ?? 500,
      headers: { "content-type": "application/json; charset=utf-8", ...fault!.headers },
      body: JSON.stringify(fault!.body ?? { message: `injected ${fault!.status ?? 500}` }),
    });
    let answer: { status: number; headers: Record<string, string>; body: Buffer | string };
    if (fault && (fault.mode ?? "answer") === "answer") answer = injected();
    else {
      if (fault?.mode === "hold") await fault.until;
      const forwarded = await this.forward(method, url, request, raw);
      answer = fault?.mode === "after-forward" ? injected() : forwarded;
    }
    record.status = answer.status;
    return answer;
  }

  private async forward(method: string, url: URL, request: IncomingMessage, raw: Buffer) {
    const headers: Record<string, string> = {};
    for (const name of ["authorization", "accept", "content-type"]) {
      const value = request.headers[name];
      if (typeof value === "string") headers[name] = value;
    }
    const answer = await fetch(`${this.target}${url.pathname}${url.search}`, {
      method,
      headers,
      body: raw.length ? new Uint8Array(raw) : undefined,
      redirect: "manual",
    });
    const out: Record<string, string> = {};
    for (const name of ["content-type", "location", "link"]) {
      const value = answer.headers.get(name);
      if (value) out[name] = value.replaceAll(this.target, this.url);
    }
    return { status: answer.status, headers: out, body: Buffer.from(await answer.arrayBuffer()) };
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function safeJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    return raw.toString("utf8");
  }
}
