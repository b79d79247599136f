/** Small pieces every part of the comment uses: limits, labels, and inert inline code and links. */

import { changeVerdict, formatChange, measureChange } from "../format.js";
import type { CommentVariant, Direction } from "./comment-types.js";
import { codeText, inlineText } from "./escape.js";

/** Caps on what one comment shows; the rest is counted, and the full report is in the run's artifacts. */
export const MAX = {
  name: 80,
  cell: 60,
  rows: 60,
  slices: 150,
  checks: 30,
  datasets: 20,
  variants: 8,
  params: 20,
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

/**
 * The Δ cell: "+0.11 (+13.8%) 🟢", "−0.02 (−2.3%) 🔴", "±0" for a change too small to print (never
 * coloured), "—" with nothing to compare. `percent: false` for the verdict line's short form.
 */
export function changeText(
  base: number | null | undefined,
  head: number | null | undefined,
  direction: Direction,
  options: { percent?: boolean } = {},
): string {
  if (base === null || base === undefined || head === null || head === undefined) return "—";
  const change = measureChange(base, head);
  const verdict = changeVerdict(change, direction);
  const mark = verdict === "better" ? " 🟢" : verdict === "worse" ? " 🔴" : "";
  return `${formatChange(change, options)}${mark}`;
}

/** A commit as inline code: seven hex digits, or the escaped text when it is not a SHA. */
export function shortSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? `\`${sha.slice(0, 7)}\`` : code(sha, 12);
}

/** Inline code for untrusted text: <code> decodes the character references inlineText makes, a Markdown code span would show them raw. */
export function code(text: string, max = MAX.cell): string {
  return `<code>${codeText(text, max)}</code>`;
}

/** A link to a URL from GitHub's payload: http(s) only, with characters that would end the target encoded. */
export function link(text: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return inlineText(text);
  const safe = url.replace(/[\s()<>[\]"'`]/g, (ch) => encodeURIComponent(ch));
  return `[${inlineText(text)}](${safe})`;
}
