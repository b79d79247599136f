/**
 * One metrics file as DVC reads it: JSON, YAML or TOML with nested keys flattened with dots, or
 * CSV rows of name,value. Numbers become metrics; other values (strings, booleans, lists) are
 * skipped and named, as DVC skips what it cannot diff. NaN and ±Infinity are errors naming the
 * file, line and key: a comparison against them would pass or fail for no reason.
 */
import { InputError } from "../../errors.js";
import { flattenObject } from "../files/flatten-object.js";
import { parseStructuredFile, structuredFormat } from "../files/parse-structured-file.js";
import { parseMetricsCsv } from "./parse-metrics-csv.js";

export interface ParsedMetrics {
  metrics: Record<string, number>;
  /** Keys whose values are not numbers, with what they hold. */
  skipped: { name: string; kind: string }[];
}

export const METRICS_FORMATS_HINT = "JSON, YAML (.yaml/.yml), TOML or CSV (name,value rows)";

/** Whether a metrics file of this name can be read (by its extension, as DVC decides). */
export function isMetricsFormat(file: string): boolean {
  return file.toLowerCase().endsWith(".csv") || structuredFormat(file) !== null;
}

export function parseMetricsFile(text: string, file: string): ParsedMetrics {
  if (file.toLowerCase().endsWith(".csv")) return { metrics: parseMetricsCsv(text, file), skipped: [] };
  const format = structuredFormat(file);
  if (!format) {
    throw new InputError(file, `is not a metrics format Slipway reads; use ${METRICS_FORMATS_HINT}.`);
  }
  const parsed = parseStructuredFile(text, file, format);
  if (parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data)) {
    throw new InputError(file, "must hold a mapping of metric names to numbers (nested mappings allowed).");
  }
  const metrics: Record<string, number> = {};
  const skipped: ParsedMetrics["skipped"] = [];
  for (const entry of flattenObject(parsed.data)) {
    if (typeof entry.value !== "number") {
      skipped.push({ name: entry.name, kind: describeKind(entry.value) });
      continue;
    }
    if (!Number.isFinite(entry.value)) {
      throw new InputError(
        file,
        `metric "${entry.name}" is ${entry.value}; metrics must be finite numbers. Check the evaluation that wrote it.`,
        { line: parsed.lineOf(entry.path), field: entry.name },
      );
    }
    metrics[entry.name] = entry.value;
  }
  return { metrics, skipped };
}

function describeKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an empty mapping";
  return typeof value === "string" ? "text" : typeof value;
}
