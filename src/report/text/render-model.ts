/** A ModelReport for the terminal: verdict, the metric table with rules, changed params, failing tests, notes. */
import { formatNumber } from "../format.js";
import {
  baselineLine,
  describeChange,
  describeRule,
  formatParam,
  metricRows,
  modelVerdict,
  paramRows,
} from "../model-summary.js";
import { ruleState } from "../rule-state.js";
import type { ModelReport, RuleResult, TestFailure } from "../types.js";
import { mark, textTable } from "./text-table.js";

export function renderModelText(model: ModelReport): string {
  const lines = [`${mark(model.passed)} model: ${modelVerdict(model)}`, baselineLine(model)];
  const { main, more } = metricRows(model);
  const rows = [...main, ...more];
  if (rows.length > 0) {
    lines.push(
      "",
      textTable(
        ["Metric", "base", "head", "Change", "Rule"],
        rows.map((row) => [
          row.primary ? `${row.metric} (primary)` : row.metric,
          formatNumber(row.base),
          formatNumber(row.head),
          describeChange(row),
          row.rules.map((rule) => `${ruleMark(rule)} ${describeRule(rule)}`).join("  "),
        ]),
        ["l", "r", "r", "r", "l"],
      ),
    );
  }
  const params = paramRows(model);
  if (params.length > 0) {
    lines.push(
      "",
      "Params changed:",
      textTable(
        ["Param", "base", "head", "Change"],
        params.map((p) => [p.name, formatParam(p.base), formatParam(p.head), p.change]),
      ),
    );
  }
  if (model.tests.failures.length > 0) {
    lines.push("", `Failing tests (${model.tests.failed}):`);
    for (const failure of model.tests.failures) lines.push(...failureLines(failure));
  }
  if (model.confusion) {
    const { labels, matrix } = model.confusion;
    lines.push(
      "",
      "Confusion matrix (rows: true, columns: predicted):",
      textTable(
        ["", ...labels],
        matrix.map((counts, i) => [labels[i] ?? "", ...counts.map(String)]),
        ["l", ...labels.map(() => "r" as const)],
      ),
    );
  }
  for (const note of model.notes ?? []) lines.push(`Note: ${note}`);
  return `${lines.join("\n")}\n`;
}

/** ✓ met, ✗ failed, ○ not evaluated. */
function ruleMark(rule: RuleResult): string {
  const state = ruleState(rule);
  return state === "not-evaluated" ? "○" : mark(state === "passed");
}

/** "  ✗ name (file:line)", then the message as the runner wrote it, each line indented. */
function failureLines(failure: TestFailure): string[] {
  const where = failure.file ? ` (${failure.line ? `${failure.file}:${failure.line}` : failure.file})` : "";
  const message = failure.message.split(/\r?\n/).map((line) => `      ${line}`.trimEnd());
  return [`  ✗ ${failure.name}${where}`, ...message];
}
