/**
 * slipway/report@1 — the contract between the actions (writers) and the app (reader), written once
 * as a zod schema; the types are derived from it (as the config's are), so the checker of a report
 * read from outside (report-schema.ts) and the writers cannot drift apart. See DESIGN.md.
 * Writers never omit a documented field. Objects are loose: readers accept unknown extra fields,
 * as DESIGN.md promises writers of later minor additions.
 */
import { z } from "zod";

export const REPORT_SCHEMA = "slipway/report@1";

/**
 * The schema's output without the index signature a loose object adds, so a writer's misspelt
 * field is still a type error; a record (an object with no named keys) keeps its own.
 */
type Closed<T> = T extends readonly unknown[]
  ? { [I in keyof T]: Closed<T[I]> }
  : T extends object
    ? [keyof { [K in keyof T as string extends K ? never : K]: 0 }] extends [never]
      ? { [K in keyof T]: Closed<T[K]> }
      : { [K in keyof T as string extends K ? never : K]: Closed<T[K]> }
    : T;

const count = z.number().int().nonnegative();

/** Frictionless constraint names where one exists, else Slipway's own. */
const checkNameSchema = z.enum([
  "type",
  "required",
  "unique",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "enum",
  "primaryKey",
  "foreignKey",
  "rows",
  "duplicate_rows",
  "null_fraction",
  "freshness",
  "mean",
  "stddev",
  "quantile",
]);

/** The drift tests a report can name; the config adds `auto` (pick as Evidently does). */
export const DRIFT_TESTS = ["ks", "chi2", "z", "psi", "wasserstein", "jensenshannon", "linf"] as const;
const driftTestSchema = z.enum(DRIFT_TESTS);

/**
 * What became of a rule: judged and met, judged and missed, or not judged at all because there
 * was nothing to compare with (a max-drop without a baseline). A rule that was not evaluated is
 * no pass: it is shown and counted apart, and fails under `model.require-baseline: true`.
 */
const ruleStateSchema = z.enum(["passed", "failed", "not-evaluated"]);

const severitySchema = z.enum(["error", "warning"]);

const frictionlessCheckCodeSchema = z.enum([
  "type-error",
  "constraint-error",
  "unique-error",
  "primary-key",
  "foreign-key",
  "duplicate-row",
]);

const dataFormatSchema = z.enum(["csv", "tsv", "parquet", "jsonl", "postgres"]);

const sampleSchema = z.looseObject({
  /** The 1-based data row, header excluded. */
  row: z.number().int(),
  value: z.unknown(),
  /** For a dataset read from several files: which one. */
  file: z.string().optional(),
  /** unique / primaryKey / duplicate rows: the row this row repeats (Frictionless reports the repeats). */
  repeat_of: z.number().int().optional(),
  /** primaryKey: a cell of this row's key is missing. */
  null_key: z.literal(true).optional(),
});

const checkResultSchema = z.looseObject({
  id: z.string(),
  column: z.string().optional(),
  check: checkNameSchema,
  expected: z.unknown(),
  unexpected_count: count,
  /** 0–100 */
  unexpected_percent: z.number().min(0).max(100),
  mostly: z.number().min(0).max(1),
  success: z.boolean(),
  /** Up to 20 failing rows. */
  samples: z.array(sampleSchema),
  /** Slipway extras (readers tolerate them): the measured value of aggregate checks, and the severity. */
  observed: z.unknown().optional(),
  severity: severitySchema.optional(),
  /** Frictionless's error code for a failure of this check; absent for Slipway's own checks. */
  code: frictionlessCheckCodeSchema.optional(),
  /** The field's 1-based position among the data's columns (Frictionless's fieldNumber). */
  field_number: z.number().int().positive().optional(),
});

const structuralErrorSchema = z.looseObject({
  /** Frictionless codes (type-error, missing-cell, …), or missing_column | extra_column | unreadable | ... */
  kind: z.string(),
  message: z.string(),
  column: z.string().optional(),
  row: z.number().int().optional(),
  /** 1-based position of the field (structure errors: labels and cells). */
  field: z.number().int().positive().optional(),
  value: z.unknown().optional(),
  count: count.optional(),
  /** For a dataset read from several files: which one. */
  file: z.string().optional(),
});

const columnDriftSchema = z.looseObject({
  column: z.string(),
  test: driftTestSchema,
  statistic: z.number(),
  p_value: z.number().optional(),
  threshold: z.number(),
  drifted: z.boolean(),
  kind: z.enum(["numeric", "categorical"]).optional(),
  /** Why the test differs from the one asked for, or why the statistic is capped (chi-square with new categories). */
  note: z.string().optional(),
});

const notComparedColumnSchema = z.looseObject({
  column: z.string(),
  /** only_in_reference | only_in_current | ignored | datetime | unsupported_type | empty | not_found */
  reason: z.string(),
  detail: z.string(),
});

