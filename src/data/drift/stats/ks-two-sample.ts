/**
 * The p-value of the two-sample Kolmogorov–Smirnov test from its statistic and the two sample
 * sizes, as scipy.stats.ks_2samp(method="auto", alternative="two-sided") computes it: exact when
 * both samples have at most 10 000 values (Hodges' lattice-path counts: the "outside the square"
 * series for equal sizes, Viehmann's numerically stable inside-method recursion otherwise), else the
 * Kolmogorov distribution with n = round(n1·n2 / (n1 + n2)). Like scipy, the exact branch rounds the
 * statistic to the lattice h / lcm(n1, n2) and reports that rounded value.
 */
import { kolmogornSf } from "./kolmogorov.js";

const MAX_AUTO_N = 10000;

export interface KsResult {
  statistic: number;
  pValue: number;
  method: "exact" | "asymp";
}

export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y) [x, y] = [y, x % y];
  return x;
}

/** numpy's round: halves go to the even neighbour. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** P(D_{n,n} ≥ h/n): 2·A0(1 − A1(1 − A2(…))), evaluated Horner-like as scipy does to avoid cancellation. */
export function probOutsideSquare(n: number, h: number): number {
  let P = 0.0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1.0;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1.0 - P);
    k -= 1;
  }
  return 2 * P;
}

/** 1 − (share of lattice paths staying strictly inside |x/m − y/n| < h/lcm), Viehmann's recursion. */
export function probOutsideInsideMethod(m0: number, n0: number, g: number, h: number): number {
  const [m, n] = m0 < n0 ? [n0, m0] : [m0, n0];
  const mg = Math.floor(m / g);
  const ng = Math.floor(n / g);
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0.0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1.0;
    let val = minj === 0 ? 0.0 : 1.0;
    // A read past A's end is NaN, as it was in arithmetic on the undefined it returns; ksTwoSample
    // then takes the asymptotic p-value, as scipy does for an exact sum that is not a probability.
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = ((A[jj + minj - lastminj] ?? Number.NaN) * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
  }
  return A[maxj - minj - 1] ?? Number.NaN;
}

/** Two-sided ks_2samp p-value for the statistic d = max |F1 − F2| of samples of sizes n1 and n2. */
export function ksTwoSample(d: number, n1: number, n2: number): KsResult {
  if (!(n1 > 0 && n2 > 0)) throw new RangeError("ks_2samp needs two non-empty samples");
  const g = gcd(n1, n2);
  let statistic = d;
  if (Math.max(n1, n2) <= MAX_AUTO_N) {
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    statistic = (h * 1.0) / lcm;
    if (h === 0) return { statistic, pValue: 1.0, method: "exact" };
    const prob = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideInsideMethod(n1, n2, g, h);
    // scipy falls back to the asymptotic distribution when the exact sum leaves [0, 1].
    if (prob >= 0 && prob <= 1) return { statistic, pValue: prob, method: "exact" };
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (m * n) / (m + n);
  const pValue = kolmogornSf(roundHalfEven(en), statistic);
  return { statistic, pValue: Math.min(1, Math.max(0, pValue)), method: "asymp" };
}
