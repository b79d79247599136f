/**
 * A ModelReport as Markdown, for the job summary and the PR comment: the verdict, then
 * `Metric | base | head | Change | Rule` as `dvc metrics diff` shows it with a rule column, the
 * params that changed, the failing tests, and what was compared with what. Every name and message
 * can come from a fork's PR and goes through escape.ts.
 */
import { formatNumber } from "../format.js";
import {
  baselineLine,
  describeChange,
  describeRule,
  formatParam,
  type MetricRow,
  metricRows,
  modelVerdict,
  paramRows,
} from "../model-summary.js";
import { ruleState } from "../rule-state.js";
import type { ModelReport, RuleResult, TestFailure } from "../types.js";
import { code } from "./comment-text.js";
import { codeBlock, details, inlineText, table } from "./escape.js";

const MAX_FAILURES = 30;
const MAX_PARAMS = 50;

export function renderModelMarkdown(model: ModelReport): string {
  const out = [`#### ${model.passed ? "✅" : "❌"} Model`, "", inlineText(modelVerdict(model))];
  // The ref (a branch or a SHA) in <code>: copyable as written, and GitHub links no SHA inside it.
  out.push(
    "",
    model.baseline !== null && model.baseline_ref
      ? `Compared with ${code(model.baseline_ref, 64)}.`
      : inlineText(baselineLine(model)),
  );

  const { main, more } = metricRows(model);
  if (main.length > 0) out.push("", metricTable(main));
  if (more.length > 0) out.push("", details(`${more.length} more metrics`, metricTable(more)));

  const params = paramRows(model);
  if (params.length > 0) {
    const rows = params
      .slice(0, MAX_PARAMS)
      .map((p) => [
        inlineText(p.name),
        inlineText(formatParam(p.base)),
        inlineText(formatParam(p.head)),
        p.change,
      ]);
    const cut = params.length > MAX_PARAMS ? `\n\n… and ${params.length - MAX_PARAMS} more.` : "";
    out.push(
      "",
      details(
        `${params.length} params changed`,
        table(["Param", "base", "head", "Change"], rows) + cut,
        true,
      ),
    );
  }

  if (model.tests.failures.length > 0) {
    const shown = model.tests.failures.slice(0, MAX_FAILURES).map(renderFailure);
    const cut =
      model.tests.failures.length > MAX_FAILURES
        ? [`… and ${model.tests.failures.length - MAX_FAILURES} more.`]
        : [];
    out.push("", `**Failing tests (${model.tests.failed})**`, "", [...shown, ...cut].join("\n\n"));
  }

  if (model.confusion && model.confusion.labels.length <= 20) {
    const { labels, matrix } = model.confusion;
    const rows = matrix.map((counts, i) => [`**${inlineText(labels[i])}**`, ...counts.map(String)]);
    const header = ["true ↓ / predicted →", ...labels.map((label) => inlineText(label))];
    out.push("", details("Confusion matrix", table(header, rows, ["l", ...labels.map(() => "r" as const)])));
  }

  const notes = model.notes ?? [];
  if (notes.length > 0) out.push("", notes.map((note) => `- ${inlineText(note, 400)}`).join("\n"));
  return out.join("\n");
}

function metricTable(rows: MetricRow[]): string {
  return table(
    ["Metric", "base", "head", "Change", "Rule"],
    rows.map((row) => [
      row.primary ? `**${inlineText(row.metric)}** (primary)` : inlineText(row.metric),
      formatNumber(row.base),
      formatNumber(row.head),
      inlineText(describeChange(row)),
      row.rules.map((rule) => `${ruleMark(rule)} ${inlineText(describeRule(rule))}`).join(" · "),
    ]),
    ["l", "r", "r", "r", "l"],
  );
}

/** ✓ met, ✗ failed, ⚪ not evaluated (never a tick: nothing was checked). */
export function ruleMark(rule: RuleResult): string {
  return { passed: "✓", failed: "✗", "not-evaluated": "⚪" }[ruleState(rule)];
}

/** The test's name and place, then the runner's message exactly as it wrote it, in a code block. */
function renderFailure(failure: TestFailure): string {
  const where = failure.file
    ? ` (${inlineText(failure.line ? `${failure.file}:${failure.line}` : failure.file)})`
    : "";
  return `✗ **${inlineText(failure.name)}**${where}\n\n${codeBlock(failure.message, 1500)}`;
}
