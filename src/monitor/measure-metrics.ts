/**
 * The monitor's own metrics of one relation, in one aggregate query that runs where the data is
 * (DuckDB for files, the database for tables; the SQL is the same in both): row count, rows newer
 * than the previous run, freshness, NULL share per column. Custom SQL metrics are one query each.
 *
 * Metric names: rows, rows_since_last, freshness_seconds, null_share.<column>, custom.<name>.
 */
import type { MonitorMetric } from "../config/monitor-schema.js";
import { ident, literal, type Sql } from "../data/sql.js";
import { InputError } from "../errors.js";

export interface MeasureOptions {
  /** The data as a FROM item: a quoted view or table, or a parenthesised query. */
  relation: string;
  columns: readonly string[];
  metrics: readonly MonitorMetric[];
  now: Date;
  /** The previous run of this dataset, for rows_since_last. */
  previous: { at: string; rows: number | undefined } | null;
  /** Names the dataset in messages. */
  where: string;
}

export async function measureMetrics(sql: Sql, options: MeasureOptions): Promise<Record<string, number>> {
  const wants = (name: string) => options.metrics.some((metric) => metric === name);
  const freshness = options.metrics.find(
    (m): m is { freshness: string } => typeof m === "object" && "freshness" in m,
  );
  if (freshness && !options.columns.includes(freshness.freshness)) {
    throw new InputError(
      options.where,
      `has no column "${freshness.freshness}" for freshness (columns: ${options.columns.join(", ")}).`,
    );
  }
  const select = ["count(*) AS n"];
  if (freshness) {
    const column = ident(freshness.freshness);
    select.push(`CAST(max(${column}) AS TIMESTAMPTZ) AS latest`);
    if (options.previous)
      select.push(
        `count(*) FILTER (WHERE ${column} > CAST(${literal(options.previous.at)} AS TIMESTAMPTZ)) AS added`,
      );
  }
  if (wants("null-share"))
    select.push(...options.columns.map((column, i) => `count(${ident(column)}) AS c${i}`));
  const [row = {}] = await sql.all(`SELECT ${select.join(", ")} FROM ${options.relation} AS monitored`);

  const metrics: Record<string, number> = {};
  const rows = Number(row.n ?? 0);
  metrics.rows = rows;
  if (wants("rows-since-last") && options.previous) {
    if (row.added !== undefined) metrics.rows_since_last = Number(row.added);
    else if (options.previous.rows !== undefined) metrics.rows_since_last = rows - options.previous.rows;
  }
  if (freshness && row.latest !== null && row.latest !== undefined) {
    const latest = new Date(
      String(row.latest)
        .replace(" ", "T")
        .replace(/([+-]\d\d)$/, "$1:00"),
    );
    metrics.freshness_seconds = Math.max(0, (options.now.getTime() - latest.getTime()) / 1000);
  }
  if (wants("null-share")) {
    options.columns.forEach((column, i) => {
      metrics[`null_share.${column}`] = rows === 0 ? 0 : 1 - Number(row[`c${i}`] ?? 0) / rows;
    });
  }
  for (const metric of options.metrics) {
    if (typeof metric !== "object" || !("sql" in metric)) continue;
    metrics[`custom.${metric.name}`] = await customMetric(sql, metric, options.where);
  }
  return metrics;
}

async function customMetric(sql: Sql, metric: { name: string; sql: string }, where: string): Promise<number> {
  let rows: Awaited<ReturnType<Sql["all"]>>;
  try {
    rows = await sql.all(metric.sql);
  } catch (error) {
    throw new InputError(where, `metric "${metric.name}": the query failed: ${(error as Error).message}.`);
  }
  const value = rows[0] ? Object.values(rows[0])[0] : undefined;
  const number = typeof value === "string" || typeof value === "number" ? Number(value) : Number.NaN;
  if (!Number.isFinite(number)) {
    throw new InputError(
      where,
      `metric "${metric.name}": the query must return one number in its first column, not ${JSON.stringify(value ?? null)}.`,
    );
  }
  return number;
}
