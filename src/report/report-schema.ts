/**
 * The zod schema of slipway/report@1 (types.ts is the contract; this checks a report read from
 * outside — an artifact of a fork's run — against it). Objects are loose: readers accept unknown
 * extra fields, as DESIGN.md promises writers of later minor additions. A report of another
 * version is said to be that, not "invalid", so a user knows to update the app rather than the
 * workflow.
 */
import { z } from "zod";
import {
  type CheckName,
  type DataReport,
  type DriftTest,
  type ModelReport,
  type PackageReport,
  REPORT_SCHEMA,
  type Report,
  type RuleState,
} from "./types.js";

const checkNames = [
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
] as const satisfies readonly CheckName[];

const driftTests = [
  "ks",
  "chi2",
  "z",
  "psi",
  "wasserstein",
  "jensenshannon",
  "linf",
] as const satisfies readonly DriftTest[];

const ruleStates = ["passed", "failed", "not-evaluated"] as const satisfies readonly RuleState[];

const count = z.number().int().nonnegative();

export const sampleSchema = z.looseObject({
  row: z.number().int(),
  value: z.unknown(),
  file: z.string().optional(),
});

export const checkResultSchema = z.looseObject({
  id: z.string(),
  column: z.string().optional(),
  check: z.enum(checkNames),
  expected: z.unknown(),
  unexpected_count: count,
  unexpected_percent: z.number().min(0).max(100),
  mostly: z.number().min(0).max(1),
  success: z.boolean(),
  samples: z.array(sampleSchema),
  observed: z.unknown().optional(),
  severity: z.enum(["error", "warning"]).optional(),
});

export const structuralErrorSchema = z.looseObject({
  kind: z.string(),
  message: z.string(),
  column: z.string().optional(),
  row: z.number().int().optional(),
  field: z.number().int().positive().optional(),
  value: z.unknown().optional(),
  count: count.optional(),
  file: z.string().optional(),
});

export const columnDriftSchema = z.looseObject({
  column: z.string(),
  test: z.enum(driftTests),
  statistic: z.number(),
  p_value: z.number().optional(),
  threshold: z.number(),
  drifted: z.boolean(),
  kind: z.enum(["numeric", "categorical"]).optional(),
  note: z.string().optional(),
});

export const driftReportSchema = z.looseObject({
  reference: z.string(),
  drifted: z.boolean(),
  share: z.number().min(0).max(1),
  threshold: z.number().optional(),
  columns: z.array(columnDriftSchema),
  current: z.string().optional(),
  not_compared: z
    .array(z.looseObject({ column: z.string(), reason: z.string(), detail: z.string() }))
    .optional(),
});

export const dataReportSchema = z.looseObject({
  dataset: z.string(),
  path: z.string(),
  format: z.enum(["csv", "tsv", "parquet", "jsonl", "postgres"]),
  rows: count,
  columns: count,
  valid: z.boolean(),
  seconds: z.number().nonnegative(),
  checks: z.array(checkResultSchema),
  errors: z.array(structuralErrorSchema),
  drift: driftReportSchema.nullable(),
  read_as: z
    .looseObject({
      text: z.string(),
      dialect: z.record(z.string(), z.unknown()),
      encoding: z.string(),
      stated: z.array(z.string()),
    })
    .optional(),
  warnings: z.array(z.string()).optional(),
});

const metricValues = z.record(z.string(), z.number());

export const ruleResultSchema = z.looseObject({
  metric: z.string(),
  rule: z.string(),
  threshold: z.number(),
  value: z.number().nullable(),
  baseline: z.number().nullable().optional(),
  delta: z.number().nullable().optional(),
  passed: z.boolean(),
  // Absent in reports written before rule states; a state this version does not know (a later
  // writer's) is read as absent, so the rule falls back on `passed` (see rule-state.ts).
  state: z.enum(ruleStates).optional().catch(undefined),
  reason: z.string().nullable().optional(),
});

const paramChangeSchema = z.looseObject({
  name: z.string(),
  change: z.enum(["changed", "added", "removed"]),
  base: z.unknown().optional(),
  head: z.unknown().optional(),
});

export const plotReportSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  x: z.string(),
  y: z.string(),
  points: z.array(z.tuple([z.union([z.number(), z.string()]), z.number()])),
  total: count,
});

export const modelReportSchema = z.looseObject({
  passed: z.boolean(),
  tests: z.looseObject({
    passed: count,
    failed: count,
    skipped: count,
    failures: z.array(
      z.looseObject({
        name: z.string(),
        message: z.string(),
        file: z.string().optional(),
        line: z.number().int().positive().optional().catch(undefined),
      }),
    ),
  }),
  metrics: metricValues,
  baseline: metricValues.nullable(),
  baseline_ref: z.string().nullable(),
  rules: z.array(ruleResultSchema),
  params: z.record(z.string(), z.unknown()),
  params_baseline: z.record(z.string(), z.unknown()),
  params_changes: z.array(paramChangeSchema).nullable().optional(),
  primary: z.string().nullable().optional(),
  directions: z.record(z.string(), z.enum(["higher", "lower"])).optional(),
  notes: z.array(z.string()).optional(),
  confusion: z
    .looseObject({ labels: z.array(z.string()), matrix: z.array(z.array(z.number())) })
    .nullable()
    .optional(),
  plots: z.array(plotReportSchema).optional(),
});

