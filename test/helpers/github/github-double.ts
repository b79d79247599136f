/**
 * The one GitHub API double every suite shares: a real HTTP server (server.ts) whose every request
 * and answer is checked against @octokit/openapi (contract.ts), holding GitHub's state per concern —
 * repositories and pull requests (repos.ts), issues and comments (issues.ts), check runs
 * (checks.ts), workflow runs and artifacts (artifacts.ts), reviews, teams, deployments and gate
 * callbacks (gates.ts), workflow dispatches (dispatches.ts). This class only starts it and gives
 * tests one place to set up and read that state. Suites that describe a whole scenario up front
 * seed it through scenarios.ts.
 */
import { Artifacts, type DoubleArtifact } from "./artifacts.js";
import { Checks } from "./checks.js";
import { type Dispatch, Dispatches } from "./dispatches.js";
import { Gates } from "./gates.js";
import { type DoubleIssue, Issues } from "./issues.js";
import type { PullFacts, RepoFacts, RunFacts } from "./objects.js";
import { type RepoState, Repos } from "./repos.js";
import { DoubleServer, type Json } from "./server.js";

export type { Hold, RecordedRequest } from "./server.js";
export type { DoubleArtifact, DoubleIssue, RepoFacts, RepoState };

export class GitHubDouble extends DoubleServer {
  readonly gates = new Gates();
  private readonly repos = new Repos();
  private readonly issueState = new Issues(this, this.repos);
  private readonly checks = new Checks(this, this.repos);
  private readonly artifacts = new Artifacts(this.repos);
  private readonly dispatchState = new Dispatches();

  private constructor() {
    super();
    for (const concern of [
      this.repos,
      this.issueState,
      this.checks,
      this.artifacts,
      this.gates,
      this.dispatchState,
    ])
      concern.register(this);
  }

  static async start(): Promise<GitHubDouble> {
    const double = new GitHubDouble();
    await double.listen();
    return double;
  }

  /** The app's slug: its installation token writes as `<slug>[bot]`. */
  get appSlug(): string {
    return this.repos.appSlug;
  }
  set appSlug(slug: string) {
    this.repos.appSlug = slug;
  }

  /** Fork pull requests are not listed under their head commit (as GitHub does for some forks). */
  get commitPullsMissFork(): boolean {
    return this.repos.commitPullsMissFork;
  }
  set commitPullsMissFork(miss: boolean) {
    this.repos.commitPullsMissFork = miss;
  }

  addRepo(facts: RepoFacts, config: string | null = null, defaultBranch = "main"): RepoState {
    return this.repos.add(facts, config, defaultBranch);
  }

  /** A repository's state: its config, pull requests, refs. */
  repo(facts: RepoFacts): RepoState {
    return this.repos.get(facts);
  }

  setConfig(repo: RepoFacts, config: string | null): void {
    this.repos.get(repo).config = config;
  }

  addRun(repo: RepoFacts, run: RunFacts, artifacts: DoubleArtifact[]): Json {
    this.repos.get(repo);
    return this.artifacts.addRun(repo, run, artifacts);
  }

  /** Another job of the run uploaded its artifact. */
  addArtifact(repo: RepoFacts, runId: number, artifact: DoubleArtifact): void {
    this.artifacts.addArtifact(repo, runId, artifact);
  }

  addPull(repo: RepoFacts, pull: PullFacts): void {
    this.repos.addPull(repo, pull);
  }

  /** A comment someone wrote; `when` sets when it was made and last edited. */
  addComment(
    repo: RepoFacts,
    issue: number,
    body: string,
    login: string,
    when: { createdAt?: string; updatedAt?: string; type?: string } = {},
  ): number {
    return this.issueState.addComment(repo, issue, { body, login, ...when });
  }

  deleteComment(repo: RepoFacts, issue: number, id: number): void {
    this.issueState.deleteComment(repo, issue, id);
  }

  comments(repo: RepoFacts, issue: number): Json[] {
    return this.issueState.commentsOn(repo, issue);
  }

  checkRuns(repo: RepoFacts): Json[] {
    return this.checks.checkRuns(repo);
  }

  /** Reactions written on comments, in order. */
  get reactions(): { commentId: number; content: string }[] {
    return this.issueState.reactions;
  }

  /** The issues of a repository (the monitor's), as the double keeps them. */
  issuesOf(repo: { owner: string; name: string }): DoubleIssue[] {
    return this.issueState.issuesOf(repo);
  }

  openIssues(repo: { owner: string; name: string }): DoubleIssue[] {
    return this.issuesOf(repo).filter((issue) => issue.state === "open");
  }

  /** Workflow dispatches asked for, in order. */
  get dispatches(): Dispatch[] {
    return this.dispatchState.list;
  }
}
