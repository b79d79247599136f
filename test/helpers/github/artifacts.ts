/**
 * Workflow runs and their artifacts: runs listed (newest first, filtered by branch, status, head
 * commit, workflow), one run read (its newest attempt), a run's artifacts listed (by name too), and
 * an artifact's zip downloaded as GitHub does it — a 302 to storage on another "host" (/storage/<id>,
 * which must not get the token), 410 once expired, or any status a scenario asks for.
 */
import { fullName, type RepoFacts, type RunFacts, runObject } from "./objects.js";
import { keyOf, type Repos } from "./repos.js";
import { type DoubleServer, type Json, page, type RouteContext } from "./server.js";

export interface DoubleArtifact {
  id: number;
  name: string;
  zip: Buffer;
  expired?: boolean;
  /** What GitHub says the size is (default: the zip's length). */
  reportedSize?: number;
  /** The download answers this status instead of the redirect to storage. */
  downloadStatus?: number;
}

export class Artifacts {
  private readonly runs = new Map<string, Json[]>();
  private readonly artifacts = new Map<string, Map<number, DoubleArtifact[]>>();

  constructor(private readonly repos: Repos) {}

  addRun(repo: RepoFacts, run: RunFacts, artifacts: DoubleArtifact[]): Json {
    const object = runObject(repo, run);
    this.runsOf(repo).push(object);
    this.artifactsOf(repo).set(run.id, artifacts);
    return object;
  }

  /** Another job of the run uploaded its artifact. */
  addArtifact(repo: RepoFacts, runId: number, artifact: DoubleArtifact): void {
    const map = this.artifactsOf(repo);
    map.set(runId, [...(map.get(runId) ?? []), artifact]);
  }

  find(id: number): DoubleArtifact | undefined {
    for (const map of this.artifacts.values())
      for (const list of map.values()) {
        const found = list.find((artifact) => artifact.id === id);
        if (found) return found;
      }
    return undefined;
  }

  private runsOf(repo: RepoFacts): Json[] {
    const key = keyOf(repo);
    if (!this.runs.has(key)) this.runs.set(key, []);
    return this.runs.get(key)!;
  }

  private artifactsOf(repo: RepoFacts): Map<number, DoubleArtifact[]> {
    const key = keyOf(repo);
    if (!this.artifacts.has(key)) this.artifacts.set(key, new Map());
    return this.artifacts.get(key)!;
  }

  register(server: DoubleServer): void {
    server.serveStorage((id) => this.find(id)?.zip);
    server.serve("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", (context) => {
      const state = this.repos.of(context);
      const runId = Number(context.params[2]);
      const artifacts = state && this.artifactsOf(state.facts).get(runId);
      if (!state || !artifacts) return undefined;
      const listed = artifacts
        .filter((artifact) => !context.query.name || artifact.name === context.query.name)
        .map((artifact) => artifactObject(state.facts, runId, artifact));
      const { slice, headers } = page(listed, context);
      return { status: 200, json: { total_count: listed.length, artifacts: slice }, headers };
    });
    server.serve(
      "GET",
      "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
      (context) => {
        const artifact = this.find(Number(context.params[2]));
        if (!artifact) return undefined;
        if (artifact.downloadStatus)
          return { status: artifact.downloadStatus, json: { message: "Artifact has expired" } };
        if (artifact.expired) return { status: 410, json: { message: "Artifact has expired" } };
        return { status: 302, redirect: `${context.baseUrl}/storage/${artifact.id}?sig=double` };
      },
    );
    server.serve("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}", (context) => {
      const state = this.repos.of(context);
      // The newest attempt GitHub knows of this run.
      const run =
        state &&
        this.runsOf(state.facts)
          .filter((r) => r.id === Number(context.params[2]))
          .at(-1);
      return run ? { status: 200, json: run } : undefined;
    });
    server.serve("GET", "/repos/{owner}/{repo}/actions/runs", (context) => this.listRuns(context, null));
    server.serve("GET", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", (context) =>
      this.listRuns(context, Number(context.params[2])),
    );
  }

  private listRuns(context: RouteContext, workflowId: number | null) {
    const state = this.repos.of(context);
    if (!state) return undefined;
    const { query } = context;
    const runs = this.runsOf(state.facts)
      .filter((run) => workflowId === null || run.workflow_id === workflowId)
      .filter((run) => !query.branch || run.head_branch === query.branch)
      .filter((run) => !query.event || run.event === query.event)
      .filter((run) => !query.status || run.conclusion === query.status || run.status === query.status)
      .filter((run) => !query.head_sha || run.head_sha === query.head_sha)
      .sort((a, b) => b.created_at.localeCompare(a.created_at))
      .map((run) => (query.exclude_pull_requests === "true" ? { ...run, pull_requests: [] } : run));
    const { slice, headers } = page(runs, context);
    return { status: 200, json: { total_count: runs.length, workflow_runs: slice }, headers };
  }
}

function artifactObject(repo: RepoFacts, runId: number, artifact: DoubleArtifact): Json {
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
