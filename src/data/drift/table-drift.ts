/**
 * Drift of a PostgreSQL table (or query) against its reference — a file read by DuckDB, or another
 * table in the same database (`reference: postgres:schema.table`) — with the table's rows never
 * leaving the database: each compared column is summarised there (summarise-for-drift.ts) and the
 * drift tests run on the summaries (stage-summary.ts, compute-drift.ts), exactly where the
 * summary is exact, with a note where it is not.
 */
import type { DriftConfig } from "../../config/schema.js";
import { InputError } from "../../errors.js";
import type { DriftReport } from "../../report/types.js";
import { type PostgresSql, postgresMessage } from "../dialect/open-postgres.js";
import { postgresDialect } from "../dialect/postgres-dialect.js";
import { openDataset } from "../open-dataset.js";
import type { Sql } from "../sql.js";
import { type PostgresSource, relationOf, sourceLabel } from "../validate-table.js";
import { planColumn } from "./column-kind.js";
import { computeDrift, type DriftSource } from "./compute-drift.js";
import { type StagedSummary, stageSummary } from "./stage-summary.js";
import { type SummaryColumn, summariseForDrift } from "./summarise-for-drift.js";

/** A reference written `postgres:<table>` is a table in the current table's database. */
export const POSTGRES_REFERENCE_PREFIX = "postgres:";

export interface TableDriftOptions {
  /** The dataset's name, for messages. */
  name: string;
  current: PostgresSource;
  /** A file path (relative to cwd) or `postgres:<table>`. */
  reference: string;
  cwd: string;
  config?: Partial<DriftConfig> | undefined;
  configSource?: { file: string; keyPath: string };
  /** Summary limits (summarise-for-drift.ts), for tests. */
  maxDistinct?: number;
  quantiles?: number;
}

export async function measureTableDrift(
  duck: Sql,
  remote: PostgresSql,
  options: TableDriftOptions,
): Promise<DriftReport> {
  const label = sourceLabel(options.current);
  const where = `${options.name} (${label})`;
  const currentRelation = relationOf(options.current);
  const referenceTable = options.reference.startsWith(POSTGRES_REFERENCE_PREFIX)
    ? relationOf({
        "url-env": options.current["url-env"],
        table: options.reference.slice(POSTGRES_REFERENCE_PREFIX.length),
      })
    : null;
  const remoteColumns = async (relation: string) => {
    try {
      return (await remote.columns(relation)).map((c) => ({
        name: c.name,
        type: postgresDialect.driftType(c.type),
      }));
    } catch (error) {
      throw new InputError(where, `cannot read ${relation} for drift: ${postgresMessage(error)}.`);
    }
  };
  const currentColumns = await remoteColumns(currentRelation);
  // The reference is another table of the database, summarised there, or a file DuckDB reads.
  const referenceData = referenceTable
    ? { kind: "table" as const, table: referenceTable, columns: await remoteColumns(referenceTable) }
    : {
        kind: "file" as const,
        file: await openDataset(duck, options.reference, {
          cwd: options.cwd,
          name: "reference",
          typed: true,
        }),
      };
  const referenceColumns =
    referenceData.kind === "table" ? referenceData.columns : referenceData.file.columns;

  const ignored = new Set(options.config?.ignore ?? []);
  const plan = (own: { name: string; type: string }[], other: { name: string; type: string }[]) =>
    own.map((column): SummaryColumn => {
      const match = other.find((o) => o.name === column.name);
      const planned = match && !ignored.has(column.name) ? planColumn(column.type, match.type) : null;
      return { ...column, valueSql: planned?.compare ? planned.valueSql : null };
    });

  const staged: StagedSummary[] = [];
  const summarised = async (relation: string, columns: SummaryColumn[], side: string) => {
    const limits = {
      side,
      ...(options.maxDistinct !== undefined ? { maxDistinct: options.maxDistinct } : {}),
      ...(options.quantiles !== undefined ? { quantiles: options.quantiles } : {}),
    };
    let summary: Awaited<ReturnType<typeof summariseForDrift>>;
    try {
      summary = await summariseForDrift(remote, postgresDialect, relation, columns, limits);
    } catch (error) {
      throw new InputError(where, `drift failed in the database: ${postgresMessage(error)}.`);
    }
    const stage = await stageSummary(duck, summary);
    staged.push(stage);
    return stage.source;
  };
  try {
    const current = await summarised(currentRelation, plan(currentColumns, referenceColumns), "current");
    const reference: DriftSource =
      referenceData.kind === "table"
        ? await summarised(referenceData.table, plan(referenceColumns, currentColumns), "reference")
        : {
            relation: referenceData.file.view,
            columns: referenceData.file.columns,
            rows: referenceData.file.rows,
            materialize: referenceData.file.format !== "parquet",
          };
    return await computeDrift(duck, {
      reference,
      current,
      config: options.config,
      referenceLabel: options.reference,
      currentLabel: label,
      ...(options.configSource ? { configSource: options.configSource } : {}),
    });
  } finally {
    for (const stage of staged) await stage.drop();
  }
}
