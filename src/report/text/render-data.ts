/** A DataReport for the terminal: verdict, then every check with ✓/✗ (failures first), then errors and drift. */
import {
  checksFailuresFirst,
  dataVerdict,
  describeExpected,
  describeOutcome,
  describeSamples,
} from "../data-summary.js";
import type { DataReport } from "../types.js";
import { mark, textTable } from "./text-table.js";

export function renderDataText(report: DataReport, renderDrift?: (report: DataReport) => string): string {
  const lines = [`${mark(report.valid)} ${report.dataset} (${report.path}): ${dataVerdict(report)}`];
  if (report.checks.length > 0) {
    const rows = checksFailuresFirst(report.checks).map((check) => [
      mark(check.success),
      check.id,
      describeExpected(check),
      describeOutcome(check),
      describeSamples(check, 3),
    ]);
    lines.push("", textTable(["", "Check", "Expected", "Unexpected", "Failing rows"], rows));
  }
  if (report.errors.length > 0) {
    lines.push("", "Errors:");
    for (const error of report.errors.slice(0, 50)) {
      const where = [
        error.file,
        error.row !== undefined ? `row ${error.row}` : undefined,
        error.column ? `column "${error.column}"` : undefined,
      ]
        .filter(Boolean)
        .join(", ");
      lines.push(`  ✗ ${error.kind}${where ? ` (${where})` : ""}: ${error.message}`);
    }
    if (report.errors.length > 50) lines.push(`  … ${report.errors.length - 50} more`);
  }
  if (report.drift && renderDrift) lines.push("", renderDrift(report));
  return `${lines.join("\n")}\n`;
}
