/**
 * Facts about a ModelReport that every rendering (terminal, Markdown) shows alike: the metric
 * rows of `Metric | base | head | Change | Rule` as `dvc metrics diff` lays them out, the params
 * that changed as `dvc params diff` lists them, and the verdict line.
 */
import type { ModelReport, RuleResult } from "./types.js";

export type Direction = "higher" | "lower";

export interface MetricRow {
  metric: string;
  primary: boolean;
  base: number | null;
  head: number | null;
  /** head − base, when both exist. */
  delta: number | null;
  /** Whether the change is an improvement, by the metric's direction; null when unknown or unchanged. */
  verdict: "better" | "worse" | null;
  rules: RuleResult[];
}

export interface ParamRow {
  name: string;
  change: "changed" | "added" | "removed";
  base: unknown;
  head: unknown;
}

/** Rows beyond this go into a fold ("N more metrics"), so a report with many slices stays readable. */
export const MAIN_ROWS = 40;

/**
 * Every metric of head and baseline. The main rows are the primary metric, metrics with rules (failed
 * first) and metrics that changed; the rest (unchanged, or nothing to compare) are `more`.
 */
export function metricRows(report: ModelReport): { main: MetricRow[]; more: MetricRow[] } {
  const names = [...new Set([...Object.keys(report.metrics), ...Object.keys(report.baseline ?? {})])];
  const rows = names.map((metric) => metricRow(report, metric));
  const rank = (row: MetricRow) =>
    row.primary ? 0 : row.rules.some((r) => !r.passed) ? 1 : row.rules.length > 0 ? 2 : row.delta ? 3 : 4;
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
  const delta = head !== null && base !== null ? head - base : null;
  const direction = report.directions?.[metric];
  const verdict =
    delta === null || delta === 0 || !direction
      ? null
      : delta > 0 === (direction === "higher")
        ? "better"
        : "worse";
  return {
    metric,
    primary: report.primary === metric,
    base,
    head,
    delta,
    verdict,
    rules: report.rules.filter((rule) => rule.metric === metric),
  };
}

export function paramRows(report: ModelReport): ParamRow[] {
  if (report.baseline === null) return [];
  const head = report.params;
  const base = report.params_baseline;
  const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  const rows: ParamRow[] = [];
  for (const name of names) {
    const inHead = Object.hasOwn(head, name);
    const inBase = Object.hasOwn(base, name);
    if (inHead && !inBase) rows.push({ name, change: "added", base: undefined, head: head[name] });
    else if (!inHead && inBase) rows.push({ name, change: "removed", base: base[name], head: undefined });
    else if (JSON.stringify(head[name]) !== JSON.stringify(base[name])) {
      rows.push({ name, change: "changed", base: base[name], head: head[name] });
    }
  }
  return rows;
}

/** A metric value: up to 4 significant digits after the point, integers as they are. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return value.toFixed(1);
  if (abs < 1e-4) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}

/** "+0.012 (+1.4%)", "−0.003", "0" — the Change column. */
export function formatChange(row: MetricRow): string {
  if (row.delta === null) return row.head === null ? "removed" : row.base === null ? "new" : "—";
  if (row.delta === 0) return "0";
  const sign = row.delta > 0 ? "+" : "−";
  const relative =
    row.base !== null && row.base !== 0
      ? ` (${sign}${formatNumber(Math.abs((row.delta / row.base) * 100))}%)`
      : "";
  const word = row.verdict ? ` ${row.verdict}` : "";
  return `${sign}${formatNumber(Math.abs(row.delta))}${relative}${word}`;
}

/** "min 0.8", "max-drop 0.01", "max-rise 5%". */
export function describeRule(rule: RuleResult): string {
  const relative = rule.rule.endsWith("%");
  const name = relative ? rule.rule.slice(0, -1) : rule.rule;
  const threshold = `${formatNumber(rule.threshold)}${relative ? "%" : ""}`;
  const noBaseline = (name === "max-drop" || name === "max-rise") && (rule.baseline ?? null) === null;
  return `${name} ${threshold}${noBaseline ? " (no baseline)" : ""}`;
}

export function formatParam(value: unknown): string {
  if (value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** "passed — 3 of 3 rules, 12 tests passed" / "failed — 1 of 3 rules failed, 2 of 14 tests failed". */
export function modelVerdict(report: ModelReport): string {
  const failedRules = report.rules.filter((rule) => !rule.passed).length;
  const { passed, failed, skipped } = report.tests;
  const total = passed + failed + skipped;
  const parts: string[] = [];
  if (report.rules.length > 0) {
    parts.push(
      failedRules > 0
        ? `${failedRules} of ${report.rules.length} rules failed`
        : `${report.rules.length} rules passed`,
    );
  }
  if (total > 0) {
    const skippedText = skipped > 0 ? `, ${skipped} skipped` : "";
    parts.push(
      failed > 0
        ? `${failed} of ${total} tests failed${skippedText}`
        : `${passed} tests passed${skippedText}`,
    );
  }
  parts.push(`${Object.keys(report.metrics).length} metrics`);
  return `${report.passed ? "passed" : "failed"} — ${parts.join(", ")}`;
}

/** "Compared with origin/main" or "No baseline: compared with nothing". */
export function baselineLine(report: ModelReport): string {
  if (report.baseline === null) return "No baseline: compared with nothing.";
  return report.baseline_ref ? `Compared with ${report.baseline_ref}.` : "Compared with the baseline.";
}
