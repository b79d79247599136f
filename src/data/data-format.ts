/** Which reader a path needs, from its extension (a trailing .gz is read transparently by DuckDB). */
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

export function isGlob(path: string): boolean {
  return /[*?[]/.test(path);
}
