/**
 * Frictionless `foreignKeys`: every row's key (unless all its cells are missing) must occur among
 * the referenced fields' values — of this same table, or of another dataset of the config. One
 * anti-join per foreign key, which also returns the count and the first failing rows.
 */
import type { CheckResult, Sample } from "../../report/types.js";
import type { Sql } from "../sql.js";
import { type ForeignKey, keyNames } from "../table-schema.js";
import { type LocateRow, locationColumns, MAX_SAMPLES, rowNumbering, sampleAt } from "./failing-samples.js";
import type { CheckPlan } from "./plan-checks.js";
import type { RunContext } from "./run-checks.js";

/** The referenced table as SQL: a query, and per referenced field its typed value and its type. */
export interface ReferencedTable {
  source: string;
  columns: Map<string, { sql: string; type: string }>;
}

export interface ForeignKeyContext extends RunContext {
  rows: number;
  /** The referenced table of foreign key `index` (resolved by the caller: this table or another dataset). */
  reference: (foreignKey: ForeignKey, index: number) => Promise<ReferencedTable>;
}

export async function checkForeignKeys(
  sql: Sql,
  foreignKeys: readonly ForeignKey[],
  plan: CheckPlan,
  context: ForeignKeyContext,
): Promise<CheckResult[]> {
  const byName = new Map(plan.columns.map((column) => [column.field.name, column]));
  const results: CheckResult[] = [];
  let locateRow: LocateRow | null = null;
  for (const [index, foreignKey] of foreignKeys.entries()) {
    const fields = keyNames(foreignKey.fields);
    const referenced = keyNames(foreignKey.reference.fields);
    const local = fields.flatMap((name) => byName.get(name) ?? []);
    // A key field missing from the data is already a structural error; there is nothing to join.
    if (local.length < fields.length) continue;
    const reference = await context.reference(foreignKey, index);
    const pairs = local.map((column, i) => {
      const name = referenced[i];
      const target = name === undefined ? undefined : reference.columns.get(name);
      if (!target) {
        // The schema's loading pairs the fields one to one, and referencedTable() resolves each.
        throw new Error(`foreignKeys[${index}]: field "${column.field.name}" has no referenced column`);
      }
      const sameType = target.type === column.field.type;
      const mine = `t${column.index}`;
      return sameType
        ? { mine, theirs: target.sql }
        : { mine: `CAST(${mine} AS VARCHAR)`, theirs: `CAST(${target.sql} AS VARCHAR)` };
    });
    const allMissing = local.map((column) => `t${column.index} IS NULL`).join(" AND ");
    const cells = local.map((column) => `x${column.index}`);
    const value = cells.length === 1 ? `${cells[0]}` : `concat_ws(', ', ${cells.join(", ")})`;
    const rows = await sql.all(`
      WITH s AS (SELECT ${rowNumbering(context)} AS __row, * FROM (${context.source})),
           r AS (SELECT DISTINCT ${pairs.map((pair, i) => `${pair.theirs} AS r${i}`).join(", ")} FROM (${reference.source}))
      SELECT __row${locationColumns(context)}, CAST(${value} AS VARCHAR) AS v, count(*) OVER () AS n FROM s
      WHERE NOT (${allMissing})
        AND NOT EXISTS (SELECT 1 FROM r WHERE ${pairs.map((pair, i) => `r.r${i} IS NOT DISTINCT FROM ${pair.mine}`).join(" AND ")})
      ORDER BY __row LIMIT ${MAX_SAMPLES}`);
    const unexpected = Number(rows[0]?.n ?? 0);
    let samples: Sample[] = [];
    if (unexpected > 0) {
      locateRow ??= await context.locator();
      const locate = locateRow;
      samples = rows.map((row) => sampleAt(locate, row, row.v ?? null));
    }
    const fraction = context.rows === 0 ? 0 : unexpected / context.rows;
    results.push({
      id: `foreignKeys[${index}]`,
      column: fields.join(", "),
      check: "foreignKey",
      code: "foreign-key",
      expected: { fields, reference: { resource: foreignKey.reference.resource ?? "", fields: referenced } },
      unexpected_count: unexpected,
      unexpected_percent: fraction * 100,
      mostly: 1,
      success: unexpected === 0,
      samples,
    });
  }
  return results;
}
