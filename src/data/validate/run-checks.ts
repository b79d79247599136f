/**
 * Runs a check plan. A dataset that passes is read once: one aggregate scan counts every row check,
 * computes every aggregate, and settles every group check by comparing distinct and total counts.
 * Only what failed costs more: a GROUP BY for each failed group check's exact count, and one scan
 * that fetches up to 20 failing rows per failed check.
 */
import type { CheckName, CheckResult, FrictionlessCheckCode, Sample } from "../../report/types.js";
import type { SqlDialect } from "../dialect/sql-dialect.js";
import type { Sql, SqlValue } from "../sql.js";
import type { AggregateCheck, CheckPlan, GroupCheck, PlannedCheck, RowCheck } from "./plan-checks.js";

export const MAX_SAMPLES = 20;

/**
 * Where a failing row is: its 1-based place in the dataset (`row`), and, when the reader numbers
 * rows itself, that number and the row's file (`at`).
 */
export type LocateRow = (
  row: number,
  at?: { rowNumber: number; file?: string },
) => { row: number; file?: string };

export interface RunContext {
  /** The plan's projection (see projection()). */
  source: string;
  /** Columns of the projection that no check reads, counted so every value is parsed once. */
  otherColumns: string[];
  /** Turns 1-based dataset rows into the file and the row within it; asked for only when samples are. */
  locator: () => Promise<LocateRow>;
  /** The engine's spellings where run-checks' own (DuckDB) queries do not fit; default DuckDB. */
  dialect?: SqlDialect;
  /**
   * The projection's column holding each row's number in its file (header = row 1), when the
   * reader provides one; failing rows are then located by it (and by `fileColumn`).
   */
  rowNumberColumn?: string;
  /** The projection's column holding each row's file, when several files are read. */
  fileColumn?: string;
  /** More aggregates over the projection for the caller, computed in the main scan (ChecksRun.probes). */
  probes?: string[];
  /**
   * Compute DISTINCT counts in the main scan too. For a source that parses the file
   * (a view straight on a CSV) a second scan costs a second parse; on a staged table it does not,
   * and there the split is faster.
   */
  singleScan?: boolean;
}

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

export interface ChecksRun {
  results: CheckResult[];
  rows: number;
  /** The value of each of the context's probes. */
  probes: SqlValue[];
}

export async function runChecks(sql: Sql, plan: CheckPlan, context: RunContext): Promise<ChecksRun> {
  const rowChecks = plan.checks.filter((check): check is RowCheck => check.kind === "row");
  const aggregateChecks = plan.checks.filter((check): check is AggregateCheck => check.kind === "aggregate");
  const groupChecks = plan.checks.filter((check): check is GroupCheck => check.kind === "group");

  const scanned = await scanOnce(sql, context, rowChecks, aggregateChecks, groupChecks);
  const rows = Number(scanned.n ?? 0);

  const results = new Map<PlannedCheck, CheckResult>();
  rowChecks.forEach((check, i) => {
    const unexpected = Number(scanned[`u${i}`] ?? 0);
    const denominator = Number(scanned[`d${i}`] ?? 0);
    results.set(check, countedResult(check, unexpected, denominator));
  });
  aggregateChecks.forEach((check, i) => {
    results.set(check, aggregateResult(check, scanned[`a${i}`] ?? null));
  });
  for (const [i, check] of groupChecks.entries()) {
    const clean =
      Number(scanned[`gd${i}`] ?? 0) === Number(scanned[`gn${i}`] ?? 0) &&
      Number(scanned[`gz${i}`] ?? 0) === 0;
    const unexpected = clean ? 0 : await countDuplicates(sql, context.source, check);
    results.set(check, countedResult(check, unexpected, rows));
  }

  const resultOf = (check: PlannedCheck): CheckResult => {
    const result = results.get(check);
    if (!result)
      throw new Error(
        `check ${check.id} has no result, yet each row, aggregate and group check was given one above`,
      );
    return result;
  };

  const failedRowChecks = rowChecks.filter((check) => !resultOf(check).success);
  const failedGroupChecks = groupChecks.filter((check) => !resultOf(check).success);
  if (failedRowChecks.length + failedGroupChecks.length > 0) {
    const locateRow = await context.locator();
    if (failedRowChecks.length > 0) {
      const needed = failedRowChecks.map((check) => Math.min(MAX_SAMPLES, resultOf(check).unexpected_count));
      const samples = await fetchRowSamples(sql, context, locateRow, failedRowChecks, needed);
      failedRowChecks.forEach((check, i) => {
        resultOf(check).samples = samples.get(i) ?? [];
      });
    }
    for (const check of failedGroupChecks) {
      resultOf(check).samples = await fetchGroupSamples(sql, context, locateRow, check);
    }
  }
  const probes = (context.probes ?? []).map((_, i) => scanned[`p${i}`] ?? null);
  return { results: plan.checks.map(resultOf), rows, probes };
}

