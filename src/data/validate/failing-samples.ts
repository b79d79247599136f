/**
 * The failing rows a failed check shows (up to MAX_SAMPLES each), and where each one is: the
 * queries that fetch them for row and group checks, and the numbering and location columns they
 * share with the foreign-key checks.
 */
import type { Sample } from "../../report/types.js";
import type { Sql, SqlValue } from "../sql.js";
import type { GroupCheck, RowCheck } from "./plan-checks.js";
import type { RunContext } from "./run-checks.js";

export const MAX_SAMPLES = 20;

/**
 * Where a failing row is: its 1-based place in the dataset (`row`), and, when the reader numbers
 * rows itself, that number and the row's file (`at`).
 */
export type LocateRow = (
  row: number,
  at?: { rowNumber: number; file?: string },
) => { row: number; file?: string };

/** SQL numbering the source's rows in their order (files one after another). */
export function rowNumbering(_context?: RunContext): string {
  return "row_number() OVER ()";
}

/** The extra columns a sample query selects so `locateAt` can place a row in its file. */
export function locationColumns(context: RunContext): string {
  return [
    context.rowNumberColumn ? `${context.rowNumberColumn} AS __at_row` : "",
    context.fileColumn ? `${context.fileColumn} AS __at_file` : "",
  ]
    .filter(Boolean)
    .map((column) => `, ${column}`)
    .join("");
}

/** A sample from a query row carrying __row, and the location columns when selected. */
export function sampleAt(locateRow: LocateRow, row: Record<string, SqlValue>, value: SqlValue): Sample {
  const at =
    row.__at_row === undefined || row.__at_row === null
      ? undefined
      : {
          rowNumber: Number(row.__at_row),
          ...(typeof row.__at_file === "string" ? { file: row.__at_file } : {}),
        };
  const located = locateRow(Number(row.__row), at);
  return { row: located.row, value, ...(located.file ? { file: located.file } : {}) };
}

/** One scan for all failed row checks: number the rows, keep the failing ones, 20 per check. */
export async function fetchRowSamples(
  sql: Sql,
  context: RunContext,
  locateRow: LocateRow,
  checks: RowCheck[],
  /** How many samples each check has (its failing rows, at most MAX_SAMPLES). */
  needed: number[],
): Promise<Map<number, Sample[]>> {
  const source = context.source;
  const hits = checks
    .map(
      (check, i) =>
        `{'k': ${i}, 'hit': coalesce(${check.predicate}, false), 'v': CAST(${check.sampleColumn} AS VARCHAR)}`,
    )
    .join(", ");
  const anyHit = checks.map((check) => `coalesce(${check.predicate}, false)`).join(" OR ");
  const columns = `f.k AS k, __row, f.v AS v${context.rowNumberColumn ? ", __at_row" : ""}${context.fileColumn ? ", __at_file" : ""}`;
  const numbered = `SELECT __row${locationColumns(context)}, unnest(list_filter([${hits}], h -> h.hit)) AS f
      FROM (SELECT ${rowNumbering(context)} AS __row, * FROM (${source})) WHERE ${anyHit}`;
  let rows: Awaited<ReturnType<Sql["all"]>> | null = null;
  if (!context.dialect) {
    // The first failing rows in file order usually hold every check's samples: a query that stops
    // after them (a LIMIT over the streaming row numbers) reads a fraction of the file. It is kept
    // when each check got all it needs; otherwise (a check failing only further on) the full scan.
    const limit = MAX_SAMPLES * checks.length;
    const first = await sql.all(`SELECT ${columns} FROM (${numbered} LIMIT ${limit}) ORDER BY k, __row`);
    const byCheck = needed.map((wanted, k) => ({
      found: first.filter((row) => Number(row.k) === k).slice(0, MAX_SAMPLES),
      wanted,
    }));
    if (byCheck.every(({ found, wanted }) => found.length >= wanted))
      rows = byCheck.flatMap(({ found }) => found);
  }
  rows ??= await sql.all(
    context.dialect?.rowSamplesQuery(source, checks, MAX_SAMPLES) ??
      `
    SELECT ${columns} FROM (
      ${numbered}
    ) QUALIFY row_number() OVER (PARTITION BY f.k ORDER BY __row) <= ${MAX_SAMPLES}
    ORDER BY k, __row`,
  );
  const samples = new Map<number, Sample[]>();
  for (const row of rows) {
    const k = Number(row.k);
    const list = samples.get(k) ?? [];
    list.push(sampleAt(locateRow, row, row.v ?? null));
    samples.set(k, list);
  }
  return samples;
}

