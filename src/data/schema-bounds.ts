/**
 * The minimum and maximum `infer-schema` writes for a column, from the range it observed. A sample's
 * exact extremes make a poor bound: the next batch from the same distribution crosses them in
 * about half the columns (a split of scikit-learn's breast-cancer data failed 10 of 62 bound checks
 * while drift found nothing). So by default each bound moves out by half the observed range — never
 * across zero, so a column that was never negative still may not be — and is then rounded outward
 * to 2 significant digits, which also keeps float noise (0.9900700000000001) out of the file.
 */
import { InputError } from "../errors.js";

export type BoundsMargin =
  /** The observed minimum and maximum as they are. */
  | { kind: "exact" }
  /** The observed bounds rounded outward to this many significant digits, nothing added. */
  | { kind: "digits"; digits: number }
  /** Each bound moved out by `share` of the observed range, then rounded outward to `digits`. */
  | { kind: "range"; share: number; digits: number };

const DEFAULT_DIGITS = 2;
export const DEFAULT_MARGIN: BoundsMargin = { kind: "range", share: 0.5, digits: DEFAULT_DIGITS };

const MARGIN_HINT =
  'must be 0 (the exact observed range), a share of the range such as "50%" (the default), or a number of significant digits such as 2';

/** `--margin`: "0" (exact), "25%" (widen by a share of the range), "3" (round to 3 significant digits). */
export function parseMargin(text: string): BoundsMargin {
  const value = text.trim();
  if (value === "0" || value === "0%" || value === "exact") return { kind: "exact" };
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(value);
  if (percent) {
    const share = Number(percent[1]) / 100;
    if (share <= 10) return { kind: "range", share, digits: DEFAULT_DIGITS };
  }
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 15)
    return { kind: "digits", digits: Number(value) };
  throw new InputError("--margin", `${MARGIN_HINT}, not "${text}".`);
}

/** One line for the drafted schema's header, so a reader knows the bounds are not the data's own. */
export function describeMargin(margin: BoundsMargin): string {
  if (margin.kind === "exact") return "bounds are the observed minimum and maximum";
  if (margin.kind === "digits")
    return `bounds are the observed range rounded outward to ${margin.digits} significant digits`;
  return `bounds are the observed range widened by ${formatShare(margin.share)} of it on each side (never across zero) and rounded outward to ${margin.digits} significant digits`;
}

export function numberBounds(
  min: number,
  max: number,
  options: { integer: boolean; margin: BoundsMargin },
): { minimum: number; maximum: number } {
  const { margin } = options;
  if (margin.kind === "exact" || !Number.isFinite(min) || !Number.isFinite(max))
    return { minimum: min, maximum: max };
  let low = min;
  let high = max;
  if (margin.kind === "range") {
    // A constant column has no range: its own size is the scale instead.
    const pad = margin.share * (max > min ? max - min : Math.abs(max));
    low = min - pad;
    high = max + pad;
    if (min >= 0) low = Math.max(low, 0);
    if (max <= 0) high = Math.min(high, 0);
  }
  let minimum = roundOutward(low, margin.digits, "down");
  let maximum = roundOutward(high, margin.digits, "up");
  if (options.integer) {
    minimum = Math.floor(minimum);
    maximum = Math.ceil(maximum);
  }
  return { minimum, maximum };
}

/** Dates (YYYY-MM-DD) move out by whole days under a range margin; otherwise they stay as observed. */
export function dateBounds(
  min: string,
  max: string,
  margin: BoundsMargin,
): { minimum: string; maximum: string } {
  const low = isoDay(min);
  const high = isoDay(max);
  if (margin.kind !== "range" || low === null || high === null) return { minimum: min, maximum: max };
  const pad = Math.ceil(margin.share * (high - low));
  return { minimum: dayText(low - pad) ?? min, maximum: dayText(high + pad) ?? max };
}

/**
 * `value` rounded to `digits` significant digits, away from the data: never above it going down,
 * never below it going up. The result is built from its decimal digits, so it prints as written.
 */
export function roundOutward(value: number, digits: number, direction: "up" | "down"): number {
  // -0 is 0: a drafted schema would otherwise print "minimum: -0".
  if (value === 0) return 0;
  if (!Number.isFinite(value)) return value;
  const [mantissa, exponent] = value.toExponential(digits - 1).split("e") as [string, string];
  let scale = Number(exponent) - (digits - 1);
  let units = Math.round(Number(mantissa) * 10 ** (digits - 1));
  const at = (u: number, s: number) => Number(`${u}e${s}`);
  if (direction === "up" && at(units, scale) < value) units += 1;
  if (direction === "down" && at(units, scale) > value) units -= 1;
  // 1.0 stepping down to 0.9 (or -1.0 up to -0.9) lost a digit: 0.99 is the closer bound.
  if (Math.abs(units) < 10 ** (digits - 1)) {
    units = units * 10 + Math.sign(value) * 9;
    scale -= 1;
  }
  return at(units, scale);
}

function formatShare(share: number): string {
  return `${Number((share * 100).toPrecision(6))}%`;
}

const DAY = 86_400_000;

function isoDay(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY;
}

function dayText(day: number): string | null {
  const date = new Date(day * DAY);
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  return date.toISOString().slice(0, 10);
}
