/**
 * The base branch's latest report artifact, as the model's baseline: the branch's completed runs
 * that the trust rule accepts (isTrustedRun: a fork may name its branch "main"), newest first; in
 * each, the artifact of that name; the first live one is downloaded and its report read — with the
 * same limits and zip reader as the app. Every "there is none" and every refusal is an answer with
 * a reason: a pull request whose base has no report yet is compared with nothing.
 */
import { isSlipwayError } from "../errors.js";
import type { ArtifactLookup, ArtifactQuery } from "../model/baseline/latest-report-artifact.js";
import { DEFAULT_LIMITS } from "./artifact-limits.js";
import { createGitHubClient, type GitHubClient } from "./client.js";
import { downloadArtifact } from "./download-artifact.js";
import { isTrustedRun } from "./is-trusted-run.js";
import { readReportZip } from "./read-report-zip.js";

const DEFAULT_MAX_ZIP = 20 * 1024 * 1024;

export async function findLatestReportArtifact(
  query: ArtifactQuery,
  client: GitHubClient = createGitHubClient({ token: query.token, baseUrl: query.apiUrl }),
): Promise<ArtifactLookup> {
  const [owner, repo] = query.repository.split("/") as [string, string];
  const refused = (doing: string) => (error: unknown) => ({
    found: false as const,
    reason: reasonOf(error, doing),
  });
  let runs: Awaited<
    ReturnType<GitHubClient["rest"]["actions"]["listWorkflowRunsForRepo"]>
  >["data"]["workflow_runs"];
  try {
    runs = (
      await client.rest.actions.listWorkflowRunsForRepo({
        owner,
        repo,
        branch: query.branch,
        status: "completed",
        exclude_pull_requests: true,
        per_page: 30,
      })
    ).data.workflow_runs;
  } catch (error) {
    return refused(`listing the workflow runs of ${query.branch}`)(error);
  }
  const candidates = runs
    .filter((run) => run.id !== query.currentRunId)
    .filter((run) => isTrustedRun(run, { fullName: query.repository }))
    .slice(0, query.maxRuns ?? 10);
  if (candidates.length === 0)
    return {
      found: false,
      reason: `no completed workflow run on ${query.branch} in ${query.repository} yet`,
    };
  const maxZipBytes = query.maxZipBytes ?? DEFAULT_MAX_ZIP;
  for (const run of candidates) {
    const where = `the ${query.artifactName} artifact of run ${run.id}`;
    let artifacts: Array<{ id: number; name: string; expired: boolean; size_in_bytes: number }>;
    try {
      artifacts = (
        await client.rest.actions.listWorkflowRunArtifacts({
          owner,
          repo,
          run_id: run.id,
          name: query.artifactName,
          per_page: 10,
        })
      ).data.artifacts;
    } catch (error) {
      return refused(`listing the artifacts of run ${run.id}`)(error);
    }
    const artifact = artifacts.find((a) => a.name === query.artifactName && !a.expired);
    if (!artifact) continue;
    if (artifact.size_in_bytes > maxZipBytes)
      return {
        found: false,
        reason: `${where} is ${artifact.size_in_bytes} bytes, over the ${maxZipBytes}-byte limit`,
      };
    try {
      const zip = await downloadArtifact(
        client,
        {
          owner,
          repo,
          artifact: { ...artifact, variant: "", sizeInBytes: artifact.size_in_bytes },
        },
        { maxZipBytes },
      );
      const { json } = await readReportZip(zip, artifact.name, DEFAULT_LIMITS);
      return {
        found: true,
        text: JSON.stringify(json),
        runId: run.id,
        headSha: run.head_sha,
        runUrl: run.html_url,
        artifactId: artifact.id,
      };
    } catch (error) {
      if (isSlipwayError(error)) {
        const detail = error.message.replace(`${artifact.name}: `, "").replace(/^the artifact /, "");
        return { found: false, reason: `${where} ${detail.replace(/\.$/, "")}` };
      }
      if ((error as { status?: number }).status === 410)
        return { found: false, reason: "the report artifact has expired" };
      return refused("downloading the report artifact")(error);
    }
  }
  return {
    found: false,
    reason: `none of the last ${candidates.length} completed runs on ${query.branch} uploaded a live "${query.artifactName}" artifact`,
  };
}

function reasonOf(error: unknown, doing: string): string {
  const refused = error as { status?: number; response?: { data?: { message?: unknown } } };
  const status = refused.status;
  const said = refused.response?.data?.message;
  if (typeof status !== "number" || (status === 500 && said === undefined)) {
    const cause = (error as { cause?: unknown })?.cause;
    const message =
      cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
    return `GitHub could not be reached while ${doing} (${message})`;
  }
  const hint =
    status === 401 || status === 403 || status === 404
      ? '; the token needs "actions: read" (permissions: actions: read in the workflow)'
      : "";
  return `GitHub answered ${status}${typeof said === "string" ? ` (${said})` : ""} while ${doing}${hint}`;
}