async function scanOnce(
  sql: Sql,
  context: RunContext,
  rows: RowCheck[],
  aggregates: AggregateCheck[],
  groups: GroupCheck[],
) {
  // A DISTINCT count holds every value, and it slows whatever shares its query: on the 3M-row
  // Parquet bench the main scan with it took 1.5 s, without it 0.75 s plus 0.5 s for the count on
  // its own (an exact quantile, which also holds its column, costs little in the main scan). So
  // where reading the source again is cheap (a staged table, Parquet) each DISTINCT count gets a
  // scan of its own, reading only its key; where it means parsing a CSV again (singleScan), the
  // counts stay in the one scan.
  const select = ["count(*) AS n", ...context.otherColumns.map((column, i) => `count(${column}) AS o${i}`)];
  const distinctCounts: string[] = [];
  context.probes?.forEach((probe, i) => {
    select.push(`${probe} AS p${i}`);
  });
  rows.forEach((check, i) => {
    select.push(`count(*) FILTER (WHERE ${check.predicate}) AS u${i}`, `${check.denominator} AS d${i}`);
  });
  aggregates.forEach((check, i) => {
    select.push(`${check.aggregate} AS a${i}`);
  });
  const integerKeys = new Map<number, string>();
  groups.forEach((check, i) => {
    // A group check passes when its keys are all distinct (and, for a primary key, never null).
    const notNull = check.keys.map((key) => `${key} IS NOT NULL`).join(" AND ");
    const key = check.keys.length === 1 ? check.keys[0] : `row(${check.keys.join(", ")})`;
    const filter = check.check === "duplicate_rows" ? "" : ` FILTER (WHERE ${notNull})`;
    if (check.integerKey && key && countsInBitmaps(context)) {
      // Its range first (exact, as text): the bitmap's bounds.
      integerKeys.set(i, key);
      select.push(`CAST(min(${key}) AS VARCHAR) AS gmin${i}`, `CAST(max(${key}) AS VARCHAR) AS gmax${i}`);
    } else distinctCounts.push(`count(DISTINCT ${key})${filter} AS gd${i}`);
    select.push(`count(*)${filter} AS gn${i}`);
    select.push(
      check.nullIsUnexpected ? `count(*) FILTER (WHERE NOT (${notNull})) AS gz${i}` : `0 AS gz${i}`,
    );
  });
  const scans = context.singleScan
    ? [[...select, ...distinctCounts]]
    : [select, ...distinctCounts.map((count) => [count])];
  let scanned: Record<string, SqlValue> = {};
  for (const list of scans) {
    const [row] = await sql.all(`SELECT ${list.join(", ")} FROM (${context.source}) AS src`);
    scanned = { ...scanned, ...row };
  }
  for (const [i, key] of integerKeys) {
    const count = distinctIntegers(key, scanned[`gmin${i}`], scanned[`gmax${i}`], scanned[`gn${i}`]);
    const [row] = await sql.all(
      `SELECT coalesce(${count}, 0) AS gd${i} FROM (${context.source}) AS src WHERE ${key} IS NOT NULL`,
    );
    scanned = { ...scanned, ...row };
  }
  return scanned;
}

/**
 * Whether distinct integer keys are counted in a bitmap (DuckDB's bitstring_agg) rather than with
 * count(DISTINCT): 10× faster on 10M unique ids (0.14 s vs 1.4 s), and it spares the main scan a
 * DISTINCT count, which doubled the cost of everything sharing its query. On a CSV read straight
 * that costs a second parse of the file, but reading only the key's column: 0.45–0.6 s at 3M rows,
 * against the 0.7 s the DISTINCT count added to the one scan.
 */
