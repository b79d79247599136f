/** What the gate says about one deployment: the outcome, each rule's verdict in plain words, and when to look again. */

export type GateOutcome = "approved" | "rejected" | "pending";

/** pass: satisfied; fail: a hard failure (rejects); wait: not yet (keeps the gate pending). */
export type RuleStatus = "pass" | "fail" | "wait";

export type RuleName = "policy" | "facts" | "ref" | "require" | "approvals" | "freeze" | "after";

export interface RuleResult {
  rule: RuleName;
  status: RuleStatus;
  message: string;
  /** For a wait that ends by itself (freeze, soak): when. ISO 8601. */
  until?: string;
}

export interface CountedApproval {
  user: string;
  /** "review on #12", "/slipway approve on #12". */
  via: string;
  at: string | null;
}

export interface IgnoredApproval {
  user: string;
  via: string;
  /** Why it did not count, in plain words. */
  why: string;
}

export interface GateDecision {
  outcome: GateOutcome;
  environment: string;
  commit: string;
  /** The clock the decision was made at. ISO 8601. */
  decidedAt: string;
  /** For approved: what was satisfied. Otherwise: what blocks, hard failures first. */
  reasons: string[];
  rules: RuleResult[];
  /** Pending only: when the time-bound conditions (freeze, soak) are all over. ISO 8601. */
  recheckAt: string | null;
  approvals: { required: number; counted: CountedApproval[]; ignored: IgnoredApproval[] };
}
