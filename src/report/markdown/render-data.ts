/**
 * A DataReport as Markdown, for job summaries and the PR comment. Every value from the data or the
 * schema is untrusted (a fork's PR can put anything in a CSV) and goes through escape.ts.
 */
import {
  checksFailuresFirst,
  dataVerdict,
  describeExpected,
  describeOutcome,
  describeSamples,
} from "../data-summary.js";
import type { DataReport } from "../types.js";
import { details, inlineText, table } from "./escape.js";
import { renderDriftMarkdown } from "./render-drift.js";

export function renderDataMarkdown(report: DataReport): string {
  const icon = report.valid ? "✅" : "❌";
  const out = [
    `#### ${icon} Data: ${inlineText(report.dataset)}`,
    "",
    `<code>${inlineText(report.path)}</code> — ${inlineText(dataVerdict(report))}`,
  ];
  const ordered = checksFailuresFirst(report.checks);
  const failed = ordered.filter((check) => !check.success);
  const passed = ordered.filter((check) => check.success);
  const checkTable = (checks: typeof ordered) =>
    table(
      ["", "Check", "Expected", "Unexpected", "Failing rows"],
      checks.map((check) => [
        check.success ? "✓" : "✗",
        inlineText(check.id),
        inlineText(describeExpected(check)),
        inlineText(describeOutcome(check)),
        inlineText(describeSamples(check, 3), 300),
      ]),
    );
  if (failed.length > 0) out.push("", checkTable(failed));
  if (passed.length > 0) out.push("", details(`${passed.length} checks passed`, checkTable(passed)));
  if (report.errors.length > 0) {
    const rows = report.errors
      .slice(0, 30)
      .map((error) => [
        inlineText(error.kind),
        inlineText(error.column ?? ""),
        error.row !== undefined ? String(error.row) : "",
        inlineText(error.message, 300),
      ]);
    const more = report.errors.length > 30 ? `\n\n… and ${report.errors.length - 30} more errors.` : "";
    out.push(
      "",
      details(
        `${report.errors.length} structural errors`,
        table(["Error", "Column", "Row", "Detail"], rows) + more,
        true,
      ),
    );
  }
  // Warnings come from the repository's schema file, a fork can edit it: escaped and capped like the rest.
  const warnings = report.warnings ?? [];
  if (warnings.length > 0) {
    const list = warnings.slice(0, 10).map((warning) => `- ⚠️ ${inlineText(warning, 300)}`);
    if (warnings.length > 10) list.push(`- … and ${warnings.length - 10} more warnings.`);
    out.push("", list.join("\n"));
  }
  if (report.drift) out.push("", renderDriftMarkdown(report.drift));
  return out.join("\n");
}
