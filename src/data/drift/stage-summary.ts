/**
 * Turns a database table's drift summary (value counts, summarise-for-drift.ts) back into a
 * relation DuckDB's drift code reads like a file: each column's values repeated as often as they
 * were counted, the columns side by side (POSITIONAL JOIN; each column is compared on its own, so
 * which values share a row does not matter). The drift tests then run unchanged on the client, on
 * counts that crossed the network instead of rows.
 */
import { ident, listLiteral, type Sql } from "../sql.js";
import type { DriftSource } from "./compute-drift.js";
import type { DriftSummary } from "./summarise-for-drift.js";

let staged = 0;

export interface StagedSummary {
  source: DriftSource;
  /** Drops the temp tables. */
  drop(): Promise<void>;
}

export async function stageSummary(sql: Sql, summary: DriftSummary): Promise<StagedSummary> {
  const id = ++staged;
  const tables: string[] = [];
  const parts: string[] = [];
  for (const column of summary.columns) {
    if (column.valueSql === null) continue;
    const table = `__slipway_summary_${id}_${tables.length}`;
    tables.push(table);
    const type = column.valueSql;
    if (column.values.length === 0) {
      await sql.run(`CREATE OR REPLACE TEMP TABLE ${ident(table)} (v ${type}, n BIGINT)`);
    } else {
      // Values travel as text: DuckDB parses a double's shortest text back to the same bits.
      const values = listLiteral(column.values.map(String));
      await sql.run(
        `CREATE OR REPLACE TEMP TABLE ${ident(table)} AS SELECT CAST(unnest(${values}) AS ${type}) AS v, unnest([${column.counts.join(", ")}]) AS n`,
      );
    }
    parts.push(`(SELECT v AS ${ident(column.name)} FROM (SELECT v, unnest(range(n)) FROM ${ident(table)}))`);
  }
  const relation =
    parts.length === 0 ? "(SELECT 1 AS one)" : `(SELECT * FROM ${parts.join(" POSITIONAL JOIN ")})`;
  const notes = new Map(
    summary.columns.flatMap((column) => (column.note ? [[column.name, column.note] as const] : [])),
  );
  return {
    source: {
      relation,
      columns: summary.columns.map((column) => ({ name: column.name, type: column.type })),
      rows: summary.rows,
      materialize: true,
      notes,
    },
    async drop() {
      for (const table of tables) await sql.run(`DROP TABLE IF EXISTS ${ident(table)}`);
    },
  };
}
