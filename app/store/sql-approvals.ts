/**
 * Approvals as events. A row is written when the app receives an approval and never revived once
 * withdrawn; an edit or deletion delivered before the approval itself leaves a withdrawn row with
 * no author (a tombstone), so the late approval is refused too.
 */
import { type Row, type SqlDatabase, toDate, toRequiredDate, toStringOrNull } from "./sql-database.js";
import type { Approval, ApprovalStore } from "./store.js";

export function sqlApprovals(db: SqlDatabase): ApprovalStore {
  return {
    async recordApproval(approval) {
      const rows = await db.query(
        `INSERT INTO approvals (repository_id, pull_number, source, source_id, login, environment, url, at,
           received_at, delivery_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $9::timestamptz, $10)
         ON CONFLICT (repository_id, source, source_id) DO NOTHING RETURNING source_id`,
        [
          approval.repositoryId,
          approval.pullNumber,
          approval.source,
          approval.sourceId,
          approval.login,
          approval.environment,
          approval.url,
          approval.at.toISOString(),
          approval.receivedAt.toISOString(),
          approval.deliveryId,
        ],
      );
      return rows.length === 1;
    },

    async withdrawApproval(where, why, at) {
      await db.query(
        `INSERT INTO approvals (repository_id, pull_number, source, source_id, received_at, withdrawn_at, withdrawn_why)
         VALUES ($1, $2, $3, $4, $5::timestamptz, $5::timestamptz, $6)
         ON CONFLICT (repository_id, source, source_id) DO UPDATE SET
           withdrawn_at = COALESCE(approvals.withdrawn_at, EXCLUDED.withdrawn_at),
           withdrawn_why = COALESCE(approvals.withdrawn_why, EXCLUDED.withdrawn_why)`,
        [where.repositoryId, where.pullNumber, where.source, where.sourceId, at.toISOString(), why],
      );
    },

    async approvals(repositoryId, pullNumber, filter = {}) {
      const params: unknown[] = [repositoryId, pullNumber];
      const where = ["repository_id = $1", "pull_number = $2", "login IS NOT NULL"];
      if (filter.source !== undefined) {
        params.push(filter.source);
        where.push(`source = $${params.length}`);
      }
      if (!filter.withdrawn) where.push("withdrawn_at IS NULL");
      const rows = await db.query(
        `SELECT * FROM approvals WHERE ${where.join(" AND ")} ORDER BY at, source_id`,
        params,
      );
      return rows.map(toApproval);
    },
  };
}

function toApproval(row: Row): Approval {
  return {
    repositoryId: Number(row.repository_id),
    pullNumber: Number(row.pull_number),
    source: String(row.source) as Approval["source"],
    sourceId: Number(row.source_id),
    login: String(row.login),
    environment: toStringOrNull(row.environment),
    url: toStringOrNull(row.url),
    at: toRequiredDate(row.at, "at"),
    receivedAt: toRequiredDate(row.received_at, "received_at"),
    deliveryId: toStringOrNull(row.delivery_id),
    withdrawnAt: toDate(row.withdrawn_at),
    withdrawnWhy: toStringOrNull(row.withdrawn_why),
  };
}
