import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import {
  changeVerdict,
  formatChange,
  formatNumber,
  formatPercent,
  formatShare,
  measureChange,
} from "../../src/report/format.js";

describe("formatNumber", () => {
  test.each([
    [0.86123456, "0.8612"],
    [0.5, "0.5"],
    [12, "12"],
    [-0.0123456, "-0.01235"],
    [1234.5678, "1234.6"],
    [0.00001234, "1.23e-5"],
    [0.000006, "6e-6"],
    [0.04165, "0.04165"],
    [null, "—"],
    [undefined, "—"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "∞"],
  ])("%s → %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  test("more digits when asked", () => {
    expect(formatNumber(0.86123456, 6)).toBe("0.861235");
  });
});

describe("formatPercent and formatShare", () => {
  test.each([
    [12.345, "12.3%"],
    [0.05, "<0.1%"],
    [0, "0%"],
    [100, "100%"],
  ])("%s%% → %s", (percent, text) => {
    expect(formatPercent(percent)).toBe(text);
    expect(formatShare(percent / 100)).toBe(text);
  });
});

describe("measureChange and formatChange", () => {
  test.each([
    ["a rise", 0.8, 0.82, "+0.02 (+2.5%)"],
    ["a fall", 0.9, 0.85, "−0.05 (−5.6%)"],
    ["from zero: no percent", 0, 0.1, "+0.1"],
    ["no change", 0.5, 0.5, "±0"],
    // The finding: brier | 0.04165 | 0.04165 | +6.939e-18 (−0.0%) 🔴
    ["float noise", 0.04165, 0.04165 + 6.939e-18, "±0"],
    ["below the printed precision", 0.8, 0.80004, "±0"],
    ["a change the values show", 0.8, 0.80006, "+6e-5 (+0.0075%)"],
    ["a rise from a negative base", -2, -1, "+1 (+50.0%)"],
    ["0.91 − 0.8 is not 13.749…%", 0.8, 0.91, "+0.11 (+13.8%)"],
    ["large values", 12345.6, 12345.7, "+0.1 (+0.00081%)"],
  ])("%s: %s → %s is %s", (_, base, head, text) => {
    expect(formatChange(measureChange(base, head))).toBe(text);
  });

  test("nothing to compare with a value that is not a number", () => {
    expect(measureChange(Number.NaN, 1)).toBeNull();
    expect(formatChange(measureChange(1, Number.POSITIVE_INFINITY))).toBe("—");
  });

  test.each([
    [0.8, 0.82, "higher", "better"],
    [0.8, 0.82, "lower", "worse"],
    [0.2, 0.1, "lower", "better"],
    [0.04165, 0.04165 + 6.939e-18, "lower", null],
    [0.8, 0.82, null, null],
  ] as const)("%s → %s, %s is better: %s", (base, head, better, verdict) => {
    expect(changeVerdict(measureChange(base, head), better)).toBe(verdict);
  });
});

/** Pairs of values as metrics meet them: anywhere, close together, and equal up to float noise. */
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
const pairs = fc.oneof(
  fc.tuple(finite, finite),
  // Close: the same value moved by a relative step from noise to a few percent.
  fc
    .tuple(finite, fc.constantFrom(1e-17, 1e-14, 1e-12, 1e-9, 1e-6, 1e-5, 1e-4, 1e-3, 0.05), fc.boolean())
    .map(([base, step, up]) => [base, base * (1 + (up ? step : -step))] as [number, number]),
  // The same metric computed two ways (0.1 + 0.2 vs 0.3): a few ulps apart.
  fc
    .tuple(
      fc.integer({ min: 1, max: 999 }),
      fc.integer({ min: 1, max: 999 }),
      fc.integer({ min: 1, max: 999 }),
    )
    .map(([a, b, c]) => [(a + b) / c, a / c + b / c] as [number, number]),
);

describe("changes that mean something (properties)", () => {
  test("±0 exactly when both values print alike or the difference is float noise", () => {
    fc.assert(
      fc.property(pairs, ([base, head]) => {
        const shown = formatChange(measureChange(base, head));
        const alike = formatNumber(base) === formatNumber(head);
        const noise = Math.abs(head - base) <= Math.max(Math.abs(base), Math.abs(head)) * 1e-12;
        expect(shown === "±0").toBe(alike || noise);
      }),
      { numRuns: 5000 },
    );
  });

  test("a change that is shown has the difference's sign, and its percent the same sign and never 0", () => {
    fc.assert(
      fc.property(pairs, ([base, head]) => {
        const shown = formatChange(measureChange(base, head));
        if (shown === "±0") return;
        const match = /^([+−])(\S+)(?: \(([+−])(\S+)%\))?$/.exec(shown);
        expect(match).not.toBeNull();
        const [, sign, amount, percentSign, percent] = match!;
        expect(sign).toBe(head > base ? "+" : "−");
        expect(Number(amount)).toBeGreaterThan(0);
        if (base === 0) expect(percentSign).toBeUndefined();
        else {
          expect(percentSign).toBe(sign);
          expect(Number(percent)).toBeGreaterThan(0);
        }
      }),
      { numRuns: 5000 },
    );
  });

  test("an unchanged value is never called better or worse", () => {
    fc.assert(
      fc.property(
        pairs,
        fc.constantFrom("higher", "lower") as fc.Arbitrary<"higher" | "lower">,
        ([base, head], better) => {
          const change = measureChange(base, head);
          const verdict = changeVerdict(change, better);
          expect(verdict === null).toBe(formatChange(change) === "±0");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
