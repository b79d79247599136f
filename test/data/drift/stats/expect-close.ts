/** Agreement with a scipy reference: relative 1e-6 (absolute 1e-12 near zero), as the drift brief requires. */
import { expect } from "@jest/globals";

export const RELATIVE = 1e-6;
const ABSOLUTE = 1e-12;

export function expectClose(actual: number, expected: number | null, label: string): void {
  // Python's json prints inf as Infinity and nan as NaN, which JSON.parse refuses: the scripts send null.
  if (expected === null || !Number.isFinite(expected)) {
    expect({ label, actual }).toEqual({ label, actual: expected ?? Number.NaN });
    return;
  }
  const error = Math.abs(actual - expected);
  const ok = error <= ABSOLUTE || error <= RELATIVE * Math.abs(expected);
  if (!ok)
    throw new Error(
      `${label}: got ${actual}, scipy ${expected} (relative error ${error / Math.abs(expected)})`,
    );
}
