/**
 * Every step writes its part into one slipway-report.json. Merging is pure: a data report replaces
 * the one of the same dataset, model and package replace theirs, and `passed` is recomputed from
 * the parts that ran.
 */
import {
  type DataReport,
  type ModelReport,
  type PackageReport,
  REPORT_SCHEMA,
  type Report,
  type ReportImage,
  type ReportSection,
} from "./types.js";

export type ReportMeta = Pick<Report, "commit" | "ref" | "repository" | "run">;

export function emptyReport(meta: Partial<ReportMeta> = {}): Report {
  return {
    schema: REPORT_SCHEMA,
    commit: meta.commit ?? null,
    ref: meta.ref ?? null,
    repository: meta.repository ?? null,
    run: meta.run ?? null,
    passed: true,
    data: [],
    model: null,
    package: null,
  };
}

export interface ReportPart {
  data?: DataReport[];
  model?: ModelReport;
  package?: PackageReport;
  /** The team's files for the comment (comment.include, comment.images): replace earlier ones. */
  sections?: ReportSection[];
  images?: ReportImage[];
  meta?: Partial<ReportMeta>;
}

export function mergeReport(base: Report, part: ReportPart): Report {
  const data = [...base.data];
  for (const incoming of part.data ?? []) {
    const at = data.findIndex((existing) => existing.dataset === incoming.dataset);
    if (at >= 0) data[at] = incoming;
    else data.push(incoming);
  }
  const meta = Object.fromEntries(Object.entries(part.meta ?? {}).filter(([, value]) => value != null));
  const merged: Report = {
    ...base,
    ...meta,
    data,
    model: part.model ?? base.model,
    package: part.package ?? base.package,
  };
  if (part.sections) merged.sections = part.sections;
  if (part.images) merged.images = part.images;
  return { ...merged, passed: reportPassed(merged) };
}

export function reportPassed(report: Pick<Report, "data" | "model" | "package">): boolean {
  return (
    report.data.every((data) => data.valid) &&
    (report.model?.passed ?? true) &&
    (report.package?.smoke?.passed ?? true)
  );
}
