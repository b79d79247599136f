/**
 * What the model's baseline asks of GitHub — the base branch's latest `slipway-report` artifact —
 * as plain data: the question and its answer. The GitHub side is src/github/
 * find-latest-report-artifact.ts, passed in as a seam (domain code stays free of Octokit).
 * Every "there is none" and every API refusal is an answer with a reason, never a throw.
 */
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
  /** Largest zip downloaded. */
  maxZipBytes?: number;
}

export type ArtifactLookup =
  | { found: true; text: string; runId: number; headSha: string; runUrl: string; artifactId: number }
  | { found: false; reason: string };

export type FindArtifact = (query: ArtifactQuery) => Promise<ArtifactLookup>;