function countsInBitmaps(context: RunContext): boolean {
  return !context.dialect || context.dialect.name === "duckdb";
}

/** A bitmap holds one bit a value of the key's range: at most 8 of them per key (a byte a row). */
const BITS_PER_KEY = 8n;

/** SQL counting a key's distinct values: in a bitmap over [min, max] when that is small enough. */
function distinctIntegers(key: string, min?: SqlValue, max?: SqlValue, keys?: SqlValue): string {
  if (typeof min !== "string" || typeof max !== "string") return "0"; // no key at all
  const range = BigInt(max) - BigInt(min) + 1n;
  if (range > BITS_PER_KEY * BigInt(Number(keys ?? 0)) + 1024n) return `count(DISTINCT ${key})`;
  return `bit_count(bitstring_agg(${key}, ${min}, ${max}))`;
}

async function countDuplicates(sql: Sql, source: string, check: GroupCheck): Promise<number> {
  const keys = check.keys.join(", ");
  const notNull = check.keys.map((key) => `${key} IS NOT NULL`).join(" AND ");
  const duplicated = `SELECT coalesce(sum(c), 0) AS n FROM (SELECT count(*) AS c FROM (${source}) AS src ${
    check.check === "duplicate_rows" ? "" : `WHERE ${notNull}`
  } GROUP BY ${keys} HAVING count(*) > 1) AS duplicated`;
  const [row] = await sql.all(duplicated);
  let count = Number(row?.n ?? 0);
  if (check.nullIsUnexpected) {
    const anyNull = check.keys.map((key) => `${key} IS NULL`).join(" OR ");
    const [nulls] = await sql.all(`SELECT count(*) AS n FROM (${source}) AS src WHERE ${anyNull}`);
    count += Number(nulls?.n ?? 0);
  }
  return count;
}

function countedResult(check: RowCheck | GroupCheck, unexpected: number, denominator: number): CheckResult {
  const fraction = denominator === 0 ? 0 : unexpected / denominator;
  const code = frictionlessCode(check.check);
  return {
    id: check.id,
    ...(check.column !== undefined ? { column: check.column } : {}),
    check: check.check,
    ...(code ? { code } : {}),
    expected: check.expected,
    unexpected_count: unexpected,
    unexpected_percent: fraction * 100,
    mostly: check.mostly,
    // GX's rule: the share of expected values must be at least `mostly`.
    success: 1 - fraction >= check.mostly - 1e-12,
    samples: [],
  };
}

function aggregateResult(check: AggregateCheck, observed: SqlValue): CheckResult {
  let success: boolean;
  if (check.notBefore) {
    success =
      observed !== null &&
      new Date(String(observed).replace(" ", "T").replace(/\+00$/, "Z")) >= check.notBefore;
  } else {
    const value = observed === null ? Number.NaN : Number(observed);
    success =
      Number.isFinite(value) &&
      (check.min === undefined || value >= check.min) &&
      (check.max === undefined || value <= check.max);
  }
  return {
    id: check.id,
    ...(check.column !== undefined ? { column: check.column } : {}),
    check: check.check,
    expected: check.notBefore
      ? { max_age: check.expected, not_before: check.notBefore.toISOString() }
      : check.expected,
    unexpected_count: success ? 0 : 1,
    unexpected_percent: success ? 0 : 100,
    mostly: 1,
    success,
    samples: [],
    observed,
  };
}

/** One scan for all failed row checks: number the rows, keep the failing ones, 20 per check. */
async function fetchRowSamples(
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

async function fetchGroupSamples(
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

/** Frictionless's name for a failure of a check, where Frictionless has the check. */
export function frictionlessCode(check: CheckName): FrictionlessCheckCode | undefined {
  switch (check) {
    case "type":
      return "type-error";
    case "required":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
    case "minLength":
    case "maxLength":
    case "pattern":
    case "enum":
      return "constraint-error";
    case "unique":
      return "unique-error";
    case "primaryKey":
      return "primary-key";
    case "foreignKey":
      return "foreign-key";
    case "duplicate_rows":
      return "duplicate-row";
    default:
      return undefined;
  }
}
