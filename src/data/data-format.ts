/** Which reader a path needs, from its extension (a trailing .gz is read transparently by DuckDB). */
import { isGlob as isConfigGlob } from "../config/globs.js";
import type { DataFormat } from "../report/types.js";

const BY_EXTENSION: Record<string, DataFormat> = {
  ".csv": "csv",
  ".txt": "csv",
  ".tsv": "tsv",
  ".tab": "tsv",
  ".parquet": "parquet",
  ".pq": "parquet",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION).join(", ");

export function detectFormat(path: string): DataFormat | null {
  const lower = path.toLowerCase().replace(/\.gz$/, "");
  const dot = lower.lastIndexOf(".");
  return dot < 0 ? null : (BY_EXTENSION[lower.slice(dot)] ?? null);
}

/**
 * Whether a data path is a glob DuckDB expands: the config's glob test (src/config/globs.ts), less
 * `{a,b}` alternatives, which DuckDB's glob() reads as literal characters (a deliberate difference:
 * data globs are DuckDB's, every other glob in the config is picomatch's).
 */
export function isGlob(path: string): boolean {
  return /[*?[]/.test(path) && isConfigGlob(path);
}
