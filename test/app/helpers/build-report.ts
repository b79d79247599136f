/** Small builders for slipway/report@1 reports, as the steps write them. Every documented field is present. */
import type {
  CheckResult,
  DataReport,
  ModelReport,
  PackageReport,
  Report,
} from "../../../src/report/types.js";

export function checkResult(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    id: "age.minimum",
    column: "age",
    check: "minimum",
    expected: 0,
    unexpected_count: 0,
    unexpected_percent: 0,
    mostly: 1,
    success: true,
    samples: [],
    ...overrides,
  };
}

export function dataReport(overrides: Partial<DataReport> = {}): DataReport {
  const report: DataReport = {
    dataset: "train",
    path: "data/train.csv",
    format: "csv",
    rows: 1000,
    columns: 5,
    valid: true,
    seconds: 0.4,
    checks: [checkResult()],
    errors: [],
    drift: null,
    ...overrides,
  };
  return report;
}

export function modelReport(overrides: Partial<ModelReport> = {}): ModelReport {
  return {
    passed: true,
    tests: { passed: 12, failed: 0, skipped: 1, failures: [] },
    metrics: { accuracy: 0.91, f1_macro: 0.88, log_loss: 0.31 },
    baseline: { accuracy: 0.9, f1_macro: 0.87, log_loss: 0.33 },
    baseline_ref: "origin/main",
    rules: [{ metric: "accuracy", rule: "min", threshold: 0.85, value: 0.91, passed: true }],
    params: { n_estimators: 200, max_depth: 8 },
    params_baseline: { n_estimators: 100, max_depth: 8 },
    ...overrides,
  };
}

export function packageReport(overrides: Partial<PackageReport> = {}): PackageReport {
  return {
    image: "ghcr.io/acme/churn-model",
    tags: ["ghcr.io/acme/churn-model:sha-abc1234"],
    digest: "sha256:2f1c4c2d1b9f0e8a7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706",
    size_bytes: 212_000_000,
    labels: { "org.opencontainers.image.title": "churn-model" },
    smoke: { passed: true, seconds: 2.5 },
    ...overrides,
  };
}

export function buildReport(overrides: Partial<Report> = {}): Report {
  const report: Report = {
    schema: "slipway/report@1",
    commit: "0".repeat(40),
    ref: "refs/heads/feature",
    repository: "Codertocat/Hello-World",
    run: {
      id: 1,
      attempt: 1,
      workflow: "ml",
      url: "https://github.com/Codertocat/Hello-World/actions/runs/1",
    },
    passed: true,
    data: [dataReport()],
    model: modelReport(),
    package: packageReport(),
    ...overrides,
  };
  if (overrides.passed === undefined) {
    report.passed =
      report.data.every((d) => d.valid) &&
      (report.model?.passed ?? true) &&
      (report.package?.smoke?.passed ?? true);
  }
  return report;
}
