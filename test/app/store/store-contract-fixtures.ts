/** Builders the store contract's suites share: a fresh repository id per test, a clock, rows to store. */
import type { NewApproval, NewGate, RunResult, StoredReport } from "../../../app/store/store.js";
import { buildReport } from "../helpers/build-report.js";

let nextRepository = 1000;
export const newRepository = () => nextRepository++;
const T0 = new Date("2026-03-02T10:00:00Z");
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
export const sha = (n: number) => n.toString(16).padStart(40, "0");

export function stored(overrides: Partial<StoredReport> = {}): StoredReport {
  const commit = overrides.commit ?? sha(1);
  return {
    repositoryId: 1,
    commit,
    workflowId: 77,
    variant: "",
    repository: "acme/churn",
    workflowName: "ml",
    branch: "main",
    event: "push",
    trusted: true,
    runId: 500,
    runAttempt: 1,
    runUrl: "https://github.com/acme/churn/actions/runs/500",
    runCreatedAt: at(0),
    passed: true,
    report: buildReport({ commit }),
    ...overrides,
  };
}

export function gate(repositoryId: number, overrides: Partial<NewGate> = {}): NewGate {
  return {
    repositoryId,
    repository: "acme/churn",
    installationId: 9,
    environment: "production",
    deploymentId: 4242,
    sha: sha(7),
    ref: "refs/heads/main",
    callbackUrl: "https://api.github.com/repos/acme/churn/actions/runs/1/deployment_protection_rule",
    requestedAt: at(0),
    expiresAt: at(60 * 24),
    recheckAt: null,
    context: { deployer: "alice", pulls: [12] },
    ...overrides,
  };
}

export function runResult(overrides: Partial<RunResult> = {}): RunResult {
  return {
    repositoryId: 1,
    runId: 900,
    runAttempt: 1,
    workflowId: 77,
    workflowName: "ml",
    headSha: sha(3),
    runUrl: "https://github.com/acme/churn/actions/runs/900",
    runCreatedAt: at(0),
    heads: [{ variant: "", report: buildReport({ commit: sha(3) }) }],
    unreadable: [{ artifact: "slipway-report-b", message: "not valid JSON" }],
    receivedAt: at(1),
    ...overrides,
  };
}

export function approval(repositoryId: number, overrides: Partial<NewApproval> = {}): NewApproval {
  return {
    repositoryId,
    pullNumber: 12,
    source: "comment",
    sourceId: 5001,
    login: "alice",
    environment: "production",
    url: "https://github.com/acme/churn/pull/12#issuecomment-5001",
    at: at(1),
    receivedAt: at(2),
    deliveryId: "d-1",
    ...overrides,
  };
}
