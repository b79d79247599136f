/**
 * Stages the compared columns of one dataset: numbers as finite DOUBLEs (NaN and ±∞ become null,
 * as Evidently drops them; −0 becomes 0 so it groups with 0), everything else as text. Sources that
 * are costly to re-read (CSV and JSON, parsed again by every query) are copied once into a temp
 * table; columnar ones (Parquet) get a view, which costs neither the copy nor its memory. Then profiles each column in one scan: count of values, distinct values (exact up to
 * EXACT_DISTINCT_MAX, where the test choice and binning need it), and for numbers min, max and the
 * population standard deviation.
 */
import { ident, type Sql } from "../sql.js";

/** Distinct counts estimated up to this are made exact; above it the estimate is far enough from 5 and 20. */
const EXACT_DISTINCT_MAX = 1000;

export interface StagedColumn {
  /** The column's name in the data. */
  name: string;
  /** Its name in the staged table. */
  alias: string;
  valueSql: "DOUBLE" | "VARCHAR";
}

export interface ColumnProfile {
  /** Non-null (and finite) values. */
  count: number;
  /** Distinct values: exact wherever HyperLogLog estimates at most EXACT_DISTINCT_MAX (so always for ≤ 20), else that estimate. */
  distinct: number;
  min: number | null;
  max: number | null;
  /** Population standard deviation (numpy's np.std). */
  std: number | null;
}

export async function stageSample(
  sql: Sql,
  source: { relation: string; materialize: boolean },
  table: string,
  columns: readonly StagedColumn[],
): Promise<Map<string, ColumnProfile>> {
  const select = columns.map((column) => {
    const source = ident(column.name);
    const value =
      column.valueSql === "DOUBLE"
        ? `CASE WHEN isfinite(CAST(${source} AS DOUBLE)) THEN CAST(${source} AS DOUBLE) + CAST(0 AS DOUBLE) END`
        : `CAST(${source} AS VARCHAR)`;
    return `${value} AS ${ident(column.alias)}`;
  });
  await sql.run(
    `CREATE OR REPLACE TEMP ${source.materialize ? "TABLE" : "VIEW"} ${ident(table)} AS SELECT ${select.join(", ")} FROM ${source.relation}`,
  );

  const aggregates = columns.flatMap((column, i) => {
    const c = ident(column.alias);
    const base = [`count(${c}) AS n${i}`, `approx_count_distinct(${c}) AS a${i}`];
    return column.valueSql === "DOUBLE"
      ? [...base, `min(${c}) AS lo${i}`, `max(${c}) AS hi${i}`, `stddev_pop(${c}) AS sd${i}`]
      : base;
  });
  const [row] = await sql.all(`SELECT ${aggregates.join(", ")} FROM ${ident(table)}`);
  const number = (key: string) => (row?.[key] === null || row?.[key] === undefined ? null : Number(row[key]));
  const profiled = columns.map((column, i) => ({
    column,
    profile: {
      count: Number(row?.[`n${i}`] ?? 0),
      distinct: Number(row?.[`a${i}`] ?? 0),
      min: number(`lo${i}`),
      max: number(`hi${i}`),
      std: number(`sd${i}`),
    } satisfies ColumnProfile,
  }));

  // HyperLogLog is off by a few even for tens of values: count exactly wherever the number matters.
  const exact = profiled.filter(({ profile }) => profile.distinct <= EXACT_DISTINCT_MAX);
  if (exact.length > 0) {
    const counts = exact.map(({ column }, i) => `count(DISTINCT ${ident(column.alias)}) AS d${i}`);
    const [distinct] = await sql.all(`SELECT ${counts.join(", ")} FROM ${ident(table)}`);
    exact.forEach(({ profile }, i) => {
      profile.distinct = Number(distinct?.[`d${i}`] ?? 0);
    });
  }
  return new Map(profiled.map(({ column, profile }) => [column.alias, profile]));
}

/** A staged column's profile: stageSample profiles every column it stages. */
export function profileOf(profiles: ReadonlyMap<string, ColumnProfile>, column: StagedColumn): ColumnProfile {
  const profile = profiles.get(column.alias);
  if (!profile) throw new Error(`column "${column.name}" was staged for drift but not profiled`);
  return profile;
}
