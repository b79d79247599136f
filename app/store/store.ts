/**
 * What the app remembers, behind one interface with two adapters of the same schema: embedded
 * PostgreSQL (PGlite, a data directory; one app process) and a PostgreSQL server (DATABASE_URL;
 * several replicas). Reports are kept per repository, commit, workflow and variant; comment ids per
 * pull request and workflow; deliveries already handled; and, for deployment gates, pending gates
 * and every decision made about them.
 */
import type { Report } from "../../src/report/types.js";

export interface ReportKey {
  /** GitHub's repository id: stable across renames and transfers. */
  repositoryId: number;
  commit: string;
  workflowId: number;
  /** "" for the artifact named plain `slipway-report`, else the `<variant>` of `slipway-report-<variant>`. */
  variant: string;
}

export interface StoredReport extends ReportKey {
  repository: string;
  workflowName: string;
  branch: string | null;
  event: string;
  /**
   * The repository's own code on a push, schedule or manual run — never a pull request's run,
   * whose report a fork controls. Only trusted reports serve as baselines, trends and gate facts.
   */
  trusted: boolean;
  runId: number;
  runAttempt: number;
  runUrl: string;
  runCreatedAt: Date;
  passed: boolean;
  report: Report;
}

export interface MetricsAtCommit {
  commit: string;
  variant: string;
  runCreatedAt: Date;
  metrics: Record<string, number>;
}

export type GateState = "pending" | "approved" | "rejected" | "expired";

/** A deployment waiting on Slipway's protection rule (deployment_protection_rule.requested). */
export interface NewGate {
  repositoryId: number;
  repository: string;
  installationId: number;
  environment: string;
  deploymentId: number;
  sha: string;
  ref: string;
  /** `deployment_callback_url` from the request: where the answer is posted. */
  callbackUrl: string;
  requestedAt: Date;
  /** When to give up and answer "rejected (expired)". */
  expiresAt: Date | null;
  /** When to decide again without an event (a freeze window or soak time ending). */
  recheckAt: Date | null;
  /** Whatever the gate handler needs again later (deployer, pull requests…), as JSON. */
  context: Record<string, unknown>;
}

export interface Gate extends NewGate {
  id: number;
  state: GateState;
  reasons: string[];
  /** The status comment kept up to date while pending. */
  statusCommentId: number | null;
  updatedAt: Date;
  decidedAt: Date | null;
}

export type DecisionOutcome = "approved" | "rejected" | "pending" | "expired";

/** One evaluation of a policy, kept as the audit trail: the facts it saw and the reasons it gave. */
export interface NewDecision {
  gateId: number | null;
  repositoryId: number;
  environment: string;
  deploymentId: number | null;
  sha: string;
  outcome: DecisionOutcome;
  reasons: string[];
  facts: unknown;
  decidedAt: Date;
  deliveryId: string | null;
}

export interface Decision extends NewDecision {
  id: number;
}

export interface Store {
  /** True the first time a delivery id is claimed; false for a duplicate (GitHub redelivers). */
  claimDelivery(deliveryId: string, event: string, at: Date): Promise<boolean>;
  /** Forgets a claim whose handling failed, so a redelivery is handled again. */
  releaseDelivery(deliveryId: string): Promise<void>;
  /** Deletes claims older than `before`; returns how many. */
  pruneDeliveries(before: Date): Promise<number>;

  /**
   * Keeps a report unless the store holds a newer run's for the same key, or a trusted one that
   * this untrusted one would replace. Returns whether it was written.
   */
  saveReport(report: StoredReport): Promise<boolean>;
  /** Reports of a commit (all variants), optionally of one workflow and trusted only. */
  reportsAt(
    repositoryId: number,
    commit: string,
    filter?: { workflowId?: number; trustedOnly?: boolean },
  ): Promise<StoredReport[]>;
  /** The newest trusted reports (all variants of one commit) of a workflow on a branch. */
  latestOnBranch(repositoryId: number, workflowId: number, branch: string): Promise<StoredReport[]>;
  /** Metrics of the last `limit` trusted commits of a workflow on a branch, oldest first. */
  branchMetrics(
    repositoryId: number,
    workflowId: number,
    branch: string,
    limit: number,
  ): Promise<MetricsAtCommit[]>;

  commentId(repositoryId: number, pullNumber: number, workflowId: number): Promise<number | null>;
  saveCommentId(
    repositoryId: number,
    pullNumber: number,
    workflowId: number,
    commentId: number,
  ): Promise<void>;
  forgetCommentId(repositoryId: number, pullNumber: number, workflowId: number): Promise<void>;

  /** Runs `fn` while no other caller (in any replica sharing the store) runs under the same key. */
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;

  /** Records a pending gate; a gate already known (same deployment and environment) is returned as stored. */
  saveGate(gate: NewGate): Promise<Gate>;
  gate(repositoryId: number, deploymentId: number, environment: string): Promise<Gate | null>;
  /** Pending gates, by repository and/or commit, or those due for a recheck. */
  pendingGates(filter?: { repositoryId?: number; sha?: string; dueBefore?: Date }): Promise<Gate[]>;
  /** Updates a gate while it is still pending; false once it was settled. */
  updatePendingGate(
    id: number,
    changes: { reasons?: string[]; statusCommentId?: number | null; recheckAt?: Date | null; at: Date },
  ): Promise<boolean>;
  /** Settles a pending gate. True for exactly one caller: the one who must answer GitHub. */
  settleGate(id: number, state: Exclude<GateState, "pending">, reasons: string[], at: Date): Promise<boolean>;
  recordDecision(decision: NewDecision): Promise<Decision>;
  /** Newest first. */
  decisions(repositoryId: number, environment: string, options?: { limit?: number }): Promise<Decision[]>;

  close(): Promise<void>;
}
