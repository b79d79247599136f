/**
 * Check-run annotations for failed data checks and structural errors, pointing at the data file and
 * the first failing row (a CSV's data row n is line n + 1, after the header). GitHub takes at most
 * 50 per request; the rest are counted, and the summary has them all. Report text is a fork's
 * text: annotations are plain text (GitHub renders no Markdown there) and bounded here.
 * A failing model test is annotated at its file and line when the runner named them, with its
 * message as the runner wrote it (newlines kept: GitHub shows them).
 */
import type { CheckAnnotation } from "../github/upsert-check-run.js";
import type { DataReport, Report, TestFailure } from "./types.js";

export type { CheckAnnotation };

export const MAX_ANNOTATIONS = 50;
const FALLBACK_PATH = ".github/slipway.yml";

export function checkAnnotations(
  reports: Array<{ variant: string; report: Report }>,
  max = MAX_ANNOTATIONS,
): { annotations: CheckAnnotation[]; omitted: number } {
  const seen = new Set<string>();
  const all: CheckAnnotation[] = [];
  const several = reports.length > 1;
  for (const { variant, report } of reports) {
    const prefix = several && variant ? `[${variant}] ` : "";
    const found = [
      ...report.data.flatMap((data) => datasetAnnotations(data, prefix)),
      ...(report.model?.tests.failures ?? []).map((failure) => testAnnotation(failure, prefix)),
    ];
    for (const annotation of found) {
      // Variants usually validate the same data: one annotation per finding.
      const what = annotation.title.slice(prefix.length);
      const key = JSON.stringify([annotation.path, annotation.start_line, annotation.message, what]);
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(annotation);
    }
  }
  return { annotations: all.slice(0, max), omitted: Math.max(0, all.length - max) };
}

function datasetAnnotations(data: DataReport, prefix: string): CheckAnnotation[] {
  const annotations: CheckAnnotation[] = [];
  for (const check of data.checks) {
    if (check.success) continue;
    const sample = check.samples[0];
    const path = safePath(sample?.file) ?? safePath(data.path) ?? FALLBACK_PATH;
    const line = sample ? lineOf(data, sample.row) : 1;
    const rows = check.samples.slice(0, 10).map((s) => s.row);
    const message = [
      `${check.check}${check.column ? ` on column ${check.column}` : ""}: ${check.unexpected_count} unexpected (${round(check.unexpected_percent)}%)`,
      `expected ${short(JSON.stringify(check.expected) ?? "")}`,
      check.observed === undefined ? "" : `observed ${short(JSON.stringify(check.observed) ?? "")}`,
      rows.length > 0 ? `rows ${rows.join(", ")}${check.samples.length > rows.length ? ", …" : ""}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    annotations.push({
      path,
      start_line: line,
      end_line: line,
      annotation_level: check.severity === "warning" ? "warning" : "failure",
      title: bound(`${prefix}${data.dataset}: ${check.id}`, 255),
      message: bound(message, 1000),
    });
  }
  for (const error of data.errors) {
    const line = error.row === undefined ? 1 : lineOf(data, error.row);
    annotations.push({
      path: safePath(data.path) ?? FALLBACK_PATH,
      start_line: line,
      end_line: line,
      annotation_level: "failure",
      title: bound(`${prefix}${data.dataset}: ${error.kind}`, 255),
      message: bound(error.message, 1000),
    });
  }
  return annotations;
}

function testAnnotation(failure: TestFailure, prefix: string): CheckAnnotation {
  // The JUnit file itself is no place to look; the test's source is, when the runner said it.
  const source = failure.file && !failure.file.toLowerCase().endsWith(".xml") ? safePath(failure.file) : null;
  const line =
    source && failure.line && Number.isInteger(failure.line) && failure.line > 0 ? failure.line : 1;
  return {
    path: source ?? FALLBACK_PATH,
    start_line: line,
    end_line: line,
    annotation_level: "failure",
    title: bound(`${prefix}Test failed: ${failure.name}`, 255),
    message: boundKeepingLines(failure.message, 1000),
  };
}

/** Rows are 1-based data rows: a delimited file's header is line 1; JSON lines have none; Parquet has no lines. */
function lineOf(data: DataReport, row: number): number {
  if (data.format === "parquet" || !Number.isInteger(row) || row < 1) return 1;
  return data.format === "jsonl" ? row : row + 1;
}

/** A repository-relative file path, or null for globs, absolute paths and climbs out of the repository. */
function safePath(path: string | undefined): string | null {
  if (!path) return null;
  const clean = path.replace(/^\.\//, "");
  if (clean.length > 500 || /[*?[\]{}\\\0]/.test(clean) || clean.startsWith("/") || /^[A-Za-z]:/.test(clean))
    return null;
  if (clean.split("/").some((part) => part === ".." || part === "")) return null;
  return clean;
}

function round(value: number): number {
  return Number(value.toFixed(2));
}

function short(text: string): string {
  return bound(text, 120);
}

function bound(text: string, max: number): string {
  const flat = text.replace(/[\r\n]+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function boundKeepingLines(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
