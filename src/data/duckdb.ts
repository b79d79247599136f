/**
 * Opens DuckDB. The engine is native (~70 MB a platform), so the action bundles never contain it:
 * on a runner the composite action installs it into the tool cache and sets SLIPWAY_DUCKDB_PREFIX,
 * and we load it from there with createRequire (ESM ignores NODE_PATH). Elsewhere (CLI, tests) it
 * resolves from node_modules as usual.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as DuckDBApi from "@duckdb/node-api";
import type { Sql, SqlRow, SqlValue } from "./sql.js";

type DuckDBModule = typeof DuckDBApi;

function loadEngine(): DuckDBModule {
  const prefix = process.env.SLIPWAY_DUCKDB_PREFIX;
  const require = createRequire(prefix ? join(prefix, "package.json") : import.meta.url);
  return require("@duckdb/node-api") as DuckDBModule;
}

export interface DuckDBOptions {
  /** DuckDB memory_limit, e.g. "1GB"; DuckDB spills to disk beyond it. Default: DEFAULT_MEMORY_LIMIT. */
  memoryLimit?: string;
  threads?: number;
  /** Where DuckDB spills; default a fresh folder in the system's temporary folder, removed on close. */
  tempDirectory?: string;
}

/**
 * DuckDB's own default is 80% of the machine's memory, so a big file grows the process until the
 * runner kills it; with a limit, sorts, joins and DISTINCT counts spill to disk instead. 1 GB keeps a
 * 10M-row validation under 1 GiB of peak memory. SLIPWAY_MEMORY_LIMIT overrides it (e.g. "4GB").
 */
export const DEFAULT_MEMORY_LIMIT = "1GB";

export async function openDuckDB(options: DuckDBOptions = {}): Promise<Sql> {
  const engine = loadEngine();
  const instance = await engine.DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  // SLIPWAY_DEBUG_SQL=1 prints every statement (its start) and its time to stderr; =full prints all of it.
  const debugLength = process.env.SLIPWAY_DEBUG_SQL === "full" ? undefined : 300;
  const debug = process.env.SLIPWAY_DEBUG_SQL
    ? (text: string, ms: number) =>
        process.stderr.write(`[sql ${ms.toFixed(0)} ms] ${text.replace(/\s+/g, " ").slice(0, debugLength)}\n`)
    : null;
  const sql: Sql = {
    async all(text) {
      const started = performance.now();
      const reader = await connection.runAndReadAll(text);
      debug?.(text, performance.now() - started);
      return reader.getRowObjectsJS().map((row) => toPlainRow(row as Record<string, unknown>));
    },
    async run(text) {
      const started = performance.now();
      await connection.run(text);
      debug?.(text, performance.now() - started);
    },
    close() {
      connection.closeSync();
      instance.closeSync();
      if (ownTemp) {
        rmSync(ownTemp, { recursive: true, force: true });
        spillFolders.delete(ownTemp);
      }
    },
  };
  // An in-memory DuckDB spills to ".tmp" in the current folder (the checkout, on a runner) by default.
  const temp = options.tempDirectory || spillFolder();
  /** The spill folder this connection made itself, removed on close. */
  const ownTemp = temp === options.tempDirectory ? null : temp;
  await sql.run(`SET temp_directory = '${temp.replaceAll("'", "''")}'`);
  const limit = options.memoryLimit ?? process.env.SLIPWAY_MEMORY_LIMIT ?? DEFAULT_MEMORY_LIMIT;
  await sql.run(`SET memory_limit = '${limit.replaceAll("'", "")}'`);
  if (options.threads) await sql.run(`SET threads = ${Math.max(1, Math.floor(options.threads))}`);
  return sql;
}

/** Spill folders of connections not closed yet, removed when the process exits (an error may skip close). */
const spillFolders = new Set<string>();
let removeOnExit = false;

function spillFolder(): string {
  if (!removeOnExit) {
    removeOnExit = true;
    process.once("exit", () => {
      for (const folder of spillFolders) rmSync(folder, { recursive: true, force: true });
    });
  }
  const folder = mkdtempSync(join(tmpdir(), "slipway-duckdb-"));
  spillFolders.add(folder);
  return folder;
}

function toPlainRow(row: Record<string, unknown>): SqlRow {
  const out: SqlRow = {};
  for (const [key, value] of Object.entries(row)) out[key] = toPlain(value);
  return out;
}

function toPlain(value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    // DuckDB value classes (dates, timestamps, decimals, intervals) print themselves as SQL text.
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && typeof (value as { toString?: unknown }).toString === "function") {
      const text = String(value);
      const numeric = Number(text);
      return value.constructor?.name?.includes("Decimal") && Number.isFinite(numeric) ? numeric : text;
    }
    const out: Record<string, SqlValue> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
    return out;
  }
  return String(value);
}
