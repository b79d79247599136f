/** A DataReport for the terminal: verdict, then every check with ✓/✗ (failures first), then errors and drift. */
import {
  checksFailuresFirst,
  dataVerdict,
  describeExpected,
  describeOutcome,
  describeSamples,
} from "../data-summary.js";
import type { CheckResult, DataReport } from "../types.js";
import { renderDriftText } from "./render-drift.js";
import { mark, textTable } from "./text-table.js";

export interface DataTextOptions {
  /** List passed checks one by one too (by default they are counted per check name). */
  all?: boolean;
}

export function renderDataText(report: DataReport, options: DataTextOptions = {}): string {
  const lines = [`${mark(report.valid)} ${report.dataset} (${report.path}): ${dataVerdict(report)}`];
  for (const warning of report.warnings ?? []) lines.push(`  ⚠ ${warning}`);
  const listed = options.all ? report.checks : report.checks.filter((check) => !check.success);
  if (listed.length > 0) {
    const rows = checksFailuresFirst(listed).map((check) => [
      mark(check.success),
      check.id,
      describeExpected(check),
      describeOutcome(check),
      describeSamples(check, 3),
    ]);
    lines.push("", textTable(["", "Check", "Expected", "Unexpected", "Failing rows"], rows));
  }
  const passed = report.checks.filter((check) => check.success);
  if (!options.all && passed.length > 0)
    lines.push("", `✓ ${passed.length} checks passed: ${countByName(passed)} (--all lists them)`);
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
  if (report.drift) lines.push("", renderDriftText(report.drift));
  return `${lines.join("\n")}\n`;
}

/** "31 type, 32 required, 2 maximum" — passed checks counted per check name, most first. */
function countByName(checks: readonly CheckResult[]): string {
  const counts = new Map<string, number>();
  for (const check of checks) counts.set(check.check, (counts.get(check.check) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${count} ${name}`)
    .join(", ");
}
