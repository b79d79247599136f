/** The monitor's history (monitor-history-store.ts) on PostgreSQL SQL, for both adapters. */
import type { MonitorRun } from "../../src/monitor/types.js";
import type { MonitorHistoryStore } from "./monitor-history-store.js";
import { json, type SqlDatabase } from "./sql-database.js";

const KEY = "repository_id = $1 AND run_id = $2 AND run_attempt = $3";

export function sqlMonitorHistory(db: SqlDatabase): MonitorHistoryStore {
  return {
    async addMonitorRun(key, run, receivedAt) {
      const rows = await db.query(
        `INSERT INTO monitor_runs (repository_id, run_id, run_attempt, measured_at, run, received_at)
         VALUES ($1, $2, $3, $4::timestamptz, $5::jsonb, $6::timestamptz)
         ON CONFLICT (repository_id, run_id, run_attempt) DO NOTHING RETURNING run_id`,
        [key.repositoryId, key.runId, key.runAttempt, run.at, JSON.stringify(run), receivedAt.toISOString()],
      );
      return rows.length === 1;
    },

    async monitorRunsBefore(repositoryId, before, limit) {
      const rows = await db.query(
        `SELECT run FROM (
           SELECT run, measured_at, run_id, run_attempt FROM monitor_runs
           WHERE repository_id = $1 AND measured_at < $2::timestamptz
           ORDER BY measured_at DESC, run_id DESC, run_attempt DESC LIMIT $3
         ) AS newest ORDER BY measured_at, run_id, run_attempt`,
        [repositoryId, before, limit],
      );
      return rows.map((row) => json(row.run) as MonitorRun);
    },

    async newestMonitorRunAt(repositoryId) {
      const rows = await db.query(
        "SELECT max(measured_at) AS at FROM monitor_runs WHERE repository_id = $1",
        [repositoryId],
      );
      const at = rows[0]?.at;
      return at === null || at === undefined ? null : new Date(at as string | Date).toISOString();
    },

    async monitorRunActed(key) {
      const rows = await db.query(`SELECT acted_at FROM monitor_runs WHERE ${KEY}`, [
        key.repositoryId,
        key.runId,
        key.runAttempt,
      ]);
      return rows[0]?.acted_at !== null && rows[0]?.acted_at !== undefined;
    },

    async markMonitorRunActed(key, judged, at) {
      await db.query(`UPDATE monitor_runs SET run = $4::jsonb, acted_at = $5::timestamptz WHERE ${KEY}`, [
        key.repositoryId,
        key.runId,
        key.runAttempt,
        JSON.stringify(judged),
        at.toISOString(),
      ]);
    },
  };
}
