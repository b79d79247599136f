/**
 * A GitHub double for the monitor: a real HTTP server serving the issues a repository has and the
 * workflow dispatches it receives. Every request is checked against GitHub's OpenAPI description
 * and every answer against its response schema (the app tests' contract checker), so the Octokit
 * adapter is exercised as GitHub would answer it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { requestProblems, responseProblems } from "../../app/helpers/openapi-contract.js";
import { example } from "../../app/helpers/payloads.js";

// biome-ignore lint/suspicious/noExplicitAny: REST objects are plain JSON here.
type Json = any;

export interface DoubleIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: "open" | "closed";
  state_reason: string | null;
  comments: string[];
  /** How many times the body was edited. */
  edits: number;
}

export class IssuesDouble {
  readonly issues: DoubleIssue[] = [];
  readonly dispatches: { workflow: string; ref: string; inputs: Record<string, string> }[] = [];
  readonly problems: string[] = [];
  readonly requests: { method: string; path: string }[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly owner: string,
    readonly repo: string,
  ) {}

  static async start(owner = "acme", repo = "churn"): Promise<IssuesDouble> {
    let double: IssuesDouble | undefined;
    const server = createServer((req, res) => {
      double!.handle(req, res).catch((error: unknown) => {
        double!.problems.push(`the double failed: ${String(error)}`);
        res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    double = new IssuesDouble(server, `http://127.0.0.1:${port}`, owner, repo);
    return double;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  open(): DoubleIssue[] {
    return this.issues.filter((issue) => issue.state === "open");
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body = raw ? JSON.parse(raw) : undefined;
    const method = req.method ?? "GET";
    this.requests.push({ method, path });
    this.problems.push(...requestProblems({ method, path, query, body }));
    const answer = this.route(method, path, query, body);
    if (answer.json !== undefined)
      this.problems.push(...responseProblems(method, path, answer.status, answer.json));
    res
      .writeHead(answer.status, { "content-type": "application/json; charset=utf-8" })
      .end(answer.json === undefined ? "" : JSON.stringify(answer.json));
  }

  private route(
    method: string,
    path: string,
    query: Record<string, string>,
    body: Json,
  ): { status: number; json?: Json } {
    const base = `/repos/${this.owner}/${this.repo}`;
    if (!path.startsWith(base)) return { status: 404, json: { message: "Not Found" } };
    const rest = path.slice(base.length);
    if (method === "GET" && rest === "/issues") {
      const labels = (query.labels ?? "").split(",").filter(Boolean);
      const state = query.state ?? "open";
      const page = Number(query.page ?? 1);
      const perPage = Number(query.per_page ?? 30);
      const matching = this.issues.filter(
        (issue) =>
          (state === "all" || issue.state === state) && labels.every((l) => issue.labels.includes(l)),
      );
      return {
        status: 200,
        json: matching.slice((page - 1) * perPage, page * perPage).map((i) => this.object(i)),
      };
    }
    if (method === "POST" && rest === "/issues") {
      const issue: DoubleIssue = {
        number: this.issues.length + 1,
        title: body.title,
        body: body.body ?? "",
        labels: body.labels ?? [],
        state: "open",
        state_reason: null,
        comments: [],
        edits: 0,
      };
      this.issues.push(issue);
      return { status: 201, json: this.object(issue) };
    }
    const one = /^\/issues\/(\d+)(\/comments)?$/.exec(rest);
    const issue = one ? this.issues.find((i) => i.number === Number(one[1])) : undefined;
    if (one && !issue) return { status: 404, json: { message: "Not Found" } };
    if (issue && method === "PATCH" && !one![2]) {
      if (body.body !== undefined) {
        issue.body = body.body;
        issue.edits += 1;
      }
      if (body.state) issue.state = body.state;
      if (body.state_reason !== undefined) issue.state_reason = body.state_reason;
      return { status: 200, json: this.object(issue) };
    }
    if (issue && method === "POST" && one![2]) {
      issue.comments.push(body.body);
      const comment = example("issue_comment", "created").comment;
      return {
        status: 201,
        json: {
          ...comment,
          id: 1000 + issue.comments.length,
          body: body.body,
          issue_url: `https://api.github.com${base}/issues/${issue.number}`,
        },
      };
    }
    const dispatch = /^\/actions\/workflows\/([^/]+)\/dispatches$/.exec(rest);
    if (dispatch && method === "POST") {
      this.dispatches.push({
        workflow: decodeURIComponent(dispatch[1]!),
        ref: body.ref,
        inputs: body.inputs ?? {},
      });
      return { status: 204 };
    }
    return { status: 404, json: { message: "Not Found" } };
  }

  private object(issue: DoubleIssue): Json {
    const base = example("issues", "opened").issue;
    const api = `https://api.github.com/repos/${this.owner}/${this.repo}/issues/${issue.number}`;
    return {
      ...base,
      id: 5000 + issue.number,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.state_reason,
      url: api,
      html_url: `https://github.com/${this.owner}/${this.repo}/issues/${issue.number}`,
      comments: issue.comments.length,
      closed_at: issue.state === "closed" ? "2026-11-28T12:00:00Z" : null,
      labels: issue.labels.map((name, i) => ({
        ...(base.labels?.[0] ?? {}),
        id: 700 + i,
        name,
        default: false,
        color: "ededed",
        description: null,
        node_id: `L${i}`,
        url: `https://api.github.com/repos/${this.owner}/${this.repo}/labels/${name}`,
      })),
    };
  }
}
