import { describe, expect, it } from "@jest/globals";
import {
  autoTest,
  chooseTest,
  isDrifted,
  type TestChoiceInput,
} from "../../../src/data/drift/choose-test.js";
import type { DriftTest } from "../../../src/report/types.js";

describe("autoTest: Evidently's default per column", () => {
  it.each<[string, TestChoiceInput["kind"], number, number, DriftTest]>([
    ["small numeric", "numeric", 1000, 50, "ks"],
    ["small numeric, 5 values", "numeric", 1000, 5, "chi2"],
    ["small numeric, 3 values", "numeric", 10, 3, "chi2"],
    ["small numeric, 2 values", "numeric", 1000, 2, "z"],
    ["small categorical", "categorical", 999, 12, "chi2"],
    ["small categorical, 2 values", "categorical", 500, 2, "z"],
    ["small categorical, 1 value", "categorical", 500, 1, "z"],
    ["large numeric", "numeric", 1001, 6, "wasserstein"],
    ["large numeric, 5 values", "numeric", 1001, 5, "jensenshannon"],
    ["large categorical", "categorical", 5000, 2, "jensenshannon"],
  ])("%s → %s", (_, kind, referenceCount, distinctValues, test) => {
    expect(autoTest(kind, referenceCount, distinctValues)).toBe(test);
  });
});

describe("chooseTest: global and per-column methods and thresholds", () => {
  const base: TestChoiceInput = {
    kind: "numeric",
    referenceCount: 5000,
    distinctValues: 100,
    method: "auto",
  };
  it.each<[string, Partial<TestChoiceInput>, ReturnType<typeof chooseTest>]>([
    ["auto with its default threshold", {}, { ok: true, test: "wasserstein", threshold: 0.1 }],
    ["auto, p-value default", { referenceCount: 100 }, { ok: true, test: "ks", threshold: 0.05 }],
    ["global method", { method: "psi" }, { ok: true, test: "psi", threshold: 0.1 }],
    ["global threshold", { threshold: 0.3 }, { ok: true, test: "wasserstein", threshold: 0.3 }],
    ["column method wins", { method: "psi", columnMethod: "ks" }, { ok: true, test: "ks", threshold: 0.05 }],
    [
      "column threshold wins",
      { threshold: 0.3, columnThreshold: 0.02 },
      { ok: true, test: "wasserstein", threshold: 0.02 },
    ],
    [
      "a column entry without a method keeps the global method",
      { method: "jensenshannon", columnMethod: "auto", columnThreshold: 0.2 },
      { ok: true, test: "jensenshannon", threshold: 0.2 },
    ],
    [
      "global method that does not fit falls back to auto, with a note",
      { kind: "categorical", method: "wasserstein" },
      {
        ok: true,
        test: "jensenshannon",
        threshold: 0.1,
        note: "wasserstein applies to numeric columns and this column is categorical (for it: chi2, z, psi, jensenshannon, linf); used jensenshannon, the automatic choice",
      },
    ],
    [
      "column method that does not fit is an error",
      { columnMethod: "chi2" },
      {
        ok: false,
        test: "chi2",
        detail:
          "chi2 applies to categorical columns and this column is numeric (for it: ks, wasserstein, psi, jensenshannon, linf)",
      },
    ],
  ])("%s", (_, input, expected) => {
    expect(chooseTest({ ...base, ...input })).toEqual(expected);
  });
});

describe("isDrifted: Evidently's comparison per test", () => {
  it.each<[DriftTest, number, number | undefined, number, boolean]>([
    ["ks", 0.3, 0.05, 0.05, true], // KS drifts at p ≤ threshold
    ["ks", 0.3, 0.0500001, 0.05, false],
    ["chi2", 10, 0.05, 0.05, false], // chi-square and z at p < threshold
    ["chi2", 10, 0.0499, 0.05, true],
    ["z", 3, 0.05, 0.05, false],
    ["wasserstein", 0.1, undefined, 0.1, true], // distances at ≥ threshold
    ["psi", 0.0999, undefined, 0.1, false],
    ["jensenshannon", 0.1, undefined, 0.1, true],
    ["linf", 0.2, undefined, 0.25, false],
  ])("%s statistic %d p %d threshold %d → %s", (test, statistic, pValue, threshold, drifted) => {
    expect(isDrifted(test, statistic, pValue, threshold)).toBe(drifted);
  });
});
