/**
 * The base branch's latest `slipway-report` artifact, through the GitHub REST API with the job's
 * token: list the branch's completed workflow runs, list each run's artifacts by name, download
 * the first live one as a zip and take slipway-report.json out of it.
 *
 * A small client over fetch rather than Octokit: three GET routes, and domain code stays free of
 * Octokit (a lint rule says so). Every "there is none" and every API refusal is an answer with a
 * reason, never a throw: a pull request whose base has no report yet is compared with nothing.
 * Runs from pull requests (a fork may name its branch "main") are never taken as the baseline.
 */
import { readZipEntry, ZipReadError } from "./read-zip-entry.js";

export interface ArtifactQuery {
  /** GITHUB_API_URL, e.g. https://api.github.com. */
  apiUrl: string;
  token: string;
  /** owner/name */
  repository: string;
  branch: string;
  artifactName: string;
  /** The run asking (its own artifact is not a baseline). */
  currentRunId?: number;
  /** How many recent runs to look through for the artifact. */
  maxRuns?: number;
  /** Largest zip we download. */
  maxZipBytes?: number;
  fetch?: typeof fetch;
}

export type ArtifactLookup =
  | { found: true; text: string; runId: number; headSha: string; runUrl: string; artifactId: number }
  | { found: false; reason: string };

interface WorkflowRun {
  id: number;
  event: string;
  head_sha: string;
  html_url: string;
  head_repository?: { full_name?: string } | null;
}

interface Artifact {
  id: number;
  name: string;
  expired: boolean;
  size_in_bytes: number;
}

const REPORT_FILE = "slipway-report.json";
const DEFAULT_MAX_ZIP = 20 * 1024 * 1024;

export async function findLatestReportArtifact(query: ArtifactQuery): Promise<ArtifactLookup> {
  const api = new GitHubGet(query);
  const repo = `/repos/${query.repository}`;
  const runs = await api.json<{ workflow_runs: WorkflowRun[] }>(
    `${repo}/actions/runs?${new URLSearchParams({
      branch: query.branch,
      status: "completed",
      exclude_pull_requests: "true",
      per_page: "30",
    })}`,
    `listing the workflow runs of ${query.branch}`,
  );
  if (!runs.ok) return { found: false, reason: runs.reason };
  const candidates = runs.value.workflow_runs
    .filter((run) => run.id !== query.currentRunId)
    .filter((run) => !run.event.startsWith("pull_request"))
    .filter((run) => run.head_repository?.full_name?.toLowerCase() === query.repository.toLowerCase())
    .slice(0, query.maxRuns ?? 10);
  if (candidates.length === 0) {
    return {
      found: false,
      reason: `no completed workflow run on ${query.branch} in ${query.repository} yet`,
    };
  }
  for (const run of candidates) {
    const listed = await api.json<{ artifacts: Artifact[] }>(
      `${repo}/actions/runs/${run.id}/artifacts?${new URLSearchParams({ name: query.artifactName, per_page: "10" })}`,
      `listing the artifacts of run ${run.id}`,
    );
    if (!listed.ok) return { found: false, reason: listed.reason };
    const artifact = listed.value.artifacts.find((a) => a.name === query.artifactName && !a.expired);
    if (!artifact) continue;
    const maxZip = query.maxZipBytes ?? DEFAULT_MAX_ZIP;
    if (artifact.size_in_bytes > maxZip) {
      return {
        found: false,
        reason: `the ${query.artifactName} artifact of run ${run.id} is ${artifact.size_in_bytes} bytes, over the ${maxZip}-byte limit`,
      };
    }
    const zip = await api.download(`${repo}/actions/artifacts/${artifact.id}/zip`, maxZip);
    if (!zip.ok) return { found: false, reason: zip.reason };
    try {
      const entry = await readZipEntry(zip.value, REPORT_FILE);
      if (!entry) {
        return {
          found: false,
          reason: `the ${query.artifactName} artifact of run ${run.id} holds no ${REPORT_FILE}`,
        };
      }
      return {
        found: true,
        text: entry.toString("utf8"),
        runId: run.id,
        headSha: run.head_sha,
        runUrl: run.html_url,
        artifactId: artifact.id,
      };
    } catch (error) {
      if (error instanceof ZipReadError) {
        return {
          found: false,
          reason: `the ${query.artifactName} artifact of run ${run.id} is ${error.message}`,
        };
      }
      throw error;
    }
  }
  return {
    found: false,
    reason: `none of the last ${candidates.length} completed runs on ${query.branch} uploaded a live "${query.artifactName}" artifact`,
  };
}

type Answer<T> = { ok: true; value: T } | { ok: false; reason: string };

class GitHubGet {
  private readonly fetch: typeof fetch;
  constructor(private readonly query: ArtifactQuery) {
    this.fetch = query.fetch ?? globalThis.fetch;
  }

  private headers(): Record<string, string> {
    return {
      accept: "application/vnd.github+json",
      authorization: `Bearer ${this.query.token}`,
      "x-github-api-version": "2022-11-28",
      "user-agent": "slipway",
    };
  }

  private url(path: string): string {
    return `${this.query.apiUrl.replace(/\/+$/, "")}${path}`;
  }

  async json<T>(path: string, doing: string): Promise<Answer<T>> {
    let response: Response;
    try {
      response = await this.fetch(this.url(path), { headers: this.headers() });
    } catch (error) {
      return { ok: false, reason: `GitHub could not be reached while ${doing} (${describe(error)})` };
    }
    if (!response.ok) return { ok: false, reason: await refusal(response, doing) };
    try {
      return { ok: true, value: (await response.json()) as T };
    } catch (error) {
      return { ok: false, reason: `GitHub's answer to ${doing} was not JSON (${describe(error)})` };
    }
  }

  /**
   * The artifact route answers 302 to a short-lived storage URL. The redirect is followed by
   * hand so the token is not sent to the storage host.
   */
  async download(path: string, maxBytes: number): Promise<Answer<Buffer>> {
    const doing = "downloading the report artifact";
    try {
      let response = await this.fetch(this.url(path), { headers: this.headers(), redirect: "manual" });
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get("location");
        if (!location) return { ok: false, reason: `GitHub redirected without a Location while ${doing}` };
        response = await this.fetch(location, { headers: { "user-agent": "slipway" } });
      }
      if (response.status === 410) return { ok: false, reason: "the report artifact has expired" };
      if (!response.ok) return { ok: false, reason: await refusal(response, doing) };
      const declared = Number(response.headers.get("content-length") ?? "0");
      if (declared > maxBytes)
        return { ok: false, reason: `the report artifact is over the ${maxBytes}-byte limit` };
      const body = await readCapped(response, maxBytes);
      return body
        ? { ok: true, value: body }
        : { ok: false, reason: `the report artifact is over the ${maxBytes}-byte limit` };
    } catch (error) {
      return { ok: false, reason: `GitHub could not be reached while ${doing} (${describe(error)})` };
    }
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer | null> {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

async function refusal(response: Response, doing: string): Promise<string> {
  let message = "";
  try {
    message = ((await response.json()) as { message?: string }).message ?? "";
  } catch {
    // Not every error body is JSON.
  }
  const hint =
    response.status === 401 || response.status === 403 || response.status === 404
      ? '; the token needs "actions: read" (permissions: actions: read in the workflow)'
      : "";
  return `GitHub answered ${response.status}${message ? ` (${message})` : ""} while ${doing}${hint}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
