/**
 * The Store on PostgreSQL SQL, shared by both adapters: they differ only in how a query reaches the
 * database and how a lock is held (see pglite-store.ts, pg-store.ts). Values cross the seam as
 * text for timestamps and JSON, because the two drivers convert dates, arrays and bigints
 * differently; rows come back through the `to*` mappers for the same reason.
 */
import type { Report } from "../../src/report/types.js";
import { migrations } from "./migrations.js";
import type {
  Decision,
  Gate,
  GateState,
  MetricsAtCommit,
  NewDecision,
  Store,
  StoredReport,
} from "./store.js";

export type Row = Record<string, unknown>;

export interface SqlQuerier {
  query(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface SqlDatabase extends SqlQuerier {
  transaction<T>(fn: (tx: SqlQuerier) => Promise<T>): Promise<T>;
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Applies the migrations not yet applied, under a lock so replicas starting together do not race. */
export async function migrate(db: SqlDatabase): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('slipway:migrate', 0))");
    await tx.query(
      `CREATE TABLE IF NOT EXISTS slipway_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const applied = new Set(
      (await tx.query("SELECT version FROM slipway_migrations")).map((r) => Number(r.version)),
    );
    const ran: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query("INSERT INTO slipway_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      ran.push(migration.version);
    }
    return ran;
  });
}

export function sqlStore(db: SqlDatabase): Store {
  return {
    async claimDelivery(deliveryId, event, at) {
      const rows = await db.query(
        "INSERT INTO deliveries (id, event, claimed_at) VALUES ($1, $2, $3::timestamptz) ON CONFLICT (id) DO NOTHING RETURNING id",
        [deliveryId, event, at.toISOString()],
      );
      return rows.length === 1;
    },

    async releaseDelivery(deliveryId) {
      await db.query("DELETE FROM deliveries WHERE id = $1", [deliveryId]);
    },

    async pruneDeliveries(before) {
      const rows = await db.query("DELETE FROM deliveries WHERE claimed_at < $1::timestamptz RETURNING id", [
        before.toISOString(),
      ]);
      return rows.length;
    },

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
      return rows.map(toStoredReport);
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
      return rows.map(toStoredReport);
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
          runCreatedAt: toDate(row.run_created_at)!,
          metrics: (json(row.metrics) as Record<string, number> | null) ?? {},
        }),
      );
    },

    async commentId(repositoryId, pullNumber, workflowId) {
      const rows = await db.query(
        "SELECT comment_id FROM comments WHERE repository_id = $1 AND pull_number = $2 AND workflow_id = $3",
        [repositoryId, pullNumber, workflowId],
      );
      return rows[0] ? Number(rows[0].comment_id) : null;
    },

    async saveCommentId(repositoryId, pullNumber, workflowId, commentId) {
      await db.query(
        `INSERT INTO comments (repository_id, pull_number, workflow_id, comment_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (repository_id, pull_number, workflow_id) DO UPDATE SET comment_id = EXCLUDED.comment_id`,
        [repositoryId, pullNumber, workflowId, commentId],
      );
    },

    async forgetCommentId(repositoryId, pullNumber, workflowId) {
      await db.query(
        "DELETE FROM comments WHERE repository_id = $1 AND pull_number = $2 AND workflow_id = $3",
        [repositoryId, pullNumber, workflowId],
      );
    },

    withLock: (key, fn) => db.withLock(key, fn),

    async saveGate(gate) {
      const inserted = await db.query(
        `INSERT INTO gates (repository_id, repository, installation_id, environment, deployment_id, sha, ref,
           callback_url, context, requested_at, expires_at, recheck_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::timestamptz, $11::timestamptz, $12::timestamptz,
           $10::timestamptz)
         ON CONFLICT (repository_id, deployment_id, environment) DO NOTHING
         RETURNING *`,
        [
          gate.repositoryId,
          gate.repository,
          gate.installationId,
          gate.environment,
          gate.deploymentId,
          gate.sha,
          gate.ref,
          gate.callbackUrl,
          JSON.stringify(gate.context),
          gate.requestedAt.toISOString(),
          gate.expiresAt?.toISOString() ?? null,
          gate.recheckAt?.toISOString() ?? null,
        ],
      );
      if (inserted[0]) return toGate(inserted[0]);
      const existing = await this.gate(gate.repositoryId, gate.deploymentId, gate.environment);
      if (!existing)
        throw new Error(`gate ${gate.repository}#${gate.deploymentId} vanished while being saved`);
      return existing;
    },

    async gate(repositoryId, deploymentId, environment) {
      const rows = await db.query(
        "SELECT * FROM gates WHERE repository_id = $1 AND deployment_id = $2 AND environment = $3",
        [repositoryId, deploymentId, environment],
      );
      return rows[0] ? toGate(rows[0]) : null;
    },

    async pendingGates(filter = {}) {
      const params: unknown[] = [];
      const where = ["state = 'pending'"];
      if (filter.repositoryId !== undefined) {
        params.push(filter.repositoryId);
        where.push(`repository_id = $${params.length}`);
      }
      if (filter.sha !== undefined) {
        params.push(filter.sha);
        where.push(`sha = $${params.length}`);
      }
      if (filter.dueBefore !== undefined) {
        params.push(filter.dueBefore.toISOString());
        const at = `$${params.length}::timestamptz`;
        where.push(`(recheck_at <= ${at} OR expires_at <= ${at})`);
      }
      const rows = await db.query(`SELECT * FROM gates WHERE ${where.join(" AND ")} ORDER BY id`, params);
      return rows.map(toGate);
    },

    async updatePendingGate(id, changes) {
      const params: unknown[] = [id, changes.at.toISOString()];
      const set = ["updated_at = $2::timestamptz"];
      if (changes.reasons !== undefined) {
        params.push(JSON.stringify(changes.reasons));
        set.push(`reasons = $${params.length}::jsonb`);
      }
      if (changes.statusCommentId !== undefined) {
        params.push(changes.statusCommentId);
        set.push(`status_comment_id = $${params.length}`);
      }
      if (changes.recheckAt !== undefined) {
        params.push(changes.recheckAt?.toISOString() ?? null);
        set.push(`recheck_at = $${params.length}::timestamptz`);
      }
      const rows = await db.query(
        `UPDATE gates SET ${set.join(", ")} WHERE id = $1 AND state = 'pending' RETURNING id`,
        params,
      );
      return rows.length === 1;
    },

    async settleGate(id, state, reasons, at) {
      const rows = await db.query(
        `UPDATE gates SET state = $2, reasons = $3::jsonb, decided_at = $4::timestamptz, updated_at = $4::timestamptz,
           recheck_at = NULL
         WHERE id = $1 AND state = 'pending' RETURNING id`,
        [id, state, JSON.stringify(reasons), at.toISOString()],
      );
      return rows.length === 1;
    },

    async recordDecision(decision) {
      const rows = await db.query(
        `INSERT INTO decisions (gate_id, repository_id, environment, deployment_id, sha, outcome, reasons, facts,
           decided_at, delivery_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9::timestamptz, $10) RETURNING id`,
        [
          decision.gateId,
          decision.repositoryId,
          decision.environment,
          decision.deploymentId,
          decision.sha,
          decision.outcome,
          JSON.stringify(decision.reasons),
          JSON.stringify(decision.facts ?? null),
          decision.decidedAt.toISOString(),
          decision.deliveryId,
        ],
      );
      return { ...decision, id: Number(rows[0]!.id) };
    },

    async decisions(repositoryId, environment, options = {}) {
      const rows = await db.query(
        `SELECT * FROM decisions WHERE repository_id = $1 AND environment = $2
         ORDER BY decided_at DESC, id DESC LIMIT $3`,
        [repositoryId, environment, options.limit ?? 100],
      );
      return rows.map(toDecision);
    },

    close: () => db.close(),
  };
}

function toStoredReport(row: Row): StoredReport {
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
    runCreatedAt: toDate(row.run_created_at)!,
    passed: Boolean(row.passed),
    report: json(row.report) as Report,
  };
}

