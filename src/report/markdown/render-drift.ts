/**
 * A DriftReport as Markdown (job summary, PR comment, `slipway drift --markdown`). Column names and
 * paths come from the data, so from a fork possibly: every one goes through escape.ts.
 */
import {
  DRIFT_TEST_NAMES,
  describeThreshold,
  driftedFirst,
  driftVerdict,
  formatPValue,
  formatStatistic,
} from "../text/render-drift.js";
import type { DriftReport } from "../types.js";
import { details, inlineText, table } from "./escape.js";

/** Rows beyond this are summarised; drifted columns come first, so they are the ones shown. */
const MAX_ROWS = 100;

export function renderDriftMarkdown(drift: DriftReport): string {
  const icon = drift.drifted ? "⚠️" : "✅";
  const current = drift.current ? ` of <code>${inlineText(drift.current)}</code>` : "";
  const out = [
    `#### ${icon} Drift${current} against <code>${inlineText(drift.reference)}</code>`,
    "",
    inlineText(driftVerdict(drift)),
  ];
  const columns = driftedFirst(drift.columns);
  if (columns.length > 0) {
    const shown = columns.slice(0, MAX_ROWS);
    const withNotes = shown.some((column) => column.note);
    const rows = shown.map((column) => {
      const cells = [
        column.drifted ? "⚠️" : "✓",
        inlineText(column.column),
        inlineText(column.kind ?? ""),
        inlineText(DRIFT_TEST_NAMES[column.test]),
        inlineText(formatStatistic(column.statistic)),
        inlineText(formatPValue(column.p_value)),
        inlineText(describeThreshold(column)),
      ];
      return withNotes ? [...cells, inlineText(column.note ?? "", 300)] : cells;
    });
    const header = ["", "Column", "Kind", "Test", "Statistic", "p-value", "Drift when"];
    const align: ("l" | "r" | "c")[] = ["c", "l", "l", "l", "r", "r", "l"];
    out.push("", table(withNotes ? [...header, "Note"] : header, rows, withNotes ? [...align, "l"] : align));
    const hidden = columns.length - shown.length;
    if (hidden > 0) {
      const hiddenDrifted = columns.slice(MAX_ROWS).filter((column) => column.drifted).length;
      out.push("", `… and ${hidden} more columns (${hiddenDrifted} drifted).`);
    }
  }
  const skipped = drift.not_compared ?? [];
  if (skipped.length > 0) {
    const rows = skipped
      .slice(0, MAX_ROWS)
      .map((column) => [inlineText(column.column), inlineText(column.detail, 300)]);
    const more = skipped.length > MAX_ROWS ? `\n\n… and ${skipped.length - MAX_ROWS} more.` : "";
    out.push(
      "",
      details(
        `${skipped.length} ${skipped.length === 1 ? "column" : "columns"} not compared`,
        table(["Column", "Why"], rows) + more,
      ),
    );
  }
  return out.join("\n");
}