export const packageReportSchema = z.looseObject({
  image: z.string(),
  tags: z.array(z.string()),
  digest: z.string().nullable(),
  size_bytes: count,
  labels: z.record(z.string(), z.string()),
  smoke: z
    .looseObject({
      passed: z.boolean(),
      seconds: z.number().nonnegative(),
      latency_ms: z.number().nonnegative().nullable().optional(),
      rows: count.nullable().optional(),
      message: z.string().optional(),
      log: z.string().optional(),
    })
    .nullable(),
  builder: z.string().optional(),
  version: z.string().nullable().optional(),
  layers: z.array(z.looseObject({ size_bytes: count, created_by: z.string() })).optional(),
  pushed: z.boolean().optional(),
});

export const reportSchema = z.looseObject({
  schema: z.literal(REPORT_SCHEMA),
  commit: z.string().nullable(),
  ref: z.string().nullable(),
  repository: z.string().nullable(),
  run: z
    .looseObject({
      id: z.number().int(),
      attempt: z.number().int(),
      workflow: z.string(),
      url: z.string(),
    })
    .nullable(),
  passed: z.boolean(),
  data: z.array(dataReportSchema),
  model: modelReportSchema.nullable(),
  package: packageReportSchema.nullable(),
  sections: z.array(z.looseObject({ path: z.string(), markdown: z.string(), cut: count })).optional(),
  images: z.array(z.looseObject({ path: z.string(), size_bytes: count })).optional(),
});

// Compile-time guard: what the schema accepts is a Report (a field missing from the schema, or
// typed differently, fails the type check here rather than at a user's PR).
const asReport = (parsed: z.output<typeof reportSchema>): Report => parsed;
const asParts = (
  data: z.output<typeof dataReportSchema>,
  model: z.output<typeof modelReportSchema>,
  pkg: z.output<typeof packageReportSchema>,
): [DataReport, ModelReport, PackageReport] => [data, model, pkg];
void asReport;
void asParts;

export type ReportParseResult =
  | { ok: true; report: Report }
  | { ok: false; kind: "not-a-report" | "unknown-version" | "invalid"; message: string };

const VERSIONED = /^slipway\/report@(.+)$/;
const MAX_ISSUES = 8;
/**
 * Limits on the JSON itself, checked before the schema: a report deeper than this cannot be
 * written back out (JSON.stringify recurses, and overflows the stack near 10,000 levels) and no
 * Slipway writer nests past a dozen; a NUL character cannot be stored (PostgreSQL's jsonb refuses
 * \u0000) and has no business in a report.
 */
export const MAX_REPORT_DEPTH = 64;

/**
 * Checks parsed JSON against slipway/report@1. `source` names where it came from (an artifact and
 * file) and starts every message. Messages hold report content (key paths): render them escaped.
 */
export function parseReport(raw: unknown, source: string): ReportParseResult {
  const schema =
    raw !== null && typeof raw === "object" && !Array.isArray(raw)
      ? (raw as { schema?: unknown }).schema
      : undefined;
  if (typeof schema !== "string" || !VERSIONED.test(schema)) {
    const got = schema === undefined ? 'no "schema" field' : `"schema": ${preview(schema)}`;
    return {
      ok: false,
      kind: "not-a-report",
      message: `${source} is not a Slipway report (${got}; expected "${REPORT_SCHEMA}").`,
    };
  }
  if (schema !== REPORT_SCHEMA) {
    return {
      ok: false,
      kind: "unknown-version",
      message:
        `${source} uses the report format "${schema}", which this Slipway app does not know ` +
        `(it reads "${REPORT_SCHEMA}"). Update the app, or pin the workflow's Slipway steps to a ` +
        "release that writes the version the app reads.",
    };
  }
  const limit = jsonLimitProblem(raw);
  if (limit) return { ok: false, kind: "invalid", message: `${source} is not a readable report: ${limit}.` };
  const result = reportSchema.safeParse(raw);
  if (result.success) return { ok: true, report: result.data };
  const issues = result.error.issues;
  const lines = issues
    .slice(0, MAX_ISSUES)
    .map((issue) => `${formatPath(issue.path)}: ${describe(issue, raw)}`);
  if (issues.length > MAX_ISSUES) lines.push(`… and ${issues.length - MAX_ISSUES} more problems`);
  return {
    ok: false,
    kind: "invalid",
    message: `${source} is not a valid ${REPORT_SCHEMA} report: ${lines.join("; ")}.`,
  };
}

/** The first value past MAX_REPORT_DEPTH or string holding a NUL, walked without recursion; null when none. */
function jsonLimitProblem(raw: unknown): string | null {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: raw, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (value.includes("\u0000"))
        return `${formatPath(path)} holds a NUL character (\\u0000), which a report may not contain`;
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (path.length >= MAX_REPORT_DEPTH) {
      return `${formatPath(path.slice(0, 4))}… nests values more than ${MAX_REPORT_DEPTH} levels deep; reports are read up to ${MAX_REPORT_DEPTH}`;
    }
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
    for (const [key, child] of entries) {
      if (typeof key === "string" && key.includes("\u0000"))
        return `a key in ${formatPath(path)} holds a NUL character (\\u0000), which a report may not contain`;
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

function describe(issue: z.core.$ZodIssue, raw: unknown): string {
  const value = valueAt(raw, issue.path);
  if (issue.code === "invalid_type") {
    const got = value === undefined ? "nothing (the field is missing)" : preview(value);
    return `expected ${issue.expected}, got ${got}`;
  }
  if (issue.code === "invalid_value" && "values" in issue) {
    return `${preview(value)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return `${issue.message} (got ${preview(value)})`;
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(the report)";
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
