/** What the app needs of a workflow run (from a webhook or the REST API), and whether its code is trusted. */
import { isTrustedRun } from "../../src/github/is-trusted-run.js";
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

/** The one trust rule (src/github/is-trusted-run.ts), by the repository's id. */
export function isTrustedRunOf(run: RunFacts, repositoryId: number): boolean {
  return isTrustedRun(run, { id: repositoryId });
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
    trusted: isTrustedRunOf(run, repository.id),
    runId: run.id,
    runAttempt: run.run_attempt ?? 1,
    runUrl: run.html_url,
    runCreatedAt: new Date(run.created_at),
    passed: report.passed,
    report,
  };
}
