/** A repository as the gate finds it on GitHub: a policy on main, a merged PR, reports, reviews. */
import { emptyReport, mergeReport } from "../../../src/report/merge-report.js";
import type { DataReport, ModelReport } from "../../../src/report/types.js";
import { zipFiles } from "../../helpers/github/make-zip.js";
import type { GateScenario } from "../../helpers/github/scenarios.js";

export const REPO = "acme/churn";
export const COMMIT = "0123456789abcdef0123456789abcdef01234567";
export const POLICY = `version: 1
environments:
  production:
    require: [data, model]
    approvals: 2
    approvers: [alice, "@acme/ml-leads"]
    branches: [main]
    tags: ["v*"]
    after: { environment: staging, soak: 1h }
    freeze:
      - { cron: "0 17 * * 5", duration: 64h, timezone: Europe/Paris }
    override-approvers: [erin]
`;

const data: DataReport = {
  dataset: "train",
  path: "data/train.csv",
  format: "csv",
  rows: 10,
  columns: 3,
  valid: true,
  seconds: 0.1,
  checks: [],
  errors: [],
  drift: null,
};
const model = (passed: boolean): ModelReport => ({
  passed,
  tests: { passed: 3, failed: 0, skipped: 0, failures: [] },
  metrics: { f1: 0.9 },
  baseline: null,
  baseline_ref: null,
  rules: [{ metric: "f1", rule: "min", threshold: 0.85, value: 0.9, passed }],
  params: {},
  params_baseline: {},
});

export async function reportZip(modelPassed = true): Promise<Buffer> {
  const report = mergeReport(emptyReport({ commit: COMMIT, repository: REPO }), {
    data: [data],
    model: model(modelPassed),
  });
  return zipFiles({ "slipway-report.json": JSON.stringify(report) });
}

export async function liveScenario(overrides: Partial<GateScenario> = {}): Promise<GateScenario> {
  return {
    repository: REPO,
    policy: POLICY,
    refs: { "refs/tags/v1.2.0": { sha: COMMIT, tagObject: "f".repeat(40) } },
    pulls: { [COMMIT]: [{ number: 12, author: "carol" }] },
    reviews: {
      12: [
        { user: "alice", state: "APPROVED", submitted_at: "2025-01-08T08:00:00Z" },
        { user: "carol", state: "COMMENTED", submitted_at: "2025-01-08T08:10:00Z" },
      ],
    },
    comments: {
      12: [
        {
          user: "dave",
          body: "/slipway approve production\nlooked at the drift",
          created_at: "2025-01-08T09:00:00Z",
        },
        { user: "carol", body: "/slipway approve production", created_at: "2025-01-08T09:01:00Z" },
      ],
    },
    teams: { "acme/ml-leads": ["dave", "frank"] },
    deployments: [
      {
        id: 501,
        sha: COMMIT,
        environment: "staging",
        statuses: [
          { state: "in_progress", created_at: "2025-01-08T06:00:00Z" },
          { state: "success", created_at: "2025-01-08T06:05:00Z" },
          { state: "inactive", created_at: "2025-01-08T09:30:00Z" },
        ],
      },
    ],
    runs: [
      { id: 900, headSha: COMMIT, artifacts: [{ id: 91, name: "slipway-report", zip: await reportZip() }] },
      // A pull request's run of the same commit: a fork controls it, so it is no evidence.
      {
        id: 901,
        headSha: COMMIT,
        event: "pull_request",
        artifacts: [{ id: 92, name: "slipway-report", zip: await reportZip(false) }],
      },
    ],
    ...overrides,
  };
}
