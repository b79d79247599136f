/**
 * What the app remembers, behind one interface with two adapters of the same schema: embedded
 * PostgreSQL (PGlite, a data directory; one app process) and a PostgreSQL server (DATABASE_URL;
 * several replicas). One part per concern, each with its own SQL module: deliveries (leases),
 * reports and run results, comment ids, approvals (events), and deployment gates with their
 * decisions and answers.
 */
import type { CommentMemo } from "../../src/github/upsert-comment.js";
import type { Report } from "../../src/report/types.js";
import type { MonitorHistoryStore } from "./monitor-history-store.js";

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

/** What one attempt of a workflow run produced: the reports read and those that could not be. */
export interface RunResult {
  repositoryId: number;
  runId: number;
  runAttempt: number;
  workflowId: number;
  workflowName: string;
  headSha: string;
  runUrl: string;
  runCreatedAt: Date;
  heads: { variant: string; report: Report }[];
  unreadable: { artifact: string; message: string }[];
  receivedAt: Date;
}

export type ClaimResult =
  | { claimed: true }
  /** Handled already (GitHub redelivered, or another replica finished it). */
  | { claimed: false; state: "done" }
  /** Being handled now, by this or another replica, until the lease runs out. */
  | { claimed: false; state: "claimed"; leaseUntil: Date };

/**
 * An approval as the app received it: a `/slipway approve <environment>` comment (created, never
 * edited into one) or an approving review. Withdrawn when the comment is edited or deleted, or the
 * review dismissed.
 */
export interface NewApproval {
  repositoryId: number;
  pullNumber: number;
  source: "comment" | "review";
  /** The comment's or the review's id. */
  sourceId: number;
  login: string;
  /** The environment a command approves; null for a review (it approves the pull request). */
  environment: string | null;
  url: string | null;
  /** When it happened on GitHub (created_at, submitted_at). */
  at: Date;
  receivedAt: Date;
  deliveryId: string | null;
}

export interface Approval extends NewApproval {
  withdrawnAt: Date | null;
  withdrawnWhy: string | null;
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
  /** When GitHub took the answer (or had decided already, or the deployment was gone); null until then. */
  answeredAt: Date | null;
  answer: AnswerOutcome | null;
  answerAttempts: number;
  /** When the next try to answer is due, while unanswered. */
  nextAnswerAt: Date | null;
}

export type AnswerOutcome = "accepted" | "already-decided" | "gone" | "failed";

/** One try to post a settled gate's answer to GitHub, kept in the audit trail. */
export interface GateAnswer {
  gateId: number;
  repositoryId: number;
  environment: string;
  deploymentId: number;
  state: Exclude<GateState, "pending">;
  outcome: AnswerOutcome;
  /** GitHub's HTTP status, or null when it did not answer. */
  status: number | null;
  detail: string;
  at: Date;
  deliveryId: string | null;
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

export interface DeliveryStore {
  /**
   * Takes a lease on a delivery for `leaseMs`: true the first time, and again once an earlier
   * claim's lease ran out without being completed (a crash, a store outage); false while a lease
   * is live or once the delivery was handled.
   */
  claimDelivery(deliveryId: string, event: string, at: Date, leaseMs: number): Promise<ClaimResult>;
  /** The delivery was handled: a redelivery is a duplicate from now on. */
  completeDelivery(deliveryId: string, at: Date): Promise<void>;
  /** Gives up a claim whose handling failed, so a redelivery is handled again. */
  releaseDelivery(deliveryId: string): Promise<void>;
  /** Deletes claims older than `before`; returns how many. */
  pruneDeliveries(before: Date): Promise<number>;
}

export interface ReportStore {
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
}

export interface RunResultStore {
  /** Keeps what one attempt of a run produced (a redelivery of the same attempt replaces it). */
  saveRunResult(result: RunResult): Promise<void>;
  /** The newest attempt of a run the app has seen. */
  newestAttempt(repositoryId: number, runId: number): Promise<RunResult | null>;
  /** The newest run (by creation, then id, then attempt) of a workflow on a head commit. */
  newestForHead(repositoryId: number, workflowId: number, headSha: string): Promise<RunResult | null>;
  /** Deletes results received before `before`; returns how many. */
  pruneRunResults(before: Date): Promise<number>;
}

/** The app's store remembers comment ids for the one comment upsert in src/github (its locks are the store's own). */
export type CommentStore = Omit<CommentMemo, "withLock">;

export interface ApprovalStore {
  /**
   * Records an approval as received. False when it was known already (a redelivery) or withdrawn
   * before it arrived (an edit delivered first): an approval is never revived.
   */
  recordApproval(approval: NewApproval): Promise<boolean>;
  /** Withdraws an approval for good (recorded even when the approval itself has not arrived yet). */
  withdrawApproval(
    where: { repositoryId: number; pullNumber: number; source: NewApproval["source"]; sourceId: number },
    why: string,
    at: Date,
  ): Promise<void>;
  /** Approvals standing on a pull request, oldest first. */
  approvals(
    repositoryId: number,
    pullNumber: number,
    filter?: { source?: NewApproval["source"]; withdrawn?: boolean },
  ): Promise<Approval[]>;
}

export interface GateStore {
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
  /**
   * Settles a pending gate, its answer due at once. True for exactly one caller: the one who must
   * answer GitHub.
   */
  settleGate(id: number, state: Exclude<GateState, "pending">, reasons: string[], at: Date): Promise<boolean>;
  /** Settled gates GitHub has not taken the answer of, by repository and/or due for their next try. */
  unansweredGates(filter?: { repositoryId?: number; dueBefore?: Date }): Promise<Gate[]>;
  /**
   * Keeps a try to answer in the audit trail; an answer GitHub took (or had decided already, or
   * the deployment is gone) marks the gate answered, a failure sets when to try again.
   */
  recordAnswer(answer: GateAnswer, retryAt: Date | null): Promise<void>;
  /** Newest first. */
  answers(repositoryId: number, environment: string, options?: { limit?: number }): Promise<GateAnswer[]>;
  recordDecision(decision: NewDecision): Promise<Decision>;
  /** Newest first. */
  decisions(repositoryId: number, environment: string, options?: { limit?: number }): Promise<Decision[]>;
}

export interface Store
  extends DeliveryStore,
    ReportStore,
    RunResultStore,
    CommentStore,
    ApprovalStore,
    GateStore,
    MonitorHistoryStore {
  /** Runs `fn` while no other caller (in any replica sharing the store) runs under the same key. */
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