const driftReportSchema = z.looseObject({
  reference: z.string(),
  drifted: z.boolean(),
  /** Share (0–1) of compared columns that drifted. */
  share: z.number().min(0).max(1),
  /** The share at or above which the dataset counts as drifted. */
  threshold: z.number().optional(),
  columns: z.array(columnDriftSchema),
  /** Slipway extras (readers tolerate them): what the reference was compared with, and the columns not compared and why. */
  current: z.string().optional(),
  not_compared: z.array(notComparedColumnSchema).optional(),
});

const readAsSchema = z.looseObject({
  /** The sentence the text output prints after "read as:". */
  text: z.string(),
  /** The dialect as the config writes it (keys that differ from the defaults). */
  dialect: z.record(z.string(), z.unknown()),
  encoding: z.string(),
  /** Keys the user stated; the rest were detected. */
  stated: z.array(z.string()),
});

const dataReportSchema = z.looseObject({
  dataset: z.string(),
  path: z.string(),
  format: dataFormatSchema,
  rows: count,
  columns: count,
  valid: z.boolean(),
  seconds: z.number().nonnegative(),
  checks: z.array(checkResultSchema),
  errors: z.array(structuralErrorSchema),
  drift: driftReportSchema.nullable(),
  /** How a text file was read ("delimiter ';', header row 1, utf-8"), stated or detected. */
  read_as: readAsSchema.optional(),
  /** What the reader guessed and the user should confirm; never fails the dataset. */
  warnings: z.array(z.string()).optional(),
});

const metricValues = z.record(z.string(), z.number());

const ruleResultSchema = z.looseObject({
  metric: z.string(),
  rule: z.string(),
  threshold: z.number(),
  value: z.number().nullable(),
  baseline: z.number().nullable().optional(),
  delta: z.number().nullable().optional(),
  /** For readers that know only this field: true exactly when `state` is "passed" (false when not evaluated). */
  passed: z.boolean(),
  // Absent in reports written before rule states (read it with ruleState()); a state this version
  // does not know (a later writer's) is read as absent, so the rule falls back on `passed`.
  state: ruleStateSchema.optional().catch(undefined),
  /** Set when the rule could not be judged on its values (a RuleReason, or a later writer's); null otherwise. */
  reason: z.string().nullable().optional(),
});

const paramChangeSchema = z.looseObject({
  name: z.string(),
  change: z.enum(["changed", "added", "removed"]),
  /** Absent when added. */
  base: z.unknown().optional(),
  /** Absent when removed. */
  head: z.unknown().optional(),
});

/** One series of a DVC plots file: y against x, in file order. */
const plotReportSchema = z.looseObject({
  /** The file, plus " · y" when the file gives several series; matches base and head. */
  id: z.string(),
  title: z.string(),
  /** Field names; x is "step" (the row number) when the file names none. */
  x: z.string(),
  y: z.string(),
  /** [x, y] pairs, at most MAX_PLOT_POINTS, evenly picked with the first and last kept. */
  points: z.array(z.tuple([z.union([z.number(), z.string()]), z.number()])),
  /** How many rows the file had before the picking. */
  total: count,
});

const testFailureSchema = z.looseObject({
  name: z.string(),
  /** The runner's message, decoded (XML entities, CDATA): newlines and any characters as written. */
  message: z.string(),
  file: z.string().optional(),
  /** Slipway extra: the test's line in `file`, when the runner wrote one. */
  line: z.number().int().positive().optional().catch(undefined),
});

const testSummarySchema = z.looseObject({
  passed: count,
  failed: count,
  skipped: count,
  failures: z.array(testFailureSchema),
});

const modelReportSchema = z.looseObject({
  passed: z.boolean(),
  tests: testSummarySchema,
  metrics: metricValues,
  baseline: metricValues.nullable(),
  baseline_ref: z.string().nullable(),
  rules: z.array(ruleResultSchema),
  params: z.record(z.string(), z.unknown()),
  params_baseline: z.record(z.string(), z.unknown()),
  /**
   * Slipway extra: the params that differ from the baseline's, as `dvc params diff` lists them;
   * null when there was no baseline to compare params with (readers of older reports diff
   * `params` and `params_baseline` themselves).
   */
  params_changes: z.array(paramChangeSchema).nullable().optional(),
  /** Slipway extras (readers tolerate them): the metric that ranks variants and trends. */
  primary: z.string().nullable().optional(),
  /** The better direction of each metric that has one (from its rule, else its name). */
  directions: z.record(z.string(), z.enum(["higher", "lower"])).optional(),
  /** What was compared with what, and what was skipped, in plain words. */
  notes: z.array(z.string()).optional(),
  /** The confusion matrix computed from predictions (classification), sklearn's layout. */
  confusion: z
    .looseObject({ labels: z.array(z.string()), matrix: z.array(z.array(z.number())) })
    .nullable()
    .optional(),
  /** The series of `model.plots` (DVC plots), downsampled: the base branch's report holds the base series. */
  plots: z.array(plotReportSchema).optional(),
});

