import { describe, expect, test } from "@jest/globals";
import { reportFacts } from "../../src/gate/report-facts.js";
import { emptyReport, mergeReport } from "../../src/report/merge-report.js";
import type { DataReport, ModelReport, PackageReport } from "../../src/report/types.js";

const data = (dataset: string, valid: boolean): DataReport => ({
  dataset,
  path: `data/${dataset}.csv`,
  format: "csv",
  rows: 10,
  columns: 3,
  valid,
  seconds: 0.1,
  checks: [],
  errors: [],
  drift: null,
});
const model = (passed: boolean, failedTests = 0): ModelReport => ({
  passed,
  tests: { passed: 3, failed: failedTests, skipped: 0, failures: [] },
  metrics: { f1: 0.8 },
  baseline: null,
  baseline_ref: null,
  rules: [{ metric: "f1", rule: "min", threshold: 0.9, value: 0.8, passed: passed }],
  params: {},
  params_baseline: {},
});
const pkg = (smoke: PackageReport["smoke"]): PackageReport => ({
  image: "ghcr.io/acme/churn",
  tags: [],
  digest: null,
  size_bytes: 1,
  labels: {},
  smoke,
});
const run = { id: 7, attempt: 1, workflow: "ml", url: "https://github.com/acme/churn/actions/runs/7" };

describe("reportFacts", () => {
  test("a report with every part passing", () => {
    const report = mergeReport(emptyReport({ run }), {
      data: [data("train", true), data("test", true)],
      model: model(true),
      package: pkg({ passed: true, seconds: 2 }),
    });
    expect(reportFacts(report)).toEqual([
      { part: "data", passed: true, detail: "2 datasets valid", source: run.url },
      { part: "model", passed: true, detail: "tests and metric rules passed", source: run.url },
      {
        part: "package",
        passed: true,
        detail: "image ghcr.io/acme/churn passed its smoke test",
        source: run.url,
      },
    ]);
  });

  test("failures name what failed", () => {
    const report = mergeReport(emptyReport(), {
      data: [data("train", true), data("test", false)],
      model: model(false, 2),
      package: pkg({ passed: false, seconds: 2 }),
    });
    expect(reportFacts(report, "slipway-report.json")).toEqual([
      { part: "data", passed: false, detail: "invalid: test", source: "slipway-report.json" },
      {
        part: "model",
        passed: false,
        detail: "2 tests failed; rules failed: f1",
        source: "slipway-report.json",
      },
      {
        part: "package",
        passed: false,
        detail: "image ghcr.io/acme/churn failed its smoke test",
        source: "slipway-report.json",
      },
    ]);
  });

  test("a rule not evaluated is neither named as failed nor passed over in silence", () => {
    const unjudged = {
      metric: "auc",
      rule: "max-drop",
      threshold: 0.01,
      value: 0.8,
      baseline: null,
      delta: null,
      passed: false,
      state: "not-evaluated" as const,
      reason: "no-baseline",
    };
    const passing = mergeReport(emptyReport(), { model: { ...model(true), rules: [unjudged] } });
    expect(reportFacts(passing)).toEqual([
      {
        part: "model",
        passed: true,
        detail: "tests and metric rules passed; 1 rule not evaluated: no baseline",
      },
    ]);
    const failing = mergeReport(emptyReport(), {
      model: { ...model(false), rules: [...model(false).rules, unjudged] },
    });
    expect(reportFacts(failing)[0]).toMatchObject({ passed: false, detail: "rules failed: f1" });
  });

  test("an image nobody ran is no evidence; parts that did not run say nothing", () => {
    const report = mergeReport(emptyReport(), { package: pkg(null) });
    expect(reportFacts(report)).toEqual([
      {
        part: "package",
        passed: false,
        detail: expect.stringMatching(/was not smoke-tested \(set package.sample\)/),
      },
    ]);
    expect(reportFacts(emptyReport())).toEqual([]);
  });
});
