/**
 * The bounds infer-schema writes: outward rounding that never cuts into the data and prints as
 * written, the default margin, the `--margin` forms, dates by whole days.
 */
import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import {
  type BoundsMargin,
  DEFAULT_MARGIN,
  dateBounds,
  describeMargin,
  numberBounds,
  parseMargin,
  roundOutward,
} from "../../src/data/schema-bounds.js";
import { InputError } from "../../src/errors.js";

describe("roundOutward", () => {
  it.each<[number, number, "up" | "down", number]>([
    [0.9900700000000001, 2, "up", 1],
    [0.9900700000000001, 2, "down", 0.99],
    [0.30000000000000004, 2, "up", 0.31], // pandas' float noise: 0.3 would cut the value off
    [0.30000000000000004, 2, "down", 0.3],
    [0.99999, 2, "down", 0.99], // not 0.9: a step down keeps two digits
    [-0.99999, 2, "up", -0.99],
    [0.95, 1, "down", 0.9],
    [-0.95, 1, "up", -0.9],
    [4254, 2, "up", 4300],
    [6.981, 2, "down", 6.9],
    [-3.14, 2, "down", -3.2],
    [-3.14, 2, "up", -3.1],
    [1.234e-7, 2, "up", 1.3e-7],
    [69, 2, "up", 69],
    [1782.25, 2, "up", 1800],
    [1000.5, 2, "down", 1000],
    [123456789, 3, "up", 124000000],
    [0, 2, "up", 0],
    // -0 (a sample's minimum can be -0.0) is drafted as 0: YAML would print "-0".
    [-0, 2, "down", 0],
  ])("%p to %p digits, %s: %p", (value, digits, direction, expected) => {
    expect(roundOutward(value, digits, direction)).toBe(expected);
  });

  it("never cuts into the value, keeps at most the digits asked for, and prints as written", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        fc.integer({ min: 1, max: 6 }),
        (value, digits) => {
          const up = roundOutward(value, digits, "up");
          const down = roundOutward(value, digits, "down");
          expect(up).toBeGreaterThanOrEqual(value);
          expect(down).toBeLessThanOrEqual(value);
          // A decimal of at most `digits` significant digits, so it prints as that decimal.
          for (const bound of [up, down]) expect(Number(bound.toPrecision(digits))).toBe(bound);
        },
      ),
    );
  });
});

describe("numberBounds", () => {
  const exact: BoundsMargin = { kind: "exact" };
  it.each<[string, number, number, boolean, BoundsMargin, [number, number]]>([
    ["default: half the range out, never below zero, 2 digits", 6.981, 28.11, false, DEFAULT_MARGIN, [0, 39]],
    ["default on integers", 20, 69, true, DEFAULT_MARGIN, [0, 94]],
    ["default on negative data stays negative", -5, -1, true, DEFAULT_MARGIN, [-7, 0]],
    ["default on data crossing zero", -2, 2, false, DEFAULT_MARGIN, [-4, 4]],
    ["a constant column: its size is the scale", 3, 3, true, DEFAULT_MARGIN, [1, 5]],
    ["10% of the range", 100, 200, false, { kind: "range", share: 0.1, digits: 2 }, [90, 210]],
    ["digits only", 0.50001, 0.9900700000000001, false, { kind: "digits", digits: 2 }, [0.5, 1]],
    ["exact", 0.5, 0.9900700000000001, false, exact, [0.5, 0.9900700000000001]],
    ["integers stay whole", 1, 7, true, { kind: "digits", digits: 1 }, [1, 7]],
  ])("%s", (_, min, max, integer, margin, expected) => {
    const { minimum, maximum } = numberBounds(min, max, { integer, margin });
    expect([minimum, maximum]).toEqual(expected);
  });
});

describe("dateBounds", () => {
  it("moves dates out by whole days under a range margin, keeps them otherwise", () => {
    expect(dateBounds("2024-01-10", "2024-09-18", DEFAULT_MARGIN)).toEqual({
      minimum: "2023-09-06",
      maximum: "2025-01-22",
    });
    expect(dateBounds("2024-01-10", "2024-09-18", { kind: "digits", digits: 2 })).toEqual({
      minimum: "2024-01-10",
      maximum: "2024-09-18",
    });
    expect(dateBounds("31/01/2024", "2024-09-18", DEFAULT_MARGIN)).toEqual({
      minimum: "31/01/2024",
      maximum: "2024-09-18",
    });
  });
});

describe("parseMargin", () => {
  it.each<[string, BoundsMargin]>([
    ["0", { kind: "exact" }],
    ["exact", { kind: "exact" }],
    ["50%", DEFAULT_MARGIN],
    ["12.5%", { kind: "range", share: 0.125, digits: 2 }],
    ["3", { kind: "digits", digits: 3 }],
  ])("%s", (text, margin) => {
    expect(parseMargin(text)).toEqual(margin);
  });

  it.each(["", "-1", "50", "abc", "2000%", "1.5"])("refuses %p naming the flag and the forms", (text) => {
    expect(() => parseMargin(text)).toThrow(InputError);
    expect(() => parseMargin(text)).toThrow(/must be 0 .*"50%".* such as 2, not/);
  });

  it("is described in the drafted schema's header", () => {
    expect(describeMargin(DEFAULT_MARGIN)).toBe(
      "bounds are the observed range widened by 50% of it on each side (never across zero) and rounded outward to 2 significant digits",
    );
  });
});
