/**
 * slipway/report@1 — the contract between the actions (writers) and the app (reader).
 * See DESIGN.md. Writers never omit a documented field; readers accept unknown extra fields.
 */

export const REPORT_SCHEMA = "slipway/report@1";

export interface Report {
  schema: typeof REPORT_SCHEMA;
  commit: string | null;
  ref: string | null;
  repository: string | null;
  run: RunInfo | null;
  /** Every part that ran passed. */
  passed: boolean;
  data: DataReport[];
  model: ModelReport | null;
  package: PackageReport | null;
  /**
   * Slipway extras (readers tolerate them; absent in older reports): the team's Markdown files
   * named by `comment.include`, as written (the renderer makes them inert), and the images of
   * `comment.images` uploaded beside the report in its artifact.
   */
  sections?: ReportSection[];
  images?: ReportImage[];
}

export interface ReportSection {
  /** The file, relative to the repository root. */
  path: string;
  /** Its Markdown as written, cut to MAX_SECTION_CHARS. */
  markdown: string;
  /** Characters cut off the end (0 when whole). */
  cut: number;
}

export interface ReportImage {
  /** The file, relative to the repository root; the same path inside the artifact's slipway-images/ folder. */
  path: string;
  size_bytes: number;
}

export interface RunInfo {
  id: number;
  attempt: number;
  workflow: string;
  url: string;
}

export interface DataReport {
  dataset: string;
  path: string;
  format: DataFormat;
  rows: number;
  columns: number;
  valid: boolean;
  seconds: number;
  checks: CheckResult[];
  errors: StructuralError[];
  drift: DriftReport | null;
  /** How a text file was read ("delimiter ';', header row 1, utf-8"), stated or detected. */
  read_as?: ReadAsReport;
  /** What the reader guessed and the user should confirm; never fails the dataset. */
  warnings?: string[];
}

export interface ReadAsReport {
  /** The sentence the text output prints after "read as:". */
  text: string;
  /** The dialect as the config writes it (keys that differ from the defaults). */
  dialect: Record<string, unknown>;
  encoding: string;
  /** Keys the user stated; the rest were detected. */
  stated: string[];
}

export type DataFormat = "csv" | "tsv" | "parquet" | "jsonl" | "postgres";

/** Frictionless constraint names where one exists, else Slipway's own. */
export type CheckName =
  | "type"
  | "required"
  | "unique"
  | "minimum"
  | "maximum"
  | "exclusiveMinimum"
  | "exclusiveMaximum"
  | "minLength"
  | "maxLength"
  | "pattern"
  | "enum"
  | "primaryKey"
  | "foreignKey"
  | "rows"
  | "duplicate_rows"
  | "null_fraction"
  | "freshness"
  | "mean"
  | "stddev"
  | "quantile";

export interface CheckResult {
  id: string;
  column?: string;
  check: CheckName;
  expected: unknown;
  unexpected_count: number;
  /** 0–100 */
  unexpected_percent: number;
  mostly: number;
  success: boolean;
  /** Up to 20 failing rows; row is the 1-based data row, header excluded. */
  samples: Sample[];
  /** Slipway extras (readers tolerate them): the measured value of aggregate checks, and the severity. */
  observed?: unknown;
  severity?: Severity;
  /** Frictionless's error code for a failure of this check (type-error, constraint-error, unique-error, primary-key, foreign-key); absent for Slipway's own checks. */
  code?: FrictionlessCheckCode;
  /** The field's 1-based position among the data's columns (Frictionless's fieldNumber). */
  field_number?: number;
}

export type FrictionlessCheckCode =
  | "type-error"
  | "constraint-error"
  | "unique-error"
  | "primary-key"
  | "foreign-key"
  | "duplicate-row";

export type Severity = "error" | "warning";

export interface Sample {
  row: number;
  value: unknown;
  /** For a dataset read from several files: which one. */
  file?: string;
  /** unique / primaryKey / duplicate rows: the row this row repeats (Frictionless reports the repeats). */
  repeat_of?: number;
  /** primaryKey: a cell of this row's key is missing. */
  null_key?: true;
}

export interface StructuralError {
  /** Frictionless codes (type-error, missing-cell, …), or missing_column | extra_column | unreadable | ... */
  kind: string;
  message: string;
  column?: string;
  row?: number;
  /** 1-based position of the field (structure errors: labels and cells). */
  field?: number;
  value?: unknown;
  count?: number;
  /** For a dataset read from several files: which one. */
  file?: string;
}

export interface DriftReport {
  reference: string;
  drifted: boolean;
  /** Share (0–1) of compared columns that drifted. */
  share: number;
  /** The share at or above which the dataset counts as drifted. */
  threshold?: number;
  columns: ColumnDrift[];
  /** Slipway extras (readers tolerate them): what the reference was compared with, and the columns not compared and why. */
  current?: string;
  not_compared?: NotComparedColumn[];
}

