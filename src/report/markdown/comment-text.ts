/** Small pieces every part of the comment uses: limits, labels, and inert inline code and links. */

import type { CommentVariant, Direction } from "./comment-types.js";
import { inlineText } from "./escape.js";

/** Caps on what one comment shows; the rest is counted, and the full report is in the run's artifacts. */
export const MAX = {
  name: 80,
  cell: 60,
  rows: 60,
  slices: 150,
  checks: 30,
  datasets: 20,
  variants: 8,
  other: 6,
};

export function variantLabel(variant: CommentVariant): string {
  return variant.name ? `variant ${variant.name}` : "default variant";
}

export function isSlice(metric: string): boolean {
  return /\[[^\]]*=[^\]]*\]$/.test(metric);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Numbers as people read them: integers whole, others to `digits` significant digits. */
export function num(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(digits)));
}

export function signed(delta: number): string {
  if (delta === 0) return "±0";
  return `${delta > 0 ? "+" : "−"}${num(Math.abs(delta))}`;
}

export function relative(head: number, base: number): string {
  if (base === 0 || head === base) return "";
  // Rounded to 9 places first so float noise (0.91 − 0.8 = 0.10999…) does not flip the last digit.
  const pct = Math.round(((head - base) / Math.abs(base)) * 100 * 1e9) / 1e9;
  return ` (${pct > 0 ? "+" : "−"}${Math.abs(pct).toFixed(1)}%)`;
}

export function quality(delta: number, direction: Direction): string {
  if (delta === 0) return "";
  return delta > 0 === (direction === "higher") ? "🟢" : "🔴";
}

export function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

/** A commit as inline code: seven hex digits, or the escaped text when it is not a SHA. */
export function shortSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? `\`${sha.slice(0, 7)}\`` : code(sha, 12);
}

/** Inline code for untrusted text: <code> decodes the character references inlineText makes, a Markdown code span would show them raw. */
export function code(text: string, max = MAX.cell): string {
  return `<code>${inlineText(text, max)}</code>`;
}

/** A link to a URL from GitHub's payload: http(s) only, with characters that would end the target encoded. */
export function link(text: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return inlineText(text);
  const safe = url.replace(/[\s()<>[\]"'`]/g, (ch) => encodeURIComponent(ch));
  return `[${inlineText(text)}](${safe})`;
}
