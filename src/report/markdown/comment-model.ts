/**
 * The model part of the comment: `Metric | base | head | Δ | rule` against the base branch's stored
 * report (else the run's own baseline), slices folded apart, failing tests as code blocks, the
 * confusion matrix, and the params that changed.
 */
import { diffParams } from "../diff-params.js";
import { formatNumber } from "../format.js";
import { describeRule, formatParam, paramChanges } from "../model-summary.js";
import { ruleState } from "../rule-state.js";
import type { ModelReport, RuleResult } from "../types.js";
import { changeText, code, isSlice, MAX, plural, shortSha, unique } from "./comment-text.js";
import type { CommentInput, Direction } from "./comment-types.js";
import { codeBlock, details, inlineText, table } from "./escape.js";

export function renderModel(
  model: ModelReport,
  baseModel: ModelReport | null,
  title: string,
  base: CommentInput["base"],
  better: (metric: string) => Direction,
): string {
  const baseline = baseMetrics(model, baseModel);
  const baseNote = baseModel
    ? `Base: ${base ? `${code(base.ref, MAX.name)}${base.sha ? ` at ${shortSha(base.sha)}` : ""}` : "the base branch"} (its stored Slipway report).`
    : model.baseline
      ? `Base: the run's own baseline${model.baseline_ref ? ` (${code(model.baseline_ref, MAX.name)})` : ""}; no stored report of the base branch yet.`
      : "No baseline: the base branch has no Slipway report yet.";
  const names = unique([
    ...Object.keys(model.metrics),
    ...Object.keys(baseline ?? {}),
    ...model.rules.map((r) => r.metric),
  ]).filter((n) => !isSlice(n));
  const rows = names.slice(0, MAX.rows).map((metric) => metricRow(metric, model, baseline, better));
  const parts = [`#### ${inlineText(title, MAX.name)}`, baseNote];
  if (rows.length === 0) parts.push("The model report has no metrics.");
  else {
    const metricTable = table(["Metric", "base", "head", "Δ", "rule"], rows, ["l", "r", "r", "r", "l"]);
    parts.push(rows.length > 15 ? details(`${rows.length} metrics`, metricTable, true) : metricTable);
  }
  if (names.length > MAX.rows) parts.push(`${names.length - MAX.rows} more metrics are in the report.`);
  const notes = model.notes ?? [];
  if (notes.length > 0) {
    const list = notes.slice(0, 10).map((note) => `- ${inlineText(note, 300)}`);
    if (notes.length > 10) list.push(`- … and ${notes.length - 10} more`);
    parts.push(list.join("\n"));
  }
  const confusion = model.confusion ? renderConfusion(model.confusion) : null;
  if (confusion) parts.push(confusion);
  return parts.join("\n\n");
}

/** sklearn's layout: rows are true labels, columns predicted. */
function renderConfusion(confusion: { labels: string[]; matrix: number[][] }): string | null {
  const labels = confusion.labels.slice(0, 12);
  if (labels.length === 0) return null;
  const rows = labels.map((label, i) => [
    `**${inlineText(label, 30)}**`,
    ...labels.map((_, j) => formatNumber(confusion.matrix[i]?.[j])),
  ]);
  const cut =
    confusion.labels.length > labels.length
      ? `\n\nThe first ${labels.length} of ${confusion.labels.length} classes.`
      : "";
  const header = ["true ↓ / predicted →", ...labels.map((label) => inlineText(label, 30))];
  return details("Confusion matrix", table(header, rows, ["l", ...labels.map(() => "r" as const)]) + cut);
}

function metricRow(
  metric: string,
  model: ModelReport,
  baseline: Record<string, number> | null,
  better: (metric: string) => Direction,
): string[] {
  const head = model.metrics[metric];
  const base = baseline?.[metric];
  const rules = model.rules.filter((rule) => rule.metric === metric).map(ruleText);
  return [
    inlineText(metric, MAX.name),
    formatNumber(base),
    formatNumber(head),
    changeText(base, head, better(metric)),
    rules.join("<br>") || "",
  ];
}

