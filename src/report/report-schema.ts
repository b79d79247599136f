/**
 * Reads a report from outside (an artifact of a fork's run, a stored row) against the
 * slipway/report@1 schema in types.ts. A report of another version is said to be that, not
 * "invalid", so a user knows to update the app rather than the workflow.
 */
import type { z } from "zod";
import { REPORT_SCHEMA, type Report, reportSchema } from "./types.js";

export type ReportParseResult =
  | { ok: true; report: Report }
  | {
      ok: false;
      kind: "not-a-report" | "unknown-version" | "invalid";
      /** `detail` after the source: the sentence to show. */
      message: string;
      /** What is wrong, without the source (for a caller that names the file its own way). */
      detail: string;
    };

function failure(
  kind: "not-a-report" | "unknown-version" | "invalid",
  source: string,
  detail: string,
): ReportParseResult {
  return { ok: false, kind, message: `${source} ${detail}`, detail };
}

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
    return failure("not-a-report", source, `is not a Slipway report (${got}; expected "${REPORT_SCHEMA}").`);
  }
  if (schema !== REPORT_SCHEMA) {
    return failure(
      "unknown-version",
      source,
      `uses the report format "${schema}", which this Slipway app does not know ` +
        `(it reads "${REPORT_SCHEMA}"). Update the app, or pin the workflow's Slipway steps to a ` +
        "release that writes the version the app reads.",
    );
  }
  const limit = jsonLimitProblem(raw);
  if (limit) return failure("invalid", source, `is not a readable report: ${limit}.`);
  const result = reportSchema.safeParse(raw);
  if (result.success) return { ok: true, report: result.data };
  const issues = result.error.issues;
  const lines = issues
    .slice(0, MAX_ISSUES)
    .map((issue) => `${formatPath(issue.path)}: ${describe(issue, raw)}`);
  if (issues.length > MAX_ISSUES) lines.push(`… and ${issues.length - MAX_ISSUES} more problems`);
  return failure("invalid", source, `is not a valid ${REPORT_SCHEMA} report: ${lines.join("; ")}.`);
}

/** The first value past MAX_REPORT_DEPTH or string holding a NUL, walked without recursion; null when none. */
function jsonLimitProblem(raw: unknown): string | null {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: raw, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path } = next;
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
