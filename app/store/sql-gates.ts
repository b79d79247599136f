/**
 * Deployment gates: pending until decided, then settled once (one caller answers GitHub), then
 * answered — or retried until GitHub takes the answer. Every decision and every try to answer is
 * kept, with its facts and reasons, as the audit trail.
 */
import {
  at,
  json,
  type Row,
  type SqlDatabase,
  toDate,
  toNumberOrNull,
  toRequiredDate,
  toStringOrNull,
} from "./sql-database.js";
import type {
  AnswerOutcome,
  Decision,
  Gate,
  GateAnswer,
  GateState,
  GateStore,
  NewDecision,
} from "./store.js";

export function sqlGates(db: SqlDatabase): GateStore {
  const gates: GateStore = {
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
      const existing = await gates.gate(gate.repositoryId, gate.deploymentId, gate.environment);
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
           recheck_at = NULL, next_answer_at = $4::timestamptz
         WHERE id = $1 AND state = 'pending' RETURNING id`,
        [id, state, JSON.stringify(reasons), at.toISOString()],
      );
      return rows.length === 1;
    },

    async unansweredGates(filter = {}) {
      const params: unknown[] = [];
      const where = ["state <> 'pending'", "answered_at IS NULL"];
      if (filter.repositoryId !== undefined) {
        params.push(filter.repositoryId);
        where.push(`repository_id = $${params.length}`);
      }
      if (filter.dueBefore !== undefined) {
        params.push(filter.dueBefore.toISOString());
        where.push(`next_answer_at <= $${params.length}::timestamptz`);
      }
      const rows = await db.query(`SELECT * FROM gates WHERE ${where.join(" AND ")} ORDER BY id`, params);
      return rows.map(toGate);
    },

    async recordAnswer(answer, retryAt) {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO gate_answers (gate_id, repository_id, environment, deployment_id, state, outcome, status,
             detail, at, delivery_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::timestamptz, $10)`,
          [
            answer.gateId,
            answer.repositoryId,
            answer.environment,
            answer.deploymentId,
            answer.state,
            answer.outcome,
            answer.status,
            answer.detail,
            answer.at.toISOString(),
            answer.deliveryId,
          ],
        );
        const answered = answer.outcome !== "failed";
        await tx.query(
          `UPDATE gates SET answer_attempts = answer_attempts + 1, answer = $2,
             answered_at = CASE WHEN $3::boolean THEN $4::timestamptz ELSE NULL END,
             next_answer_at = CASE WHEN $3::boolean THEN NULL ELSE $5::timestamptz END
           WHERE id = $1 AND answered_at IS NULL`,
          [answer.gateId, answer.outcome, answered, answer.at.toISOString(), at(retryAt)],
        );
      });
    },

    async answers(repositoryId, environment, options = {}) {
      const rows = await db.query(
        `SELECT * FROM gate_answers WHERE repository_id = $1 AND environment = $2
         ORDER BY at DESC, id DESC LIMIT $3`,
        [repositoryId, environment, options.limit ?? 100],
      );
      return rows.map(toGateAnswer);
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
      const [inserted] = rows;
      if (!inserted) throw new Error("the store returned no id for the recorded decision");
      return { ...decision, id: Number(inserted.id) };
    },

    async decisions(repositoryId, environment, options = {}) {
      const rows = await db.query(
        `SELECT * FROM decisions WHERE repository_id = $1 AND environment = $2
         ORDER BY decided_at DESC, id DESC LIMIT $3`,
        [repositoryId, environment, options.limit ?? 100],
      );
      return rows.map(toDecision);
    },
  };
  return gates;
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
    requestedAt: toRequiredDate(row.requested_at, "requested_at"),
    expiresAt: toDate(row.expires_at),
    recheckAt: toDate(row.recheck_at),
    updatedAt: toRequiredDate(row.updated_at, "updated_at"),
    decidedAt: toDate(row.decided_at),
    answeredAt: toDate(row.answered_at),
    answer: toStringOrNull(row.answer) as AnswerOutcome | null,
    answerAttempts: Number(row.answer_attempts ?? 0),
    nextAnswerAt: toDate(row.next_answer_at),
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
    decidedAt: toRequiredDate(row.decided_at, "decided_at"),
    deliveryId: row.delivery_id === null ? null : String(row.delivery_id),
  };
  return { id: Number(row.id), ...decision };
}

function toGateAnswer(row: Row): GateAnswer {
  return {
    gateId: Number(row.gate_id),
    repositoryId: Number(row.repository_id),
    environment: String(row.environment),
    deploymentId: Number(row.deployment_id),
    state: String(row.state) as GateAnswer["state"],
    outcome: String(row.outcome) as AnswerOutcome,
    status: toNumberOrNull(row.status),
    detail: String(row.detail),
    at: toRequiredDate(row.at, "at"),
    deliveryId: toStringOrNull(row.delivery_id),
  };
}
