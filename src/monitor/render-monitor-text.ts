/** A monitor run as the terminal (and a job log) shows it: one line per dataset, one per problem. */
import { formatValue } from "./render-issue.js";
import type { MonitorResult } from "./run-monitor.js";

export function renderMonitorText(result: MonitorResult): string {
  const lines: string[] = [];
  for (const [name, measurement] of Object.entries(result.run.datasets)) {
    const problems = result.problems.filter((p) => p.dataset === name);
    const m = measurement.metrics;
    const facts = [`${m.rows ?? 0} rows`];
    if (m.rows_since_last !== undefined) facts.push(`${m.rows_since_last} new`);
    if (m.freshness_seconds !== undefined)
      facts.push(`newest ${formatValue("freshness_seconds", m.freshness_seconds)} old`);
    if (measurement.failedChecks.length > 0) facts.push(`${measurement.failedChecks.length} failed checks`);
    lines.push(`${problems.length === 0 ? "✓" : "✗"} ${name}: ${facts.join(", ")}`);
    for (const problem of problems) {
      const expected = problem.expected
        ? `; expected ${formatValue(problem.metric, problem.expected.low)}–${formatValue(problem.metric, problem.expected.high)} from ${problem.expected.runs.length} runs`
        : problem.limit !== undefined
          ? `; limit ${formatValue(problem.metric, problem.limit)}`
          : "";
      lines.push(
        `    ${problem.kind}: ${problem.metric} = ${formatValue(problem.metric, problem.value)}, ${problem.reason}${expected}`,
      );
    }
  }
  for (const { action, number } of result.issues) {
    const which = number === null ? "" : ` #${number}`;
    lines.push(
      `issue ${action.action}${which}: ${action.dataset} (${action.kind})${number === null ? " — not sent (no GitHub token)" : ""}`,
    );
  }
  if (result.retrain) {
    lines.push(
      `retrain ${result.retrain.dispatched ? "dispatched" : "due (not sent, no GitHub token)"}: ${result.retrain.workflow} — ${result.retrain.reason}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
