/**
 * Survival function of the one-sided Kolmogorov–Smirnov statistic D+_n (Smirnov), as
 * scipy.special.smirnov(n, x), which scipy's two-sided Kolmogorov distribution uses in its tails.
 * Follows the structure of scipy's cephes kolmogorov.c (van Mulbregt, arXiv 1802.06966): the same
 * special cases, the same approximation above n = 10^6, the same lower Birnbaum–Tingey sum with the
 * same early stop. Where scipy uses double-double arithmetic, each term here is a binomial
 * probability computed by Loader's method, which keeps the sum accurate to ~1e-12 relative for
 * n ≤ 10^6 (summing logs of factorials would lose ~n·ε).
 */
import { binomialPmf } from "./binomial-pmf.js";

/** cephes MINLOG, ln(2^-1022). */
const MINLOG = -708.3964185322641;
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;

/** The exact product a·b as hi + lo (Dekker/Veltkamp), to take floor(n·x) without rounding. */
export function twoProduct(a: number, b: number): [number, number] {
  const hi = a * b;
  const split = (v: number): [number, number] => {
    const c = 134217729 * v; // 2^27 + 1
    const big = c - (c - v);
    return [big, v - big];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  const lo = ah * bh - hi + ah * bl + al * bh + al * bl;
  return [hi, lo];
}

/** floor(n·x) and the fractional part alpha of n·x, exactly (scipy's modNX). */
function modNX(n: number, x: number): { floor: number; alpha: number } {
  const [hi, lo] = twoProduct(n, x);
  let floor = Math.floor(hi);
  let alpha = hi - floor + lo;
  if (alpha < 0) {
    floor -= 1;
    alpha += 1;
  }
  if (alpha >= 1) {
    floor += 1;
    alpha -= 1;
  }
  return { floor, alpha };
}

/** P(D+_n ≥ x). */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;

  const { floor: nxfl, alpha } = modNX(n, x);
  // x ≤ 1/n: cdf = x (1 + x)^(n−1).
  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
    return clip(1 - x * Math.exp((n - 1) * Math.log1p(x)));
  }
  if (-2 * n * x * x < MINLOG) return 0;
  // x ≥ 1 − 1/n: sf = (1 − x)^n.
  if (nxfl >= n - 1) return clip(Math.exp(n * Math.log1p(-x)));
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    // scipy's approximation for very large n: p ~ e^(−(6nx+1)² / 18n).
    const logp = -((6.0 * n * x + 1) ** 2) / 18.0 / n;
    if (logp < -Math.LN2) return clip(Math.exp(logp));
    return clip(1 - -Math.expm1(logp));
  }

  // Lower sum: sf = x · Σ_{v=0}^{N} C(n,v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v), N the last v with 1 − x − v/n > 0.
  let lastV = n - nxfl - (alpha === 0 ? 0 : 1);
  if (alpha === 0) lastV -= 1;
  const nTerms = lastV + 1;
  const vmid = Math.floor(n / 2);
  const nx = n * x;
  let sum = Math.exp(n * Math.log1p(-x)) / x; // v = 0
  for (let v = 1; v < nTerms; v++) {
    // C(n,v) a^(v−1) b^(n−v) with a = x + v/n, b = 1 − a: a binomial probability divided by a.
    const np = nx + v;
    const term = (binomialPmf(v, n, np, n - v - nx) * n) / np;
    if (Number.isFinite(term) && term !== 0) sum += term;
    if (term !== 0) {
      // Safe to stop: the remaining terms cannot move the sum.
      if (4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1) break;
    } else if (v > vmid) {
      break;
    }
  }
  return clip(x * sum);
}

function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}
