/**
 * What each attempt of a workflow run produced. The comment and the check run are drawn from the
 * newest attempt here, never from the delivery at hand, so an older attempt delivered late changes
 * nothing anyone sees.
 */
import type { Report } from "../../src/report/types.js";
import { json, type Row, type SqlDatabase, toRequiredDate } from "./sql-database.js";
import type { RunResult, RunResultStore } from "./store.js";

const NEWEST_FIRST = "ORDER BY run_created_at DESC, run_id DESC, run_attempt DESC LIMIT 1";

export function sqlRunResults(db: SqlDatabase): RunResultStore {
  return {
    async saveRunResult(result) {
      await db.query(
        `INSERT INTO run_results (repository_id, run_id, run_attempt, workflow_id, workflow_name, head_sha,
           run_url, run_created_at, heads, unreadable, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $9::jsonb, $10::jsonb, $11::timestamptz)
         ON CONFLICT (repository_id, run_id, run_attempt) DO UPDATE SET
           heads = EXCLUDED.heads, unreadable = EXCLUDED.unreadable, received_at = EXCLUDED.received_at`,
        [
          result.repositoryId,
          result.runId,
          result.runAttempt,
          result.workflowId,
          result.workflowName,
          result.headSha,
          result.runUrl,
          result.runCreatedAt.toISOString(),
          JSON.stringify(result.heads),
          JSON.stringify(result.unreadable),
          result.receivedAt.toISOString(),
        ],
      );
    },

    async newestAttempt(repositoryId, runId) {
      const rows = await db.query(
        `SELECT * FROM run_results WHERE repository_id = $1 AND run_id = $2 ${NEWEST_FIRST}`,
        [repositoryId, runId],
      );
      return rows[0] ? toRunResult(rows[0]) : null;
    },

    async newestForHead(repositoryId, workflowId, headSha) {
      const rows = await db.query(
        `SELECT * FROM run_results WHERE repository_id = $1 AND workflow_id = $2 AND head_sha = $3 ${NEWEST_FIRST}`,
        [repositoryId, workflowId, headSha],
      );
      return rows[0] ? toRunResult(rows[0]) : null;
    },

    async pruneRunResults(before) {
      const rows = await db.query(
        "DELETE FROM run_results WHERE received_at < $1::timestamptz RETURNING run_id",
        [before.toISOString()],
      );
      return rows.length;
    },
  };
}

function toRunResult(row: Row): RunResult {
  return {
    repositoryId: Number(row.repository_id),
    runId: Number(row.run_id),
    runAttempt: Number(row.run_attempt),
    workflowId: Number(row.workflow_id),
    workflowName: String(row.workflow_name),
    headSha: String(row.head_sha),
    runUrl: String(row.run_url),
    runCreatedAt: toRequiredDate(row.run_created_at, "run_created_at"),
    heads: json(row.heads) as { variant: string; report: Report }[],
    unreadable: json(row.unreadable) as { artifact: string; message: string }[],
    receivedAt: toRequiredDate(row.received_at, "received_at"),
  };
}
