/**
 * Check-run annotations for failed data checks and structural errors (src/report/data-findings.ts
 * says what and where). GitHub takes at most 50 per request; the rest are counted, and the summary
 * has them all. Report text is a fork's
 * text: annotations are plain text (GitHub renders no Markdown there) and bounded here.
 * A failing model test is annotated at its file and line when the runner named them, with its
 * message as the runner wrote it (newlines kept: GitHub shows them).
 */
import { dataFindings } from "./data-findings.js";
import type { DataReport, Report, TestFailure } from "./types.js";

/** A check run's annotation as GitHub's API takes it (the check-run writer in src/github sends these). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  title: string;
  message: string;
}

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
  return dataFindings(data).map((finding) => {
    const path = safePath(finding.file) ?? safePath(data.path) ?? FALLBACK_PATH;
    // A finding moved to another file than the one named has no line there.
    const line = path === FALLBACK_PATH ? 1 : (finding.line ?? 1);
    return {
      path,
      start_line: line,
      end_line: line,
      annotation_level: finding.level,
      title: bound(`${prefix}${finding.dataset}: ${finding.what}`, 255),
      message: bound(finding.message, 1000),
    };
  });
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

/** A repository-relative file path, or null for globs, absolute paths and climbs out of the repository. */
function safePath(path: string | undefined): string | null {
  if (!path) return null;
  const clean = path.replace(/^\.\//, "");
  if (clean.length > 500 || /[*?[\]{}\\\0]/.test(clean) || clean.startsWith("/") || /^[A-Za-z]:/.test(clean))
    return null;
  if (clean.split("/").some((part) => part === ".." || part === "")) return null;
  return clean;
}

function bound(text: string, max: number): string {
  const flat = text.replace(/[\r\n]+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function boundKeepingLines(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
