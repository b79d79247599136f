/**
 * The repositories the double knows, and what a client reads about one: the repository itself,
 * `.github/slipway.yml` (raw for Probot's `context.config`, base64 JSON otherwise), pull requests
 * (listed, and per head commit), refs and annotated tags; plus the app (`GET /app`) and its
 * installation tokens. Other state modules key their data by `keyOf(repo)`.
 */
import { restExample } from "./contract.js";
import { appObject, fullName, type PullFacts, pullObject, type RepoFacts } from "./objects.js";
import { type DoubleServer, type Json, NOT_FOUND, page, type RouteContext } from "./server.js";

export interface RepoState {
  facts: RepoFacts;
  defaultBranch: string;
  /** Text of .github/slipway.yml on the default branch; null: there is none. */
  config: string | null;
  pulls: Json[];
  /** Full ref → commit; `tagObject` makes it an annotated tag. */
  refs: Map<string, { sha: string; tagObject?: string }>;
}

export const keyOf = (repo: RepoFacts | { owner: string; name: string }) =>
  `${repo.owner}/${repo.name}`.toLowerCase();

export class Repos {
  appSlug = "slipway-test";
  /** Fork pull requests are not listed under their head commit (as GitHub does for some forks). */
  commitPullsMissFork = false;
  private readonly repos = new Map<string, RepoState>();

  add(facts: RepoFacts, config: string | null = null, defaultBranch = "main"): RepoState {
    const state: RepoState = { facts, defaultBranch, config, pulls: [], refs: new Map() };
    this.repos.set(keyOf(facts), state);
    return state;
  }

  get(repo: RepoFacts): RepoState {
    const state = this.repos.get(keyOf(repo));
    if (!state) throw new Error(`the double has no repository ${fullName(repo)}`);
    return state;
  }

  /** The repository a request's {owner}/{repo} names, if the double has it. */
  of(context: RouteContext): RepoState | undefined {
    return this.repos.get(keyOf({ owner: context.params[0]!, name: context.params[1]! }));
  }

  addPull(repo: RepoFacts, pull: PullFacts): void {
    this.get(repo).pulls.push(pullObject(repo, pull));
  }

  register(server: DoubleServer): void {
    server.serve("POST", "/app/installations/{installation_id}/access_tokens", () => ({
      status: 201,
      json: {
        token: "ghs_double",
        expires_at: new Date(Date.now() + 3600_000).toISOString(),
        permissions: {},
        repository_selection: "all",
      },
    }));
    server.serve("GET", "/app", () => ({ status: 200, json: appObject(this.appSlug) }));
    server.serve("GET", "/repos/{owner}/{repo}", (context) => {
      const state = this.of(context);
      if (!state) return undefined;
      return {
        status: 200,
        json: {
          ...restExample("full-repository"),
          id: state.facts.id,
          name: state.facts.name,
          full_name: fullName(state.facts),
          // GitHub's own example predates this required field.
          has_discussions: false,
          default_branch: state.defaultBranch,
        },
      };
    });
    server.serve("GET", "/repos/{owner}/{repo}/contents/{path}", (context) => {
      const state = this.of(context);
      const ref = context.query.ref;
      if (!state || context.params[2] !== ".github/slipway.yml" || state.config === null) return undefined;
      if (ref !== undefined && ref !== state.defaultBranch) return undefined;
      if (/raw/.test(String(context.headers.accept ?? "")))
        return { status: 200, raw: state.config, contentType: "application/vnd.github.raw; charset=utf-8" };
      return {
        status: 200,
        json: {
          ...restExample("content-file"),
          path: context.params[2],
          name: "slipway.yml",
          encoding: "base64",
          content: Buffer.from(state.config).toString("base64"),
        },
      };
    });
    server.serve("GET", "/repos/{owner}/{repo}/pulls", (context) => {
      const state = this.of(context);
      if (!state) return undefined;
      const { query } = context;
      const pulls = state.pulls
        .filter((pull) => !query.state || query.state === "all" || pull.state === query.state)
        .filter((pull) => !query.head || pull.head.label === query.head);
      const { slice, headers } = page(pulls, context);
      return { status: 200, json: slice, headers };
    });
    server.serve("GET", "/repos/{owner}/{repo}/commits/{commit_sha}/pulls", (context) => {
      const state = this.of(context);
      if (!state) return undefined;
      const pulls = state.pulls.filter(
        (pull) =>
          pull.head.sha === context.params[2] &&
          !(this.commitPullsMissFork && pull.head.repo.id !== state.facts.id),
      );
      const { slice, headers } = page(pulls, context);
      return { status: 200, json: slice, headers };
    });
    this.registerRefs(server);
  }

  private registerRefs(server: DoubleServer): void {
    server.serve("GET", "/repos/{owner}/{repo}/commits/{ref}", (context) => {
      // GitHub takes heads/<branch>, tags/<tag> (annotated tags peeled to their commit), names and SHAs.
      const state = this.of(context);
      if (!state) return undefined;
      const asked = context.params[2]!;
      const target =
        state.refs.get(`refs/${asked}`) ??
        [...state.refs].find(([full]) => full.replace(/^refs\/(heads|tags)\//, "") === asked)?.[1];
      if (!target) return { status: 422, json: { message: `No commit found for SHA: ${asked}` } };
      // GitHub's example lists a file without fields its schema now requires.
      return { status: 200, json: { ...restExample("commit"), sha: target.sha, files: [] } };
    });
    server.serve("GET", "/repos/{owner}/{repo}/git/ref/{ref}", (context) => {
      const full = `refs/${context.params[2]}`;
      const target = this.of(context)?.refs.get(full);
      if (!target) return NOT_FOUND;
      const example = restExample("git-ref");
      const object = target.tagObject
        ? { type: "tag", sha: target.tagObject }
        : { type: "commit", sha: target.sha };
      return { status: 200, json: { ...example, ref: full, object: { ...example.object, ...object } } };
    });
    server.serve("GET", "/repos/{owner}/{repo}/git/tags/{tag_sha}", (context) => {
      const state = this.of(context);
      const target = [...(state?.refs.values() ?? [])].find((ref) => ref.tagObject === context.params[2]);
      if (!target) return NOT_FOUND;
      const tag = restExample("git-tag");
      return {
        status: 200,
        json: { ...tag, sha: context.params[2], object: { ...tag.object, type: "commit", sha: target.sha } },
      };
    });
  }
}
