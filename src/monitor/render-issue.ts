/**
 * The text of a monitor issue: a title, a hidden marker that identifies dataset and problem kind
 * (found again before anything is created, so a retry never duplicates), a table of what is wrong
 * and a Mermaid xychart of the metric's recent history.
 */
import type { MonitorRun, ProblemGroup, ProblemKind } from "./types.js";

export const CHART_RUNS = 20;

const KIND_TITLE: Record<ProblemKind, string> = {
  volume: "volume anomaly",
  freshness: "stale data",
  "null-share": "NULL share anomaly",
  checks: "failed checks",
  drift: "data drift",
  custom: "custom metric anomaly",
};

export function issueMarker(dataset: string, kind: ProblemKind): string {
  return `<!-- slipway-monitor dataset=${encodeURIComponent(dataset)} kind=${kind} -->`;
}

/** The dataset and kind an issue body's marker names, or null for other issues. */
export function readMarker(body: string): { dataset: string; kind: ProblemKind } | null {
  const match = /<!-- slipway-monitor dataset=(\S+) kind=(\S+) -->/.exec(body);
  if (!match) return null;
  const [, dataset = "", kind = ""] = match;
  // Issue bodies can be edited by hand: a kind that is not ours (`toString` included) or a
  // malformed escape makes it someone else's issue, never a crash of the monitor.
  if (!Object.hasOwn(KIND_TITLE, kind)) return null;
  try {
    return { dataset: decodeURIComponent(dataset), kind: kind as ProblemKind };
  } catch {
    return null;
  }
}

export function issueTitle(dataset: string, kind: ProblemKind): string {
  return `Monitor: ${dataset} — ${KIND_TITLE[kind]}`;
}

/** Numbers as people read them: durations in hours, shares in %, counts whole. */
export function formatValue(metric: string, value: number): string {
  if (metric === "freshness_seconds") return `${(value / 3600).toFixed(1)} h`;
  if (metric.startsWith("null_share.") || metric === "drift_share") return `${(value * 100).toFixed(1)}%`;
  return Number.isInteger(value) ? String(value) : value.toPrecision(4);
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
}

export function issueBody(problems: ProblemGroup, history: readonly MonitorRun[], at: string): string {
  const [first] = problems;
  const { dataset, kind } = first;
  const lines = [
    issueMarker(dataset, kind),
    `The scheduled monitor found ${KIND_TITLE[kind]} in **${cell(dataset)}** (last checked ${at}).`,
    "",
    "| Metric | Value | Expected | Why | Judged on |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const problem of problems) {
    const expected = problem.expected
      ? `${formatValue(problem.metric, problem.expected.low)} – ${formatValue(problem.metric, problem.expected.high)} (median ${formatValue(problem.metric, problem.expected.median)})`
      : problem.limit !== undefined
        ? `limit ${formatValue(problem.metric, problem.limit)}`
        : "—";
    const runs = problem.expected
      ? `${problem.expected.runs.length} runs, ${problem.expected.runs[0]} … ${problem.expected.runs.at(-1)}`
      : problem.source;
    lines.push(
      `| \`${cell(problem.metric)}\` | ${formatValue(problem.metric, problem.value)} | ${cell(expected)} | ${cell(problem.reason)} | ${cell(runs)} |`,
    );
  }
  const chart = historyChart(dataset, first.metric, history);
  if (chart) lines.push("", chart);
  lines.push("", "This issue is updated while the problem lasts and closed by the monitor when it recovers.");
  return lines.join("\n");
}

/** A Mermaid xychart of the metric over the last CHART_RUNS runs (the current one included). */
export function historyChart(dataset: string, metric: string, history: readonly MonitorRun[]): string | null {
  const points = history
    .map((run) => ({ at: run.at, value: run.datasets[dataset]?.metrics[metric] }))
    .filter((p): p is { at: string; value: number } => typeof p.value === "number")
    .slice(-CHART_RUNS);
  if (points.length < 2) return null;
  const labels = points.map((p) => `"${p.at.slice(5, 16).replace("T", " ")}"`);
  const values = points.map((p) => Number(p.value.toPrecision(6)));
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${metric.replace(/"/g, "'")} (last ${points.length} runs)"`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "${metric.replace(/"/g, "'")}"`,
    `  line [${values.join(", ")}]`,
    "```",
  ].join("\n");
}

export function recoveryComment(dataset: string, kind: ProblemKind, at: string): string {
  return `Recovered: the monitor run at ${at} found no ${KIND_TITLE[kind]} in **${cell(dataset)}**. Closing.`;
}
