/**
 * Agreement with a scipy reference: 1e-6 relative, as the drift brief requires. Only an expected 0
 * (identical distributions) is compared absolutely, and values in the subnormal range (below
 * 1e-300), where a double has too few bits left for a relative comparison, count as equal.
 */
import { expect } from "@jest/globals";

export const RELATIVE = 1e-6;
const ZERO = 1e-12;
const SUBNORMAL = 1e-300;

export function expectClose(actual: number, expected: number | null, label: string): void {
  // Python's json prints inf as Infinity and nan as NaN, which JSON.parse refuses: the scripts send null.
  if (expected === null || !Number.isFinite(expected)) {
    expect({ label, actual }).toEqual({ label, actual: expected ?? Number.NaN });
    return;
  }
  const error = Math.abs(actual - expected);
  const ok = expected === 0 ? error <= ZERO : error <= RELATIVE * Math.abs(expected) || error <= SUBNORMAL;
  if (!ok) {
    throw new Error(
      `${label}: got ${actual}, scipy ${expected} (relative error ${error / Math.abs(expected)})`,
    );
  }
}
