/**
 * The binomial probability C(n, k) p^k q^(n−k) to full double precision for any n, by Loader's
 * saddle-point method ("Fast and accurate computation of binomial probabilities", 2000; also R's
 * dbinom_raw): Stirling-series remainders and a cancellation-free x·ln(x/M) + M − x. Summing logs of
 * factorials instead loses ~n·ε, which at n = 10^6 is already 1e-8 relative.
 */
import { lnGamma } from "./incomplete-gamma.js";

const LN_2PI = Math.log(2 * Math.PI);
const HALF_LN_2PI = 0.5 * LN_2PI;

/** stirlerr(n) = ln n! − [(n + ½) ln n − n + ½ ln 2π]. */
export function stirlingError(n: number): number {
  if (n <= 15) return lnGamma(n + 1) - (n + 0.5) * Math.log(n) + n - HALF_LN_2PI;
  const nn = n * n;
  // 1/12n − 1/360n³ + 1/1260n⁵ − 1/1680n⁷ + 1/1188n⁹
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / nn) / nn) / nn) / nn) / n;
}

/** x ln(x/M) + M − x, the "deviance" term, without cancellation when x ≈ M. */
export function deviance(x: number, M: number): number {
  if (Math.abs(x - M) < 0.1 * (x + M)) {
    const v = (x - M) / (x + M);
    let s = (x - M) * v;
    let ej = 2 * x * v;
    const v2 = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v2;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / M) + M - x;
}

/** C(n, k) p^k q^(n−k) given n·p and n·q (p + q = 1), for 0 < k < n. */
export function binomialPmf(k: number, n: number, np: number, nq: number): number {
  const lc =
    stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, np) - deviance(n - k, nq);
  const lf = LN_2PI + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}
