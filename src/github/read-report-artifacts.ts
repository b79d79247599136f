/**
 * Every report artifact of a run, downloaded, unpacked and checked against slipway/report@1. A
 * report that cannot be used (too big, a bad zip, invalid, another version) becomes a plain reason
 * for the check run and the comment; a GitHub API failure is thrown, since it says nothing about
 * the report and a retry may succeed.
 */
import { isSlipwayError } from "../errors.js";
import { parseReport } from "../report/report-schema.js";
import type { Report } from "../report/types.js";
import type { ArtifactLimits } from "./artifact-limits.js";
import type { GitHubClient } from "./client.js";
import { downloadArtifact } from "./download-artifact.js";
import type { ReportArtifact } from "./list-report-artifacts.js";
import { readReportZip } from "./read-report-zip.js";

export type ReadReport =
  | { artifact: ReportArtifact; ok: true; report: Report }
  | { artifact: ReportArtifact; ok: false; reason: string };

export async function readReportArtifacts(
  octokit: GitHubClient,
  where: { owner: string; repo: string },
  artifacts: ReportArtifact[],
  limits: ArtifactLimits,
): Promise<ReadReport[]> {
  const read = artifacts.slice(0, limits.maxArtifacts);
  const results = await Promise.all(read.map((artifact) => readOne(octokit, where, artifact, limits)));
  for (const artifact of artifacts.slice(limits.maxArtifacts)) {
    results.push({
      artifact,
      ok: false,
      reason: `not read: the Slipway app reads at most ${limits.maxArtifacts} report artifacts per run.`,
    });
  }
  return results;
}

async function readOne(
  octokit: GitHubClient,
  where: { owner: string; repo: string },
  artifact: ReportArtifact,
  limits: ArtifactLimits,
): Promise<ReadReport> {
  if (artifact.expired) {
    return {
      artifact,
      ok: false,
      reason: "the artifact has expired on GitHub; re-run the workflow to make a new one.",
    };
  }
  try {
    const zip = await downloadArtifact(octokit, { ...where, artifact }, limits);
    const { path, json } = await readReportZip(zip, artifact.name, limits);
    const parsed = parseReport(json, path);
    return parsed.ok
      ? { artifact, ok: true, report: parsed.report }
      : { artifact, ok: false, reason: parsed.message };
  } catch (error) {
    if (isSlipwayError(error) && error.code === "INPUT") {
      // InputError's message starts with the artifact's name, which the reader shows next to it already.
      return { artifact, ok: false, reason: error.message.replace(`${artifact.name}: `, "") };
    }
    throw error;
  }
}
