/**
 * Which statistical test compares a column, with which threshold, and how its result becomes
 * "drifted" — Evidently's defaults (evidently/legacy/calculations/stattests/registry.py):
 *
 *   reference ≤ 1000 values: numeric → KS, or chi-square / z when both datasets together hold ≤ 5
 *   distinct values (z when ≤ 2); categorical → chi-square, z for ≤ 2 categories. Drift when p < 0.05.
 *   reference > 1000 values: numeric → normalised Wasserstein, Jensen–Shannon when ≤ 5 distinct
 *   values; categorical → Jensen–Shannon. Drift when the distance ≥ 0.1.
 */
import type { DriftTestName } from "../../config/schema.js";
import type { DriftTest } from "../../report/types.js";

export type ColumnKind = "numeric" | "categorical";

/** Evidently switches from p-value tests to distances above this many reference values. */
export const SMALL_REFERENCE_MAX = 1000;
/** Evidently treats ≤ 5 distinct values (both datasets together) of a numeric column like categories. */
export const FEW_VALUES_MAX = 5;

export const P_VALUE_TESTS: ReadonlySet<DriftTest> = new Set(["ks", "chi2", "z"]);

export const DEFAULT_THRESHOLDS: Record<DriftTest, number> = {
  ks: 0.05,
  chi2: 0.05,
  z: 0.05,
  psi: 0.1,
  wasserstein: 0.1,
  jensenshannon: 0.1,
  linf: 0.1,
};

/** The column kinds each test applies to (Evidently's allowed_feature_types; linf bins numbers like PSI). */
export const TEST_KINDS: Record<DriftTest, readonly ColumnKind[]> = {
  ks: ["numeric"],
  wasserstein: ["numeric"],
  chi2: ["categorical"],
  z: ["categorical"],
  psi: ["numeric", "categorical"],
  jensenshannon: ["numeric", "categorical"],
  linf: ["numeric", "categorical"],
};

export interface TestChoiceInput {
  kind: ColumnKind;
  /** Non-null values in the reference column. */
  referenceCount: number;
  /** Distinct values in both datasets together (exact up to FEW_VALUES_MAX; any larger number means "more"). */
  distinctValues: number;
  /** The method for every column (config `method`, CLI --method). */
  method: DriftTestName;
  threshold?: number | undefined;
  /** This column's own settings (config `columns.<name>`), which win. */
  columnMethod?: DriftTestName | undefined;
  columnThreshold?: number | undefined;
}

export type TestChoice =
  | { ok: true; test: DriftTest; threshold: number; note?: string }
  /** A method named for this very column does not apply to its kind: a configuration error. */
  | { ok: false; test: DriftTest; detail: string };

export function autoTest(kind: ColumnKind, referenceCount: number, distinctValues: number): DriftTest {
  const fewValues = distinctValues <= FEW_VALUES_MAX;
  if (referenceCount <= SMALL_REFERENCE_MAX) {
    if (kind === "categorical" || fewValues) return distinctValues > 2 ? "chi2" : "z";
    return "ks";
  }
  if (kind === "categorical" || fewValues) return "jensenshannon";
  return "wasserstein";
}

export function chooseTest(input: TestChoiceInput): TestChoice {
  const auto = autoTest(input.kind, input.referenceCount, input.distinctValues);
  const threshold = (test: DriftTest) => input.columnThreshold ?? input.threshold ?? DEFAULT_THRESHOLDS[test];
  if (input.columnMethod && input.columnMethod !== "auto") {
    const test = input.columnMethod;
    if (!TEST_KINDS[test].includes(input.kind))
      return { ok: false, test, detail: kindMismatch(test, input.kind) };
    return { ok: true, test, threshold: threshold(test) };
  }
  // A column entry without its own method (zod fills in "auto") keeps the method for every column.
  if (input.method !== "auto") {
    const test = input.method;
    if (TEST_KINDS[test].includes(input.kind)) return { ok: true, test, threshold: threshold(test) };
    return {
      ok: true,
      test: auto,
      threshold: threshold(auto),
      note: `${kindMismatch(test, input.kind)}; used ${auto}, the automatic choice`,
    };
  }
  return { ok: true, test: auto, threshold: threshold(auto) };
}

/** Evidently: KS drifts at p ≤ threshold, chi-square and z at p < threshold, distances at ≥ threshold. */
export function isDrifted(
  test: DriftTest,
  statistic: number,
  pValue: number | undefined,
  threshold: number,
): boolean {
  if (test === "ks") return (pValue ?? 1) <= threshold;
  if (P_VALUE_TESTS.has(test)) return (pValue ?? 1) < threshold;
  return statistic >= threshold;
}

function kindMismatch(test: DriftTest, kind: ColumnKind): string {
  const fits = TEST_KINDS[test].join(" and ");
  const others = (Object.keys(TEST_KINDS) as DriftTest[]).filter((t) => TEST_KINDS[t].includes(kind));
  return `${test} applies to ${fits} columns and this column is ${kind} (for it: ${others.join(", ")})`;
}
