/**
 * ln Γ(a) and the regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), from which
 * the chi-square and normal tail probabilities follow. Hand-written because no maintained npm
 * package for this is installed here and the few lines below are standard (Numerical Recipes' series
 * and Lentz continued fraction); what matters for agreement with scipy (cephes igamc) is the
 * prefactor x^a e^-x / Γ(a), which we compute without cancellation for large a (many categories)
 * as a·log1pmx((x−a)/a) plus Stirling's series.
 */

const EPS = Number.EPSILON;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000_000;
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** Below this, ln Γ is reached by the recurrence Γ(a+1) = aΓ(a); above, Stirling's series is exact to 1e-17. */
const STIRLING_FROM = 15;

/** Stirling's correction ln Γ(a) − [(a − ½) ln a − a + ½ ln 2π], for a ≥ STIRLING_FROM. */
function stirlingCorrection(a: number): number {
  const r = 1 / a;
  const r2 = r * r;
  // Bernoulli terms B2k / (2k (2k−1) a^(2k−1)), k = 1..7.
  return (
    r *
    (1 / 12 +
      r2 *
        (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 / 156))))))
  );
}

/** ln Γ(a) for a > 0. */
export function lnGamma(a: number): number {
  if (!(a > 0)) return Number.NaN;
  let shift = 0;
  let x = a;
  // ln(a (a+1) … (a+k−1)), summed as logs so that tiny a does not lose digits.
  while (x < STIRLING_FROM) {
    shift += Math.log(x);
    x += 1;
  }
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + stirlingCorrection(x) - shift;
}

/** ln(1 + t) − t without cancellation near 0. */
export function log1pmx(t: number): number {
  if (Math.abs(t) < 0.25) {
    // −t²/2 + t³/3 − t⁴/4 + …: term k is (−1)^(k+1) t^k.
    let term = t;
    let sum = 0;
    for (let k = 2; k < 200; k++) {
      term *= -t;
      const add = term / k;
      sum += add;
      if (Math.abs(add) < EPS * Math.abs(sum)) break;
    }
    return sum;
  }
  return Math.log1p(t) - t;
}

/** ln(x^a e^-x / Γ(a)). */
function logPrefactor(a: number, x: number): number {
  if (a < STIRLING_FROM) return a * Math.log(x) - x - lnGamma(a);
  // a ln x − x − ln Γ(a) = a·log1pmx((x−a)/a) + ½ ln(a / 2π) − correction(a): no large terms cancel.
  return a * log1pmx((x - a) / a) + 0.5 * Math.log(a) - HALF_LOG_2PI - stirlingCorrection(a);
}

/** P(a, x) by its power series, for x < a + 1. */
function lowerSeries(a: number, x: number): number {
  let denominator = a;
  let term = 1 / a;
  let sum = term;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    denominator += 1;
    term *= x / denominator;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(logPrefactor(a, x));
}

/** Q(a, x) by its continued fraction (modified Lentz), for x ≥ a + 1. */
function upperContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(logPrefactor(a, x)) * h;
}

/** Regularised upper incomplete gamma Q(a, x), as scipy.special.gammaincc. */
export function gammaQ(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x < a + 1) return Math.min(1, Math.max(0, 1 - lowerSeries(a, x)));
  return Math.min(1, Math.max(0, upperContinuedFraction(a, x)));
}

/** Survival function of the chi-square distribution, as scipy.stats.chi2.sf(x, df). */
export function chi2Sf(x: number, df: number): number {
  if (!(df > 0)) return Number.NaN;
  if (x <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}

/** Two-sided normal tail 2·P(Z > |z|), as 2 * scipy.stats.norm.sf(abs(z)): erfc(|z|/√2) = Q(½, z²/2). */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return gammaQ(0.5, (z * z) / 2);
}
