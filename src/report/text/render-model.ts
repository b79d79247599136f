/** A ModelReport for the terminal: verdict, the metric table with rules, changed params, failing tests, notes. */
import {
  baselineLine,
  describeRule,
  formatChange,
  formatNumber,
  formatParam,
  metricRows,
  modelVerdict,
  paramRows,
} from "../model-summary.js";
import type { ModelReport } from "../types.js";
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
          formatChange(row),
          row.rules.map((rule) => `${mark(rule.passed)} ${describeRule(rule)}`).join("  "),
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
    for (const failure of model.tests.failures) lines.push(`  ✗ ${failure.name}: ${failure.message}`);
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