function toGate(row: Row): Gate {
  return {
    id: Number(row.id),
    repositoryId: Number(row.repository_id),
    repository: String(row.repository),
    installationId: Number(row.installation_id),
    environment: String(row.environment),
    deploymentId: Number(row.deployment_id),
    sha: String(row.sha),
    ref: String(row.ref),
    callbackUrl: String(row.callback_url),
    state: String(row.state) as GateState,
    reasons: json(row.reasons) as string[],
    statusCommentId: row.status_comment_id === null ? null : Number(row.status_comment_id),
    context: json(row.context) as Record<string, unknown>,
    requestedAt: toDate(row.requested_at)!,
    expiresAt: toDate(row.expires_at),
    recheckAt: toDate(row.recheck_at),
    updatedAt: toDate(row.updated_at)!,
    decidedAt: toDate(row.decided_at),
  };
}

function toDecision(row: Row): Decision {
  const decision: NewDecision = {
    gateId: row.gate_id === null ? null : Number(row.gate_id),
    repositoryId: Number(row.repository_id),
    environment: String(row.environment),
    deploymentId: row.deployment_id === null ? null : Number(row.deployment_id),
    sha: String(row.sha),
    outcome: String(row.outcome) as Decision["outcome"],
    reasons: json(row.reasons) as string[],
    facts: json(row.facts),
    decidedAt: toDate(row.decided_at)!,
    deliveryId: row.delivery_id === null ? null : String(row.delivery_id),
  };
  return { id: Number(row.id), ...decision };
}

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(String(value));
}

/** jsonb arrives parsed from both drivers (pg's and PGlite's default type parsers). */
function json(value: unknown): unknown {
  return value;
}