export async function fetchGroupSamples(
  sql: Sql,
  context: RunContext,
  locateRow: LocateRow,
  check: GroupCheck,
): Promise<Sample[]> {
  const source = context.source;
  const keys = check.keys.join(", ");
  const notNull =
    check.check === "duplicate_rows"
      ? ""
      : `WHERE ${check.keys.map((key) => `${key} IS NOT NULL`).join(" AND ")}`;
  const anyNull = check.nullIsUnexpected
    ? ` OR ${check.keys.map((key) => `${key} IS NULL`).join(" OR ")}`
    : "";
  // `first`: the row where the key first occurs, so each later row can say which row it repeats.
  const rows = await sql.all(`
${
  context.dialect && context.dialect.name !== "duckdb"
    ? // Another engine (PostgreSQL): no struct literals or arg_min there, so no repeat_of; a table
      // has no file rows to place either. The subquery needs its alias there.
      `WITH numbered AS (SELECT row_number() OVER () AS __row, * FROM (${source}) AS src),
         duplicated AS (SELECT ${keys} FROM numbered ${notNull} GROUP BY ${keys} HAVING count(*) > 1)
    SELECT __row, CAST(${check.sampleColumn} AS VARCHAR) AS v FROM numbered`
    : `WITH numbered AS (SELECT ${rowNumbering(context)} AS __row, * FROM (${context.source})),
         duplicated AS (SELECT ${keys}, min(__row) AS first${context.rowNumberColumn ? `, arg_min(${context.rowNumberColumn}, __row) AS first_at` : ""}${context.fileColumn ? `, arg_min(${context.fileColumn}, __row) AS first_file` : ""} FROM numbered ${notNull} GROUP BY ${keys} HAVING count(*) > 1)
    SELECT __row${locationColumns(context)}, CAST(${check.sampleColumn} AS VARCHAR) AS v, ${check.nullIsUnexpected ? check.keys.map((key) => `${key} IS NULL`).join(" OR ") : "false"} AS null_key,
      (SELECT {'row': d.first${context.rowNumberColumn ? ", 'at': d.first_at" : ""}${context.fileColumn ? ", 'file': d.first_file" : ""}} FROM duplicated d WHERE ${check.keys.map((key) => `d.${key} IS NOT DISTINCT FROM numbered.${key}`).join(" AND ")}) AS first
    FROM numbered`
}
    WHERE EXISTS (SELECT 1 FROM duplicated d WHERE ${check.keys.map((key) => `d.${key} IS NOT DISTINCT FROM numbered.${key}`).join(" AND ")})${anyNull}
    ORDER BY __row LIMIT ${MAX_SAMPLES}`);
  return rows.map((row) => {
    const found = sampleAt(locateRow, row, row.v ?? null);
    if (row.null_key === true) return { ...found, null_key: true };
    const first = row.first as { row: unknown; at?: unknown; file?: unknown } | null | undefined;
    if (!first || Number(first.row) === Number(row.__row)) return found;
    const at =
      first.at === undefined || first.at === null
        ? undefined
        : { rowNumber: Number(first.at), ...(typeof first.file === "string" ? { file: first.file } : {}) };
    return { ...found, repeat_of: locateRow(Number(first.row), at).row };
  });
}