export interface NotComparedColumn {
  column: string;
  /** only_in_reference | only_in_current | ignored | datetime | unsupported_type | empty | not_found */
  reason: string;
  detail: string;
}

export interface ColumnDrift {
  column: string;
  test: DriftTest;
  statistic: number;
  p_value?: number;
  threshold: number;
  drifted: boolean;
  kind?: "numeric" | "categorical";
  /** Why the test differs from the one asked for, or why the statistic is capped (chi-square with new categories). */
  note?: string;
}

export type DriftTest = "ks" | "chi2" | "z" | "psi" | "wasserstein" | "jensenshannon" | "linf";

export interface ModelReport {
  passed: boolean;
  tests: TestSummary;
  metrics: Record<string, number>;
  baseline: Record<string, number> | null;
  baseline_ref: string | null;
  rules: RuleResult[];
  params: Record<string, unknown>;
  params_baseline: Record<string, unknown>;
  /**
   * Slipway extra: the params that differ from the baseline's, as `dvc params diff` lists them;
   * null when there was no baseline to compare params with (readers of older reports diff
   * `params` and `params_baseline` themselves).
   */
  params_changes?: ParamChange[] | null;
  /** Slipway extras (readers tolerate them): the metric that ranks variants and trends. */
  primary?: string | null;
  /** The better direction of each metric that has one (from its rule, else its name). */
  directions?: Record<string, "higher" | "lower">;
  /** What was compared with what, and what was skipped, in plain words. */
  notes?: string[];
  /** The confusion matrix computed from predictions (classification), sklearn's layout. */
  confusion?: { labels: string[]; matrix: number[][] } | null;
  /** The series of `model.plots` (DVC plots), downsampled: the base branch's report holds the base series. */
  plots?: PlotReport[];
}

/** One series of a DVC plots file: y against x, in file order. */
export interface PlotReport {
  /** The file, plus " · y" when the file gives several series; matches base and head. */
  id: string;
  title: string;
  /** Field names; x is "step" (the row number) when the file names none. */
  x: string;
  y: string;
  /** [x, y] pairs, at most MAX_PLOT_POINTS, evenly picked with the first and last kept. */
  points: Array<[number | string, number]>;
  /** How many rows the file had before the picking. */
  total: number;
}

export interface ParamChange {
  name: string;
  change: "changed" | "added" | "removed";
  /** Absent when added. */
  base?: unknown;
  /** Absent when removed. */
  head?: unknown;
}

export interface TestSummary {
  passed: number;
  failed: number;
  skipped: number;
  failures: TestFailure[];
}

export interface TestFailure {
  name: string;
  /** The runner's message, decoded (XML entities, CDATA): newlines and any characters as written. */
  message: string;
  file?: string;
  /** Slipway extra: the test's line in `file`, when the runner wrote one. */
  line?: number;
}

/**
 * What became of a rule: judged and met, judged and missed, or not judged at all because there
 * was nothing to compare with (a max-drop without a baseline). A rule that was not evaluated is
 * no pass: it is shown and counted apart, and fails under `model.require-baseline: true`.
 */
export type RuleState = "passed" | "failed" | "not-evaluated";

/**
 * Why a rule was not evaluated (or, under `model.require-baseline`, failed unjudged). Readers show
 * an unknown reason as it is: later writers may add some.
 */
export type RuleReason = "no-baseline" | "not-in-baseline" | "metric-missing";

export interface RuleResult {
  metric: string;
  rule: string;
  threshold: number;
  value: number | null;
  baseline?: number | null;
  delta?: number | null;
  /** For readers that know only this field: true exactly when `state` is "passed" (false when not evaluated). */
  passed: boolean;
  /** Always written since rule states exist; reports written before lack it: read it with ruleState(). */
  state?: RuleState;
  /** Set when the rule could not be judged on its values (a RuleReason); null otherwise. */
  reason?: RuleReason | (string & {}) | null;
}

export interface PackageReport {
  image: string;
  tags: string[];
  digest: string | null;
  size_bytes: number;
  labels: Record<string, string>;
  smoke: SmokeReport | null;
  /** Slipway extras (readers tolerate them): the tool that built it, the image's version, its layers, whether it was pushed. */
  builder?: string;
  version?: string | null;
  layers?: ImageLayerReport[];
  pushed?: boolean;
  build_seconds?: number;
}

export interface SmokeReport {
  passed: boolean;
  seconds: number;
  /** Slipway extras: POST /predict latency, rows sent, what was checked or went wrong, the container's log when it failed. */
  latency_ms?: number | null;
  rows?: number | null;
  message?: string;
  log?: string;
}

export interface ImageLayerReport {
  size_bytes: number;
  created_by: string;
}
