/**
 * Facts about a ModelReport that every rendering (terminal, Markdown) shows alike: the metric
 * rows of `Metric | base | head | Change | Rule` as `dvc metrics diff` lays them out, the params
 * that changed as `dvc params diff` lists them, and the verdict line. Numbers go through
 * format.ts, rule states through rule-state.ts.
 */
import { diffParams } from "./diff-params.js";
import { type Change, changeVerdict, formatChange, formatNumber, measureChange } from "./format.js";
import { describeReason, ruleReason, ruleState, rulesHeadline } from "./rule-state.js";
import type { ModelReport, ParamChange, RuleResult } from "./types.js";

export interface MetricRow {
  metric: string;
  primary: boolean;
  base: number | null;
  head: number | null;
  /** From base to head, when both exist. */
  change: Change | null;
  /** Whether the change is an improvement, by the metric's direction; null when unknown or unchanged. */
  verdict: "better" | "worse" | null;
  rules: RuleResult[];
}

export type ParamRow = ParamChange;

/** Rows beyond this go into a fold ("N more metrics"), so a report with many slices stays readable. */
export const MAIN_ROWS = 40;

/**
 * Every metric of head and baseline. The main rows are the primary metric, metrics with rules (failed
 * first) and metrics that changed; the rest (unchanged, or nothing to compare) are `more`.
 */
export function metricRows(report: ModelReport): { main: MetricRow[]; more: MetricRow[] } {
  const names = [...new Set([...Object.keys(report.metrics), ...Object.keys(report.baseline ?? {})])];
  const rows = names.map((metric) => metricRow(report, metric));
  const changed = (row: MetricRow) => row.change !== null && row.change.direction !== "none";
  const rank = (row: MetricRow) =>
    row.primary
      ? 0
      : row.rules.some((r) => ruleState(r) === "failed")
        ? 1
        : row.rules.length > 0
          ? 2
          : changed(row)
            ? 3
            : 4;
  const ordered = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => row);
  // Without a baseline nothing "changed": every metric is news, so all are main rows (up to the cap).
  const important = (row: MetricRow) => rank(row) < 4 || report.baseline === null;
  const main = ordered.filter(important).slice(0, MAIN_ROWS);
  return { main, more: ordered.filter((row) => !main.includes(row)) };
}

function metricRow(report: ModelReport, metric: string): MetricRow {
  const head = report.metrics[metric] ?? null;
  const base = report.baseline?.[metric] ?? null;
  const change = head !== null && base !== null ? measureChange(base, head) : null;
  return {
    metric,
    primary: report.primary === metric,
    base,
    head,
    change,
    verdict: changeVerdict(change, report.directions?.[metric]),
    rules: report.rules.filter((rule) => rule.metric === metric),
  };
}

/**
 * The params that differ from the baseline's, with or without metrics to compare: the report's own
 * list, else (reports written before it) a diff of `params` and `params_baseline` when there was a
 * baseline to compare with. Null when there was none: every param would read as "added".
 */
export function paramChanges(report: ModelReport): ParamChange[] | null {
  if (report.params_changes !== undefined) return report.params_changes;
  const compared = report.baseline !== null || Object.keys(report.params_baseline).length > 0;
  return compared ? diffParams(report.params, report.params_baseline) : null;
}

/** The params diff's rows; none when there was nothing to compare with. */
export function paramRows(report: ModelReport): ParamRow[] {
  return paramChanges(report) ?? [];
}

/** "+0.012 (+1.4%) better", "±0", "new", "removed" — the Change column. */
export function describeChange(row: MetricRow): string {
  if (row.head === null) return "removed";
  if (row.base === null) return "new";
  const word = row.verdict ? ` ${row.verdict}` : "";
  return `${formatChange(row.change)}${word}`;
}

/**
 * "min 0.8", "max-drop 0.01", "max-rise 5%"; a rule judged without its values says why:
 * "max-drop 0.01 (not evaluated: no baseline)", "max-drop 0.01 (no baseline; model.require-baseline)".
 */
export function describeRule(rule: RuleResult): string {
  const relative = rule.rule.endsWith("%");
  const name = relative ? rule.rule.slice(0, -1) : rule.rule;
  const text = `${name} ${formatNumber(rule.threshold)}${relative ? "%" : ""}`;
  const reason = ruleReason(rule);
  if (ruleState(rule) === "not-evaluated")
    return `${text} (not evaluated: ${describeReason(reason ?? "unknown")})`;
  return reason ? `${text} (${describeReason(reason)}; model.require-baseline)` : text;
}

/** "passed — 3 rules met, 12 tests passed" / "failed — 1 of 3 rules failed, 1 not evaluated: no baseline, …". */
export function modelVerdict(report: ModelReport): string {
  return `${report.passed ? "passed" : "failed"} — ${modelCounts(report)}`;
}

/** The verdict's counts without its passed/failed (for a line that says that already): "3 rules met, 12 tests passed, 4 metrics". */
export function modelCounts(report: ModelReport): string {
  const { passed, failed, skipped } = report.tests;
  const total = passed + failed + skipped;
  const parts: string[] = [];
  const rules = rulesHeadline(report.rules);
  if (rules) parts.push(rules);
  if (total > 0) {
    const skippedText = skipped > 0 ? `, ${skipped} skipped` : "";
    parts.push(
      failed > 0
        ? `${failed} of ${total} tests failed${skippedText}`
        : `${passed} tests passed${skippedText}`,
    );
  }
  parts.push(`${Object.keys(report.metrics).length} metrics`);
  return parts.join(", ");
}

export function formatParam(value: unknown): string {
  if (value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** "Compared with origin/main" or "No baseline: compared with nothing". */
export function baselineLine(report: ModelReport): string {
  if (report.baseline === null) return "No baseline: compared with nothing.";
  return report.baseline_ref ? `Compared with ${report.baseline_ref}.` : "Compared with the baseline.";
}
