/** What the app needs of a workflow run (from a webhook or the REST API), and whether its code is trusted. */
import type { Report } from "../../src/report/types.js";
import type { StoredReport } from "../store/store.js";

export interface RunFacts {
  id: number;
  run_attempt?: number | null;
  name?: string | null;
  workflow_id: number;
  head_sha: string;
  head_branch: string | null;
  event: string;
  html_url: string;
  created_at: string;
  head_repository?: { id: number } | null;
}

/** Runs of the repository's own code that no pull request chose: only these give baselines. */
const TRUSTED_EVENTS = new Set(["push", "schedule", "workflow_dispatch", "merge_group"]);

export function isTrustedRun(run: RunFacts, repositoryId: number): boolean {
  return run.head_repository?.id === repositoryId && TRUSTED_EVENTS.has(run.event);
}

export function storedReportOf(
  run: RunFacts,
  repository: { id: number; full_name: string },
  variant: string,
  report: Report,
): StoredReport {
  return {
    repositoryId: repository.id,
    commit: run.head_sha,
    workflowId: run.workflow_id,
    variant,
    repository: repository.full_name,
    workflowName: run.name ?? String(run.workflow_id),
    branch: run.head_branch,
    event: run.event,
    trusted: isTrustedRun(run, repository.id),
    runId: run.id,
    runAttempt: run.run_attempt ?? 1,
    runUrl: run.html_url,
    runCreatedAt: new Date(run.created_at),
    passed: report.passed,
    report,
  };
}
