import { describe, expect, test } from "@jest/globals";
import {
  describeRule,
  formatChange,
  formatNumber,
  type MetricRow,
  metricRows,
  modelVerdict,
  paramRows,
} from "../../src/report/model-summary.js";
import type { RuleResult } from "../../src/report/types.js";
import { buildModelReport as modelReport } from "../model/helpers/build-model-report.js";

const row = (partial: Partial<MetricRow>): MetricRow => ({
  metric: "m",
  primary: false,
  base: null,
  head: null,
  delta: null,
  verdict: null,
  rules: [],
  ...partial,
});

describe("formatNumber", () => {
  test.each([
    [0.86123456, "0.8612"],
    [0.5, "0.5"],
    [12, "12"],
    [-0.0123456, "-0.01235"],
    [1234.5678, "1234.6"],
    [0.00001234, "1.23e-5"],
    [null, "—"],
  ])("%s → %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe("formatChange", () => {
  test.each([
    [row({ base: 0.8, head: 0.82, delta: 0.82 - 0.8, verdict: "better" }), "+0.02 (+2.5%) better"],
    [row({ base: 0.2, head: 0.21, delta: 0.21 - 0.2, verdict: "worse" }), "+0.01 (+5%) worse"],
    [row({ base: 0.9, head: 0.85, delta: 0.85 - 0.9 }), "−0.05 (−5.556%)"],
    [row({ base: 0, head: 0.1, delta: 0.1 }), "+0.1"],
    [row({ base: 0.5, head: 0.5, delta: 0 }), "0"],
    [row({ base: null, head: 0.5 }), "new"],
    [row({ base: 0.5, head: null }), "removed"],
  ])("%j → %s", (r, text) => {
    expect(formatChange(r)).toBe(text);
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
    [rule({ rule: "max-drop", threshold: 0.01, baseline: null, delta: null }), "max-drop 0.01 (no baseline)"],
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
    expect(main[1]).toMatchObject({ base: 5, head: 4, delta: -1, verdict: "worse" });
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
    expect(paramRows(modelReport({ params, params_baseline, baseline: {} }))).toEqual([
      { name: "dropout", change: "removed", base: 0.5, head: undefined },
      { name: "lr", change: "changed", base: 0.01, head: 0.02 },
      { name: "seed", change: "added", base: undefined, head: 1 },
    ]);
    expect(paramRows(modelReport({ params, params_baseline, baseline: null }))).toEqual([]);
  });

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
  ])("verdict %#", (report, text) => {
    expect(modelVerdict(report)).toBe(text);
  });
});