/** "✅ min 0.85", "❌ max-drop 0.01", "⚪ max-drop 0.01 (not evaluated: no baseline)": never a tick for a rule nobody judged. */
function ruleText(rule: RuleResult): string {
  const mark = { passed: "✅", failed: "❌", "not-evaluated": "⚪" }[ruleState(rule)];
  return `${mark} ${inlineText(describeRule(rule), 120)}`;
}

export function renderSlices(
  model: ModelReport,
  baseModel: ModelReport | null,
  better: (metric: string) => Direction,
): string | null {
  const baseline = baseMetrics(model, baseModel);
  const names = unique([...Object.keys(model.metrics), ...model.rules.map((r) => r.metric)]).filter(isSlice);
  if (names.length === 0) return null;
  const rows = names.slice(0, MAX.slices).map((metric) => metricRow(metric, model, baseline, better));
  const failed = model.rules.filter((rule) => isSlice(rule.metric) && ruleState(rule) === "failed").length;
  const body = [table(["Metric", "base", "head", "Δ", "rule"], rows, ["l", "r", "r", "r", "l"])];
  if (names.length > MAX.slices)
    body.push(`${names.length - MAX.slices} more slice metrics are in the report.`);
  return details(
    `Slices: ${plural(names.length, "metric")}${failed > 0 ? `, ${plural(failed, "rule")} failed` : ""}`,
    body.join("\n\n"),
    failed > 0,
  );
}

/** The counts, then each failing test's name and place and the runner's message as written, in a code block. */
export function renderTests(model: ModelReport): string | null {
  const { passed, failed, skipped, failures } = model.tests;
  if (passed + failed + skipped === 0) return null;
  const line = `**Tests:** ${passed} passed, ${failed} failed, ${skipped} skipped.`;
  if (failures.length === 0) return line;
  const body = failures
    .slice(0, 10)
    .map((failure) => {
      const place = failure.file && failure.line ? `${failure.file}:${failure.line}` : failure.file;
      return `**${inlineText(failure.name, 120)}**${place ? ` (${inlineText(place, 120)})` : ""}\n\n${codeBlock(failure.message, 1500)}`;
    })
    .join("\n\n");
  const more = failures.length > 10 ? `\n\n… and ${failures.length - 10} more failures.` : "";
  return `${line}\n\n${details(`${plural(failures.length, "failing test")}`, body + more)}`;
}

/**
 * The params that differ from the base branch's report, else from the run's own baseline; shown
 * whether or not there are metrics. With nothing to compare them with, they are only counted.
 */
export function renderParams(model: ModelReport, baseModel: ModelReport | null): string | null {
  const changes = baseModel ? diffParams(model.params, baseModel.params) : paramChanges(model);
  const count = Object.keys(model.params).length;
  if (changes === null) {
    return count > 0 ? `**Parameters:** ${count}, no baseline to compare them with.` : null;
  }
  const keys = unique([...Object.keys(model.params), ...changes.map((change) => change.name)]);
  if (changes.length === 0) return keys.length > 0 ? `**Parameters:** ${keys.length} unchanged.` : null;
  const value = (v: unknown) => inlineText(formatParam(v), MAX.cell);
  const rows = changes
    .slice(0, MAX.rows)
    .map((change) => [inlineText(change.name, MAX.name), value(change.base), value(change.head)]);
  const more = changes.length > MAX.rows ? `\n\n… and ${changes.length - MAX.rows} more.` : "";
  return details(
    `Parameters: ${changes.length} changed of ${keys.length}`,
    table(["Parameter", "base", "head"], rows) + more,
    changes.length <= 5,
  );
}

export function baseMetrics(
  model: ModelReport,
  baseModel: ModelReport | null,
): Record<string, number> | null {
  return baseModel ? baseModel.metrics : model.baseline;
}
