/**
 * Reports per repository, commit, workflow and variant: the newer run (then attempt) wins, and a
 * trusted report always wins over an untrusted one. Baselines, trends and gate facts read them.
 */
import { parseReport } from "../../src/report/report-schema.js";
import { json, type Row, type SqlDatabase, toRequiredDate } from "./sql-database.js";
import type { MetricsAtCommit, ReportStore, StoredReport } from "./store.js";

export function sqlReports(db: SqlDatabase): ReportStore {
  return {
    async saveReport(report) {
      // A trusted report always replaces an untrusted one; otherwise the newer run (then attempt) wins.
      const rows = await db.query(
        `INSERT INTO reports (repository_id, commit_sha, workflow_id, variant, repository, workflow_name, branch,
           event, trusted, run_id, run_attempt, run_url, run_created_at, passed, report)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::timestamptz, $14, $15::jsonb)
         ON CONFLICT (repository_id, commit_sha, workflow_id, variant) DO UPDATE SET
           repository = EXCLUDED.repository, workflow_name = EXCLUDED.workflow_name, branch = EXCLUDED.branch,
           event = EXCLUDED.event, trusted = EXCLUDED.trusted, run_id = EXCLUDED.run_id,
           run_attempt = EXCLUDED.run_attempt, run_url = EXCLUDED.run_url, run_created_at = EXCLUDED.run_created_at,
           passed = EXCLUDED.passed, report = EXCLUDED.report
         WHERE (EXCLUDED.trusted AND NOT reports.trusted)
            OR (EXCLUDED.trusted = reports.trusted
                AND (EXCLUDED.run_created_at, EXCLUDED.run_attempt) >= (reports.run_created_at, reports.run_attempt))
         RETURNING run_id`,
        [
          report.repositoryId,
          report.commit,
          report.workflowId,
          report.variant,
          report.repository,
          report.workflowName,
          report.branch,
          report.event,
          report.trusted,
          report.runId,
          report.runAttempt,
          report.runUrl,
          report.runCreatedAt.toISOString(),
          report.passed,
          JSON.stringify(report.report),
        ],
      );
      return rows.length === 1;
    },

    async reportsAt(repositoryId, commit, filter = {}) {
      const params: unknown[] = [repositoryId, commit];
      let where = "repository_id = $1 AND commit_sha = $2";
      if (filter.workflowId !== undefined) {
        params.push(filter.workflowId);
        where += ` AND workflow_id = $${params.length}`;
      }
      if (filter.trustedOnly) where += " AND trusted";
      const rows = await db.query(
        `SELECT * FROM reports WHERE ${where} ORDER BY workflow_id, variant`,
        params,
      );
      return rows.flatMap(readableStoredReport);
    },

    async latestOnBranch(repositoryId, workflowId, branch) {
      const rows = await db.query(
        `SELECT * FROM reports
         WHERE repository_id = $1 AND workflow_id = $2 AND branch = $3 AND trusted
           AND commit_sha = (SELECT commit_sha FROM reports
                             WHERE repository_id = $1 AND workflow_id = $2 AND branch = $3 AND trusted
                             ORDER BY run_created_at DESC LIMIT 1)
         ORDER BY variant`,
        [repositoryId, workflowId, branch],
      );
      return rows.flatMap(readableStoredReport);
    },

    async branchMetrics(repositoryId, workflowId, branch, limit) {
      if (limit <= 0) return [];
      const rows = await db.query(
        `WITH recent AS (
           SELECT commit_sha, max(run_created_at) AS at FROM reports
           WHERE repository_id = $1 AND workflow_id = $2 AND branch = $3 AND trusted
           GROUP BY commit_sha ORDER BY at DESC LIMIT $4)
         SELECT r.commit_sha, r.variant, r.run_created_at, r.report #> '{model,metrics}' AS metrics
         FROM reports r JOIN recent ON recent.commit_sha = r.commit_sha
         WHERE r.repository_id = $1 AND r.workflow_id = $2 AND r.branch = $3 AND r.trusted
         ORDER BY recent.at ASC, r.variant ASC`,
        [repositoryId, workflowId, branch, limit],
      );
      return rows.map(
        (row): MetricsAtCommit => ({
          commit: String(row.commit_sha),
          variant: String(row.variant),
          runCreatedAt: toRequiredDate(row.run_created_at, "run_created_at"),
          metrics: (json(row.metrics) as Record<string, number> | null) ?? {},
        }),
      );
    },
  };
}

/**
 * A stored report is read back through the report schema like any artifact: one written by an
 * older Slipway, or changed in the database, that no longer reads is left out (the comment then
 * says there is no baseline) rather than handed to the renderer as a Report it is not.
 */
function readableStoredReport(row: Row): StoredReport[] {
  const parsed = parseReport(
    json(row.report),
    `the stored report of ${String(row.repository)} at ${String(row.commit_sha)}`,
  );
  return parsed.ok ? [{ ...toStoredReport(row), report: parsed.report }] : [];
}

function toStoredReport(row: Row): Omit<StoredReport, "report"> {
  return {
    repositoryId: Number(row.repository_id),
    commit: String(row.commit_sha),
    workflowId: Number(row.workflow_id),
    variant: String(row.variant),
    repository: String(row.repository),
    workflowName: String(row.workflow_name),
    branch: row.branch === null ? null : String(row.branch),
    event: String(row.event),
    trusted: Boolean(row.trusted),
    runId: Number(row.run_id),
    runAttempt: Number(row.run_attempt),
    runUrl: String(row.run_url),
    runCreatedAt: toRequiredDate(row.run_created_at, "run_created_at"),
    passed: Boolean(row.passed),
  };
}
