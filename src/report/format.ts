/**
 * Numbers as every rendering prints them (terminal, job summary, PR comment): metric values,
 * signed changes between two values, and percents. One place, so the value a reader sees and
 * the change printed beside it can never disagree:
 *
 * - a value keeps 4 significant digits (integers whole, ≥ 1000 one decimal, tiny ones as 1.23e-5);
 * - a change is "±0" when both values print alike, or when it is float noise (under 1e-12 of the
 *   values): `0.04165 → 0.04165` is never `+6.939e-18`;
 * - otherwise its sign and its percent come from the same difference, so they always agree.
 */

/** Significant digits of a metric value. */
const DIGITS = 4;
/** A difference this small against the values is floating-point noise, whatever is printed. */
const NOISE = 1e-12;

/** "0.8612", "12", "1234.6", "1.23e-5", "—" for no value, "NaN", "∞". */
export function formatNumber(value: number | null | undefined, digits = DIGITS): string {
  if (value === null || value === undefined) return "—";
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 10 ** (digits - 1)) return String(Number(value.toFixed(1)));
  if (abs < 1e-4) return exponential(value, digits - 1);
  return String(Number(value.toPrecision(digits)));
}

/** A share in percent (0–100): "12.5%", "<0.1%" for a share too small to show, "0%". */
export function formatPercent(percent: number): string {
  if (percent > 0 && percent < 0.1) return "<0.1%";
  return `${Number(percent.toFixed(1))}%`;
}

/** A share as a fraction (0–1), in percent. */
export function formatShare(share: number): string {
  return formatPercent(share * 100);
}

/** The difference between two values, as it is shown. */
export interface Change {
  /** head − base. */
  delta: number;
  /** "none" when the change is too small to show: both values print alike, or it is float noise. */
  direction: "up" | "down" | "none";
  /** The change relative to |base| in percent; null when base is 0 or there is no change to show. */
  percent: number | null;
}

/** The change from base to head; null when either is not a finite number (nothing to compare). */
export function measureChange(base: number, head: number): Change | null {
  if (!Number.isFinite(base) || !Number.isFinite(head)) return null;
  const delta = head - base;
  const scale = Math.max(Math.abs(base), Math.abs(head));
  if (delta === 0 || Math.abs(delta) <= scale * NOISE || formatNumber(base) === formatNumber(head)) {
    return { delta, direction: "none", percent: null };
  }
  const percent = base === 0 ? null : (delta / Math.abs(base)) * 100;
  return { delta, direction: delta > 0 ? "up" : "down", percent };
}

/** "+0.02 (+2.5%)", "−0.003", "±0"; "—" when there is nothing to compare. `percent: false`: "+0.02". */
export function formatChange(change: Change | null, options: { percent?: boolean } = {}): string {
  if (change === null) return "—";
  if (change.direction === "none") return "±0";
  const sign = change.direction === "up" ? "+" : "−";
  const amount = `${sign}${formatNumber(Math.abs(change.delta))}`;
  if (change.percent === null || options.percent === false) return amount;
  return `${amount} (${sign}${percentMagnitude(change.percent)})`;
}

/** Whether a change is an improvement, given which way is better; null when there is no change. */
export function changeVerdict(
  change: Change | null,
  better: "higher" | "lower" | null | undefined,
): "better" | "worse" | null {
  if (!change || change.direction === "none" || !better) return null;
  return (change.direction === "up") === (better === "higher") ? "better" : "worse";
}

/**
 * |percent| to one decimal ("13.8%"); below 0.1% to two significant digits, so a real change never
 * prints as "0.0%". Rounded to 12 digits first: 0.91 − 0.8 is 0.10999…, and 13.75% is 13.8%.
 */
function percentMagnitude(percent: number): string {
  const abs = Number(Math.abs(percent).toPrecision(12));
  if (abs >= 0.1) return `${abs.toFixed(1)}%`;
  return `${abs < 1e-4 ? exponential(abs, 2) : String(Number(abs.toPrecision(2)))}%`;
}

/** "1.23e-5", trailing zeros of the mantissa dropped ("6e-6", not "6.00e-6"). */
function exponential(value: number, significant: number): string {
  const [mantissa, exponent] = value.toExponential(significant - 1).split("e");
  return `${String(Number(mantissa))}e${Number(exponent)}`;
}
