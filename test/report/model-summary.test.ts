import { describe, expect, test } from "@jest/globals";
import { measureChange } from "../../src/report/format.js";
import {
  describeChange,
  describeRule,
  type MetricRow,
  metricRows,
  modelVerdict,
  paramRows,
} from "../../src/report/model-summary.js";
import type { RuleResult } from "../../src/report/types.js";
import { buildModelReport as modelReport } from "../model/helpers/build-model-report.js";

const row = (base: number | null, head: number | null, verdict: MetricRow["verdict"] = null): MetricRow => ({
  metric: "m",
  primary: false,
  base,
  head,
  change: base !== null && head !== null ? measureChange(base, head) : null,
  verdict,
  rules: [],
});

describe("describeChange", () => {
  test.each([
    [row(0.8, 0.82, "better"), "+0.02 (+2.5%) better"],
    [row(0.2, 0.21, "worse"), "+0.01 (+5.0%) worse"],
    [row(0.9, 0.85), "−0.05 (−5.6%)"],
    [row(0, 0.1), "+0.1"],
    [row(0.5, 0.5), "±0"],
    [row(null, 0.5), "new"],
    [row(0.5, null), "removed"],
  ])("%j → %s", (r, text) => {
    expect(describeChange(r)).toBe(text);
  });
});

describe("describeRule", () => {
  const rule = (partial: Partial<RuleResult>): RuleResult => ({
    metric: "m",
    rule: "min",
    threshold: 0,
    value: 0,
    passed: true,
    ...partial,
  });
  test.each([
    [rule({ rule: "min", threshold: 0.8 }), "min 0.8"],
    [rule({ rule: "max", threshold: 0.25 }), "max 0.25"],
    [rule({ rule: "max-drop", threshold: 0.01, baseline: 0.9, delta: -0.001 }), "max-drop 0.01"],
    [rule({ rule: "max-rise%", threshold: 5, baseline: 0.2, delta: 0 }), "max-rise 5%"],
    [
      rule({
        rule: "max-drop",
        threshold: 0.01,
        state: "not-evaluated",
        reason: "no-baseline",
        passed: false,
      }),
      "max-drop 0.01 (not evaluated: no baseline)",
    ],
    [
      rule({
        rule: "max-drop",
        threshold: 0.01,
        state: "not-evaluated",
        reason: "not-in-baseline",
        passed: false,
      }),
      "max-drop 0.01 (not evaluated: not in the baseline)",
    ],
    [
      rule({ rule: "max-rise%", threshold: 5, state: "failed", reason: "no-baseline", passed: false }),
      "max-rise 5% (no baseline; model.require-baseline)",
    ],
    // A report written before rule states: a change rule with no baseline was "passed".
    [
      rule({ rule: "max-drop", threshold: 0.01, baseline: null, delta: null }),
      "max-drop 0.01 (not evaluated: no baseline)",
    ],
  ])("%j → %s", (r, text) => {
    expect(describeRule(r)).toBe(text);
  });
});

describe("metricRows", () => {
  test("primary first, then failed rules, other rules, changed metrics; unchanged ones fold away", () => {
    const report = modelReport({
      metrics: { same: 1, changed: 2, ruled: 3, failing: 4, primary: 5, added: 6 },
      baseline: { same: 1, changed: 1, ruled: 3, failing: 5, primary: 5, dropped: 7 },
      primary: "primary",
      directions: { failing: "higher" },
      rules: [
        { metric: "ruled", rule: "min", threshold: 0, value: 3, passed: true },
        { metric: "failing", rule: "min", threshold: 4.5, value: 4, passed: false },
      ],
    });
    const { main, more } = metricRows(report);
    expect(main.map((r) => r.metric)).toEqual(["primary", "failing", "ruled", "changed"]);
    expect(more.map((r) => r.metric)).toEqual(["same", "added", "dropped"]);
    expect(main[1]).toMatchObject({ base: 5, head: 4, change: { delta: -1 }, verdict: "worse" });
  });

  test("without a baseline every metric is a main row", () => {
    const { main, more } = metricRows(modelReport({ metrics: { a: 1, b: 2 } }));
    expect(main.map((r) => r.metric)).toEqual(["a", "b"]);
    expect(more).toEqual([]);
  });
});

describe("paramRows and modelVerdict", () => {
  test("params as dvc params diff: changed, added, removed; nothing without a baseline", () => {
    const params = { lr: 0.02, depth: 6, seed: 1 };
    const params_baseline = { lr: 0.01, depth: 6, dropout: 0.5 };
    const expected = [
      { name: "dropout", change: "removed", base: 0.5 },
      { name: "lr", change: "changed", base: 0.01, head: 0.02 },
      { name: "seed", change: "added", head: 1 },
    ];
    expect(paramRows(modelReport({ params, params_baseline, baseline: {} }))).toEqual(expected);
    expect(paramRows(modelReport({ params, params_baseline: {}, baseline: null }))).toEqual([]);
    // The finding: a baseline with params but no metrics (a git ref before metrics existed) hid the diff.
    expect(paramRows(modelReport({ params, params_baseline, baseline: null }))).toEqual(expected);
  });

  test("the report's own params_changes wins; null means nothing to compare with", () => {
    const changes = [{ name: "lr", change: "changed" as const, base: 1, head: 2 }];
    expect(paramRows(modelReport({ params: { lr: 2 }, params_changes: changes }))).toEqual(changes);
    expect(
      paramRows(modelReport({ params: { lr: 2 }, params_baseline: { lr: 1 }, params_changes: null })),
    ).toEqual([]);
  });

  const notEvaluated: RuleResult = {
    metric: "b",
    rule: "max-drop",
    threshold: 0.01,
    value: 2,
    baseline: null,
    delta: null,
    passed: false,
    state: "not-evaluated",
    reason: "no-baseline",
  };

  test.each([
    [modelReport({ metrics: { a: 1 } }), "passed — 1 metrics"],
    [
      modelReport({
        passed: false,
        metrics: { a: 1, b: 2 },
        tests: { passed: 8, failed: 2, skipped: 1, failures: [] },
        rules: [
          { metric: "a", rule: "min", threshold: 2, value: 1, passed: false },
          { metric: "b", rule: "min", threshold: 1, value: 2, passed: true },
        ],
      }),
      "failed — 1 of 2 rules failed, 2 of 11 tests failed, 1 skipped, 2 metrics",
    ],
    [
      modelReport({ tests: { passed: 5, failed: 0, skipped: 0, failures: [] } }),
      "passed — 5 tests passed, 0 metrics",
    ],
    [
      // The finding: "2/2 rules met" when one of them had nothing to compare with.
      modelReport({
        metrics: { a: 1, b: 2 },
        rules: [
          { metric: "a", rule: "min", threshold: 0.5, value: 1, passed: true, state: "passed", reason: null },
          { metric: "b", rule: "min", threshold: 1, value: 2, passed: true, state: "passed", reason: null },
          notEvaluated,
        ],
      }),
      "passed — 2 rules met, 1 not evaluated: no baseline, 2 metrics",
    ],
  ])("verdict %#", (report, text) => {
    expect(modelVerdict(report)).toBe(text);
  });
});
