/**
 * Variants side by side (a matrix job's reports): the primary metric that ranks them, its
 * direction, the best variant (among those that passed), and the table that compares them — one
 * column per variant (at most 8), one row per metric, and one row per parameter whose value
 * differs between them, which is what tells the variants apart.
 */
import { isDeepStrictEqual } from "node:util";
import { formatNumber } from "../format.js";
import { defaultDirection } from "../metric-direction.js";
import { formatParam } from "../model-summary.js";
import { isSlice, MAX, plural, unique, variantLabel } from "./comment-text.js";
import type { CommentInput, CommentVariant, Direction } from "./comment-types.js";
import { inlineText, table } from "./escape.js";

export function renderVariants(
  variants: CommentVariant[],
  best: CommentVariant | undefined,
  primary: string | null,
  better: (metric: string) => Direction,
): string {
  const shown = variants.slice(0, MAX.variants);
  const header = [
    "Metric",
    ...shown.map((v) => `${v === best ? "🏆 " : ""}${inlineText(variantLabel(v), 40)}`),
  ];
  const names = unique(shown.flatMap((v) => Object.keys(v.head.model?.metrics ?? {}))).filter(
    (n) => !isSlice(n),
  );
  const ordered =
    primary && names.includes(primary) ? [primary, ...names.filter((n) => n !== primary)] : names;
  const rows: string[][] = [["Result", ...shown.map((v) => (v.head.passed ? "✅ passed" : "❌ failed"))]];
  for (const metric of ordered.slice(0, MAX.rows)) {
    const label =
      metric === primary
        ? `**${inlineText(metric, MAX.name)}** (primary, ${better(metric)} is better)`
        : inlineText(metric, MAX.name);
    rows.push([label, ...shown.map((v) => formatNumber(v.head.model?.metrics[metric]))]);
  }
  const params = differingParams(shown);
  for (const name of params.slice(0, MAX.params)) {
    rows.push([
      `${inlineText(name, MAX.name)} (param)`,
      ...shown.map((v) => inlineText(formatParam(v.head.model?.params[name]), MAX.cell)),
    ]);
  }
  const notes: string[] = [];
  if (variants.length > shown.length)
    notes.push(`${variants.length - shown.length} more variants not shown.`);
  if (ordered.length > MAX.rows) notes.push(`${ordered.length - MAX.rows} more metrics not shown.`);
  if (params.length > MAX.params)
    notes.push(`${plural(params.length - MAX.params, "more parameter")} differ.`);
  if (best && primary)
    notes.push(`🏆 best by ${inlineText(primary, MAX.name)} among the variants that passed.`);
  else if (primary && !variants.some((v) => v.head.passed)) notes.push("No 🏆: no variant passed.");
  return [`#### Variants`, table(header, rows, ["l", ...shown.map(() => "r" as const)]), notes.join(" ")]
    .filter(Boolean)
    .join("\n\n");
}

/**
 * The primary metric: from the app's config (default branch), else the one the report names, else
 * the first rule's, else the first metric; slices never.
 */
export function pickPrimary(input: Pick<CommentInput, "primary" | "variants">): string | null {
  if (input.primary) return input.primary;
  for (const variant of input.variants) {
    const model = variant.head.model;
    if (!model) continue;
    const metric =
      (model.primary && !isSlice(model.primary) ? model.primary : undefined) ??
      model.rules.map((rule) => rule.metric).find((name) => !isSlice(name)) ??
      Object.keys(model.metrics).find((name) => !isSlice(name));
    if (metric) return metric;
  }
  return null;
}

/** Configured direction, else the report's, else read from the name (losses lower), else higher. */
export function metricDirection(metric: string, configured?: Direction, reported?: Direction): Direction {
  return configured ?? reported ?? defaultDirection(metric) ?? "higher";
}

/** The params whose values are not the same in every variant (missing counts as a value), sorted. */
function differingParams(variants: CommentVariant[]): string[] {
  const all = variants.map((v) => v.head.model?.params ?? {});
  const [first, ...rest] = all;
  if (!first) return [];
  const names = unique(all.flatMap((params) => Object.keys(params))).sort();
  return names.filter((name) => rest.some((params) => !isDeepStrictEqual(params[name], first[name])));
}

/**
 * The variant with the best primary metric among those that passed: a variant that failed a rule
 * or a test is never "best". Undefined when no variant that passed has the metric.
 */
export function bestVariant(
  variants: CommentVariant[],
  primary: string | null,
  better: (metric: string) => Direction = (metric) => metricDirection(metric),
): CommentVariant | undefined {
  if (!primary) return undefined;
  let best: CommentVariant | undefined;
  let bestValue = Number.NaN;
  for (const variant of variants.filter((v) => v.head.passed)) {
    const value = variant.head.model?.metrics[primary];
    if (value === undefined || !Number.isFinite(value)) continue;
    const wins =
      Number.isNaN(bestValue) || (better(primary) === "higher" ? value > bestValue : value < bestValue);
    if (wins) {
      best = variant;
      bestValue = value;
    }
  }
  return best;
}
