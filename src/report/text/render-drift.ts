/**
 * A DriftReport for the terminal: the verdict, one row per compared column (drifted first), then the
 * columns not compared and the notes. The wording helpers are shared with the Markdown rendering.
 */
import { formatShare } from "../format.js";
import type { ColumnDrift, DriftReport, DriftTest } from "../types.js";
import { mark, textTable } from "./text-table.js";

export const DRIFT_TEST_NAMES: Record<DriftTest, string> = {
  ks: "Kolmogorov–Smirnov",
  chi2: "chi-square",
  z: "z-test (proportions)",
  psi: "PSI",
  wasserstein: "Wasserstein (normed)",
  jensenshannon: "Jensen–Shannon",
  linf: "L-infinity",
};

/** "3 of 10 columns drifted (30%); the dataset drifts at ≥ 50%: no dataset drift". */
export function driftVerdict(drift: DriftReport): string {
  const drifted = drift.columns.filter((c) => c.drifted).length;
  const share = `${drifted} of ${drift.columns.length} columns drifted (${formatShare(drift.share)})`;
  const rule =
    drift.threshold === undefined ? "" : `; the dataset drifts at ≥ ${formatShare(drift.threshold)}`;
  if (drift.columns.length === 0) return "no column could be compared";
  return `${share}${rule}: ${drift.drifted ? "dataset drift" : "no dataset drift"}`;
}

/** Drifted columns first, otherwise in the data's order. */
export function driftedFirst(columns: readonly ColumnDrift[]): ColumnDrift[] {
  return [...columns].sort((a, b) => Number(b.drifted) - Number(a.drifted));
}

/** The rule a column was held to: p ≤ / p < for p-value tests (as Evidently), ≥ for distances. */
export function describeThreshold(column: ColumnDrift): string {
  if (column.test === "ks") return `p ≤ ${column.threshold}`;
  if (column.test === "chi2" || column.test === "z") return `p < ${column.threshold}`;
  return `≥ ${column.threshold}`;
}

export function formatStatistic(value: number): string {
  // A chi-square statistic with categories the reference lacks is infinite; the report holds the largest double.
  if (value === Number.MAX_VALUE || !Number.isFinite(value)) return "∞";
  return formatNumber(value);
}

export function formatPValue(value: number | undefined): string {
  if (value === undefined) return "";
  if (value === 0) return "0";
  return value < 1e-4 ? value.toExponential(1) : formatNumber(value);
}

function formatNumber(value: number): string {
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-4) return value.toExponential(3);
  return String(Number(value.toPrecision(4)));
}

export function renderDriftText(drift: DriftReport): string {
  const against = drift.current
    ? `${drift.current} against ${drift.reference}`
    : `against ${drift.reference}`;
  const lines = [`${mark(!drift.drifted)} Drift ${against}: ${driftVerdict(drift)}`];
  if (drift.columns.length > 0) {
    const rows = driftedFirst(drift.columns).map((column) => [
      mark(!column.drifted),
      column.column,
      column.kind ?? "",
      DRIFT_TEST_NAMES[column.test],
      formatStatistic(column.statistic),
      formatPValue(column.p_value),
      describeThreshold(column),
    ]);
    lines.push(
      "",
      textTable(["", "Column", "Kind", "Test", "Statistic", "p-value", "Drift when"], rows, [
        "l",
        "l",
        "l",
        "l",
        "r",
        "r",
        "l",
      ]),
    );
  }
  const notes = drift.columns.filter((column) => column.note);
  if (notes.length > 0) {
    lines.push("", "Notes:");
    for (const column of notes) lines.push(`  ${column.column}: ${column.note}`);
  }
  const skipped = drift.not_compared ?? [];
  if (skipped.length > 0) {
    lines.push("", "Not compared:");
    for (const column of skipped) lines.push(`  ${column.column}: ${column.detail}`);
  }
  return `${lines.join("\n")}\n`;
}
