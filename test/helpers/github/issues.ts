/**
 * Issues and their comments (a pull request's conversation is its issue's): comments listed with
 * GitHub's paging, created as the token's writer (the app, or github-actions for a job's token),
 * edited, deleted, reacted to; and issues as the monitor keeps them — listed by label and state,
 * opened, edited, closed, commented on.
 */
import { restExample } from "./contract.js";
import { type CommentFacts, commentObject, example, type RepoFacts } from "./objects.js";
import { keyOf, type Repos } from "./repos.js";
import { type DoubleServer, type Json, page, type RouteContext } from "./server.js";

export interface DoubleIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: "open" | "closed";
  state_reason: string | null;
  /** The bodies of the comments written on it. */
  comments: string[];
  /** How many times the body was edited. */
  edits: number;
}

/** Who a request writes as: the app's installation token is the app, any other a workflow's GITHUB_TOKEN. */
export function writerOf(context: RouteContext, appSlug: string): string {
  const auth = String(context.headers.authorization ?? "");
  return /\bghs_double$/.test(auth) || auth === "" ? appSlug : "github-actions";
}

export class Issues {
  readonly reactions: { commentId: number; content: string }[] = [];
  private readonly comments = new Map<string, Map<number, Json[]>>();
  private readonly issues = new Map<string, DoubleIssue[]>();

  constructor(
    private readonly server: DoubleServer,
    private readonly repos: Repos,
  ) {}

  commentsOn(repo: RepoFacts, issue: number): Json[] {
    return this.commentMap(keyOf(repo)).get(issue) ?? [];
  }

  addComment(repo: RepoFacts, issue: number, facts: Omit<CommentFacts, "id">): number {
    const id = this.server.newId();
    const map = this.commentMap(keyOf(repo));
    map.set(issue, [...(map.get(issue) ?? []), commentObject(repo, issue, { ...facts, id })]);
    return id;
  }

  deleteComment(repo: RepoFacts, issue: number, id: number): void {
    const map = this.commentMap(keyOf(repo));
    map.set(
      issue,
      (map.get(issue) ?? []).filter((comment) => comment.id !== id),
    );
  }

  issuesOf(repo: { owner: string; name: string }): DoubleIssue[] {
    const key = keyOf(repo);
    if (!this.issues.has(key)) this.issues.set(key, []);
    return this.issues.get(key)!;
  }

  private commentMap(key: string): Map<number, Json[]> {
    if (!this.comments.has(key)) this.comments.set(key, new Map());
    return this.comments.get(key)!;
  }

  register(server: DoubleServer): void {
    const repoOf = (context: RouteContext) => this.repos.of(context);
    server.serve("GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments", (context) => {
      const state = repoOf(context);
      if (!state) return undefined;
      const list = this.commentsOn(state.facts, Number(context.params[2]));
      const { slice, headers } = page(list, context);
      return { status: 200, json: slice, headers };
    });
    server.serve("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", (context) => {
      const state = repoOf(context);
      if (!state) return undefined;
      const number = Number(context.params[2]);
      const login = `${writerOf(context, this.repos.appSlug)}[bot]`;
      const id = this.addComment(state.facts, number, { body: context.body.body, login });
      this.issuesOf(state.facts)
        .find((issue) => issue.number === number)
        ?.comments.push(context.body.body);
      return { status: 201, json: this.commentsOn(state.facts, number).find((c) => c.id === id) };
    });
    server.serve("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}", (context) => {
      const comment = this.findComment(context);
      if (!comment) return undefined;
      comment.body = context.body.body;
      return { status: 200, json: comment };
    });
    server.serve("DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id}", (context) => {
      const state = repoOf(context);
      const id = Number(context.params[2]);
      if (!state || !this.findComment(context)) return undefined;
      for (const [issue, list] of this.commentMap(keyOf(state.facts)))
        if (list.some((c) => c.id === id)) this.deleteComment(state.facts, issue, id);
      return { status: 204 };
    });
    server.serve("POST", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", (context) => {
      this.reactions.push({ commentId: Number(context.params[2]), content: context.body?.content });
      return { status: 201, json: { ...restExample("reaction"), content: context.body?.content } };
    });
    this.registerIssues(server);
  }

  private findComment(context: RouteContext): Json | undefined {
    const state = this.repos.of(context);
    if (!state) return undefined;
    const id = Number(context.params[2]);
    for (const list of this.commentMap(keyOf(state.facts)).values()) {
      const found = list.find((c) => c.id === id);
      if (found) return found;
    }
    return undefined;
  }

  private registerIssues(server: DoubleServer): void {
    server.serve("GET", "/repos/{owner}/{repo}/issues", (context) => {
      const repo = { owner: context.params[0]!, name: context.params[1]! };
      const labels = (context.query.labels ?? "").split(",").filter(Boolean);
      const state = context.query.state ?? "open";
      const matching = this.issuesOf(repo).filter(
        (issue) =>
          (state === "all" || issue.state === state) && labels.every((l) => issue.labels.includes(l)),
      );
      const { slice, headers } = page(matching, context);
      return { status: 200, json: slice.map((issue) => issueObject(repo, issue)), headers };
    });
    server.serve("POST", "/repos/{owner}/{repo}/issues", (context) => {
      const repo = { owner: context.params[0]!, name: context.params[1]! };
      const list = this.issuesOf(repo);
      const issue: DoubleIssue = {
        number: list.length + 1,
        title: context.body.title,
        body: context.body.body ?? "",
        labels: context.body.labels ?? [],
        state: "open",
        state_reason: null,
        comments: [],
        edits: 0,
      };
      list.push(issue);
      return { status: 201, json: issueObject(repo, issue) };
    });
    server.serve("PATCH", "/repos/{owner}/{repo}/issues/{issue_number}", (context) => {
      const repo = { owner: context.params[0]!, name: context.params[1]! };
      const issue = this.issuesOf(repo).find((i) => i.number === Number(context.params[2]));
      if (!issue) return undefined;
      const { body } = context;
      if (body.body !== undefined) {
        issue.body = body.body;
        issue.edits += 1;
      }
      if (body.state) issue.state = body.state;
      if (body.state_reason !== undefined) issue.state_reason = body.state_reason;
      return { status: 200, json: issueObject(repo, issue) };
    });
  }
}

function issueObject(repo: { owner: string; name: string }, issue: DoubleIssue): Json {
  const base = example("issues", "opened").issue;
  const name = `${repo.owner}/${repo.name}`;
  return {
    ...base,
    id: 5000 + issue.number,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    url: `https://api.github.com/repos/${name}/issues/${issue.number}`,
    html_url: `https://github.com/${name}/issues/${issue.number}`,
    comments: issue.comments.length,
    closed_at: issue.state === "closed" ? "2026-11-28T12:00:00Z" : null,
    labels: issue.labels.map((label, i) => ({
      ...(base.labels?.[0] ?? {}),
      id: 700 + i,
      name: label,
      default: false,
      color: "ededed",
      description: null,
      node_id: `L${i}`,
      url: `https://api.github.com/repos/${name}/labels/${label}`,
    })),
  };
}
