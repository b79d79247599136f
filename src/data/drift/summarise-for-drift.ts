/**
 * Drift on a database table without its rows leaving the database: what each compared column
 * contributes to every drift test is its distribution, so the database is asked for that only.
 *
 * - A column with at most `maxDistinct` distinct values: its value counts (one GROUP BY). Every
 *   test (KS, Wasserstein, chi-square, z, PSI, Jensen–Shannon, L∞, the histograms) depends on the
 *   values only through these counts, so drift from them is exact.
 * - A numeric column with more: `quantiles + 1` discrete quantiles (one sorted aggregate), each
 *   standing for its share of the values. Count, minimum and maximum stay exact; the distribution
 *   between quantiles is approximated (|ΔF| ≤ 1/quantiles), and the report says so in a note.
 * - A text column with more: the `maxDistinct − 1` most frequent values and one pooled rest (noted).
 *
 * Written against `Sql` + `SqlDialect`, so the same code runs on PostgreSQL and on DuckDB.
 */
import type { SqlDialect } from "../dialect/sql-dialect.js";
import type { Sql } from "../sql.js";
import { ident } from "../sql.js";

/** Value counts are fetched up to this many distinct values per column (default). */
export const PUSHDOWN_MAX_DISTINCT = 10_000;
/** Quantiles a many-valued numeric column is summarised by (default). */
export const PUSHDOWN_QUANTILES = 10_000;
/** The key the values beyond the most frequent ones of a text column are pooled under. */
export const OTHER_VALUES = "\uFFFF(other values)";

export interface SummaryColumn {
  name: string;
  /** The column's type as drift plans by it (DuckDB names). */
  type: string;
  /** How drift reads it, or null when drift does not compare it (then nothing is fetched). */
  valueSql: "DOUBLE" | "VARCHAR" | null;
}

export interface ColumnSummary {
  name: string;
  type: string;
  valueSql: "DOUBLE" | "VARCHAR" | null;
  /** Distinct values (numbers, or text) with how many rows hold each. */
  values: (number | string)[];
  counts: number[];
  /** Set when the summary is not the exact distribution. */
  note?: string;
}

export interface DriftSummary {
  rows: number;
  columns: ColumnSummary[];
}

export interface SummariseOptions {
  maxDistinct?: number;
  quantiles?: number;
  /** How the source is named in notes ("current", "reference"). */
  side: string;
}

export async function summariseForDrift(
  sql: Sql,
  dialect: SqlDialect,
  relation: string,
  columns: readonly SummaryColumn[],
  options: SummariseOptions,
): Promise<DriftSummary> {
  const maxDistinct = options.maxDistinct ?? PUSHDOWN_MAX_DISTINCT;
  const quantiles = options.quantiles ?? PUSHDOWN_QUANTILES;
  const compared = columns.filter((column) => column.valueSql !== null);
  const value = (column: SummaryColumn) =>
    column.valueSql === "DOUBLE"
      ? dialect.finiteDouble(ident(column.name))
      : `CAST(${ident(column.name)} AS TEXT)`;
  const values = (column: SummaryColumn) => `(SELECT ${value(column)} AS v FROM ${relation} AS src) AS s`;

  const profile = compared.flatMap((_, i) => [`count(v${i}) AS n${i}`, `count(DISTINCT v${i}) AS d${i}`]);
  const projected = compared.map((column, i) => `${value(column)} AS v${i}`);
  const [row] = await sql.all(
    `SELECT ${["count(*) AS rows", ...profile].join(", ")} FROM (SELECT ${projected.length > 0 ? projected.join(", ") : "1 AS one"} FROM ${relation} AS src) AS s`,
  );

  const summaries: ColumnSummary[] = [];
  for (const column of columns) {
    const i = compared.indexOf(column);
    if (i < 0) {
      summaries.push({ ...column, values: [], counts: [] });
      continue;
    }
    const count = Number(row?.[`n${i}`] ?? 0);
    const distinct = Number(row?.[`d${i}`] ?? 0);
    if (distinct <= maxDistinct) {
      const rows = await sql.all(
        `SELECT v, count(*) AS n FROM ${values(column)} WHERE v IS NOT NULL GROUP BY v`,
      );
      summaries.push({
        ...column,
        values: rows.map((r) => asValue(r.v, column)),
        counts: rows.map((r) => Number(r.n)),
      });
    } else if (column.valueSql === "DOUBLE") {
      const fractions = Array.from({ length: quantiles + 1 }, (_, k) => k / quantiles);
      const [q] = await sql.all(
        `SELECT ${dialect.discreteQuantiles("v", fractions)} AS q FROM ${values(column)}`,
      );
      summaries.push({
        ...column,
        ...spreadOverQuantiles(((q?.q ?? []) as number[]).map(Number), count),
        note: `${options.side}: ${count} values (${distinct} distinct) summarised in the database by ${quantiles + 1} quantiles; the statistic is approximate (|ΔF| ≤ ${1 / quantiles})`,
      });
    } else {
      const rows = await sql.all(
        `SELECT v, count(*) AS n FROM ${values(column)} WHERE v IS NOT NULL GROUP BY v ORDER BY n DESC, v LIMIT ${maxDistinct - 1}`,
      );
      const kept = rows.map((r) => Number(r.n));
      const rest = count - kept.reduce((a, b) => a + b, 0);
      summaries.push({
        ...column,
        values: [...rows.map((r) => asValue(r.v, column)), OTHER_VALUES],
        counts: [...kept, rest],
        note: `${options.side}: ${distinct} distinct values; the ${maxDistinct - 1} most frequent compared, the rest pooled as one; the statistic is approximate`,
      });
    }
  }
  return { rows: Number(row?.rows ?? 0), columns: summaries };
}

function asValue(value: unknown, column: SummaryColumn): number | string {
  return column.valueSql === "DOUBLE" ? Number(value) : String(value);
}

/**
 * n values described by the discrete quantiles at k/K (k = 0…K): the i-th smallest of the n values
 * (i = 0…n−1) is taken to be the quantile nearest its own fraction i/(n−1). Equal neighbouring
 * quantiles merge, so the values are distinct.
 */
export function spreadOverQuantiles(
  quantiles: readonly number[],
  n: number,
): { values: number[]; counts: number[] } {
  const last = quantiles.length - 1;
  const perQuantile = new Array<number>(quantiles.length).fill(0);
  if (n === 1) perQuantile[0] = 1;
  else {
    for (let i = 0; i < n; i++) {
      const k = Math.round((i * last) / (n - 1));
      perQuantile[k] = (perQuantile[k] ?? 0) + 1; // k is within 0…last: the array is filled with 0 there
    }
  }
  const values: number[] = [];
  const counts: number[] = [];
  for (const [k, value] of quantiles.entries()) {
    const count = perQuantile[k] ?? 0;
    if (count === 0) continue;
    // An equal neighbour merges into the last value's count (pushed with it, so there is one).
    if (values.at(-1) === value) counts.push((counts.pop() ?? 0) + count);
    else {
      values.push(value);
      counts.push(count);
    }
  }
  return { values, counts };
}
