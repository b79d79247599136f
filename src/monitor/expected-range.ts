/**
 * The robust expected range of a metric from its past values: median ± sensitivity × 1.4826 × MAD
 * (the MAD scaled to a normal standard deviation), widened to at least 5% of the median so a
 * metric that never moved does not flag its first wiggle.
 */
import type { ExpectedRange } from "./types.js";

export const MAD_TO_SIGMA = 1.4826;
export const MIN_RELATIVE_WIDTH = 0.05;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) {
    throw new Error(
      "median() of no values: a metric is judged against its history only once min-history runs exist",
    );
  }
  // An odd count has one middle value; an even one (at least two) the mean of the two around it.
  const lower = sorted.length % 2 === 1 ? undefined : sorted[middle - 1];
  return lower === undefined ? upper : (lower + upper) / 2;
}

export function expectedRange(
  past: readonly { at: string; value: number }[],
  sensitivity: number,
): ExpectedRange {
  const values = past.map((p) => p.value);
  const center = median(values);
  const mad = median(values.map((value) => Math.abs(value - center)));
  const halfWidth = Math.max(sensitivity * MAD_TO_SIGMA * mad, MIN_RELATIVE_WIDTH * Math.abs(center), 1e-9);
  return {
    low: center - halfWidth,
    high: center + halfWidth,
    median: center,
    mad,
    runs: past.map((p) => p.at),
  };
}