const smokeReportSchema = z.looseObject({
  passed: z.boolean(),
  seconds: z.number().nonnegative(),
  /** Slipway extras: POST /predict latency, rows sent, what was checked or went wrong, the container's log when it failed. */
  latency_ms: z.number().nonnegative().nullable().optional(),
  rows: count.nullable().optional(),
  message: z.string().optional(),
  log: z.string().optional(),
});

const imageLayerSchema = z.looseObject({ size_bytes: count, created_by: z.string() });

const packageReportSchema = z.looseObject({
  image: z.string(),
  tags: z.array(z.string()),
  digest: z.string().nullable(),
  size_bytes: count,
  labels: z.record(z.string(), z.string()),
  smoke: smokeReportSchema.nullable(),
  /** Slipway extras (readers tolerate them): the tool that built it, the image's version, its layers, whether it was pushed. */
  builder: z.string().optional(),
  version: z.string().nullable().optional(),
  layers: z.array(imageLayerSchema).optional(),
  pushed: z.boolean().optional(),
  build_seconds: z.number().nonnegative().optional(),
});

const runInfoSchema = z.looseObject({
  id: z.number().int(),
  attempt: z.number().int(),
  workflow: z.string(),
  url: z.string(),
});

const reportSectionSchema = z.looseObject({
  /** The file, relative to the repository root. */
  path: z.string(),
  /** Its Markdown as written, cut to MAX_SECTION_CHARS. */
  markdown: z.string(),
  /** Characters cut off the end (0 when whole). */
  cut: count,
});

const reportImageSchema = z.looseObject({
  /** The file, relative to the repository root; the same path inside the artifact's slipway-images/ folder. */
  path: z.string(),
  size_bytes: count,
});

export const reportSchema = z.looseObject({
  schema: z.literal(REPORT_SCHEMA),
  commit: z.string().nullable(),
  ref: z.string().nullable(),
  repository: z.string().nullable(),
  run: runInfoSchema.nullable(),
  /** Every part that ran passed. */
  passed: z.boolean(),
  data: z.array(dataReportSchema),
  model: modelReportSchema.nullable(),
  package: packageReportSchema.nullable(),
  /**
   * Slipway extras (readers tolerate them; absent in older reports): the team's Markdown files
   * named by `comment.include`, as written (the renderer makes them inert), and the images of
   * `comment.images` uploaded beside the report in its artifact.
   */
  sections: z.array(reportSectionSchema).optional(),
  images: z.array(reportImageSchema).optional(),
});

export type Report = Closed<z.output<typeof reportSchema>>;
export type ReportSection = Closed<z.output<typeof reportSectionSchema>>;
export type ReportImage = Closed<z.output<typeof reportImageSchema>>;
export type RunInfo = Closed<z.output<typeof runInfoSchema>>;
export type DataReport = Closed<z.output<typeof dataReportSchema>>;
export type ReadAsReport = Closed<z.output<typeof readAsSchema>>;
export type DataFormat = z.output<typeof dataFormatSchema>;
export type CheckName = z.output<typeof checkNameSchema>;
export type CheckResult = Closed<z.output<typeof checkResultSchema>>;
export type FrictionlessCheckCode = z.output<typeof frictionlessCheckCodeSchema>;
export type Severity = z.output<typeof severitySchema>;
export type Sample = Closed<z.output<typeof sampleSchema>>;
export type StructuralError = Closed<z.output<typeof structuralErrorSchema>>;
export type DriftReport = Closed<z.output<typeof driftReportSchema>>;
export type NotComparedColumn = Closed<z.output<typeof notComparedColumnSchema>>;
export type ColumnDrift = Closed<z.output<typeof columnDriftSchema>>;
export type DriftTest = z.output<typeof driftTestSchema>;
export type ModelReport = Closed<z.output<typeof modelReportSchema>>;
export type PlotReport = Closed<z.output<typeof plotReportSchema>>;
export type ParamChange = Closed<z.output<typeof paramChangeSchema>>;
export type TestSummary = Closed<z.output<typeof testSummarySchema>>;
export type TestFailure = Closed<z.output<typeof testFailureSchema>>;
export type RuleState = z.output<typeof ruleStateSchema>;
export type RuleResult = Closed<z.output<typeof ruleResultSchema>>;
export type PackageReport = Closed<z.output<typeof packageReportSchema>>;
export type SmokeReport = Closed<z.output<typeof smokeReportSchema>>;
export type ImageLayerReport = Closed<z.output<typeof imageLayerSchema>>;

/**
 * Why a rule was not evaluated (or, under `model.require-baseline`, failed unjudged): the reasons
 * this version writes. The report's `reason` is any string, and readers show an unknown one as it
 * is: later writers may add some.
 */
export type RuleReason = "no-baseline" | "not-in-baseline" | "metric-missing";
