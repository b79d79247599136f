/**
 * A fresh installation has no stored reports, so a pull request's first comment would have no
 * base. Backfill: take the latest successful trusted run of the same workflow on the base branch
 * (the run at the pull request's base commit when it is among the recent ones), read its reports
 * and store them. A run already in the store is not downloaded again.
 */

import type { ArtifactLimits } from "../../src/github/artifact-limits.js";
import { listReportArtifacts } from "../../src/github/list-report-artifacts.js";
import { readReportArtifacts } from "../../src/github/read-report-artifacts.js";
import type { Store, StoredReport } from "../store/store.js";
import type { Octokit } from "./app-octokit.js";
import { isTrustedRunOf, type RunFacts, storedReportOf } from "./run-facts.js";

const RECENT_RUNS = 20;

export async function backfillBaseline(
  octokit: Octokit,
  store: Store,
  limits: ArtifactLimits,
  where: { owner: string; repo: string; repository: { id: number; full_name: string } },
  workflowId: number,
  base: { ref: string; sha: string },
): Promise<StoredReport[]> {
  const { owner, repo, repository } = where;
  const runs = await octokit.rest.actions.listWorkflowRuns({
    owner,
    repo,
    workflow_id: workflowId,
    branch: base.ref,
    status: "success",
    exclude_pull_requests: true,
    per_page: RECENT_RUNS,
  });
  const trusted = (runs.data.workflow_runs as RunFacts[]).filter((run) => isTrustedRunOf(run, repository.id));
  const chosen = trusted.find((run) => run.head_sha === base.sha) ?? trusted[0];
  if (!chosen) return [];
  const known = await store.reportsAt(repository.id, chosen.head_sha, { workflowId, trustedOnly: true });
  if (known.length > 0) return known;
  const artifacts = await listReportArtifacts(octokit, { owner, repo, runId: chosen.id });
  const reads = await readReportArtifacts(octokit, { owner, repo }, artifacts, limits);
  for (const read of reads) {
    if (read.ok)
      await store.saveReport(storedReportOf(chosen, repository, read.artifact.variant, read.report));
  }
  return store.reportsAt(repository.id, chosen.head_sha, { workflowId, trustedOnly: true });
}
