/**
 * The seam with the reader: when the dataset carries its rows' own numbers (header = row 1, blank
 * and malformed rows keeping their place), samples are located by those numbers, not by row order.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDuckDB } from "../../../src/data/duckdb.js";
import type { Sql } from "../../../src/data/sql.js";
import { tableSchemaSchema } from "../../../src/data/table-schema.js";
import { checkForeignKeys } from "../../../src/data/validate/check-foreign-keys.js";
import { planChecks, projection } from "../../../src/data/validate/plan-checks.js";
import { runChecks } from "../../../src/data/validate/run-checks.js";

let sql: Sql;
beforeAll(async () => {
  sql = await openDuckDB();
  // Rows 2, 3 and 6 of a file whose rows 4 and 5 the reader reported (say, blank rows).
  await sql.run(
    "CREATE TEMP VIEW numbered AS SELECT * FROM (VALUES ('1', '7', 2::BIGINT), ('x', '1', 3), ('1', '9', 6)) t(id, parent, line)",
  );
});
afterAll(() => sql.close());

describe("runChecks with the reader's row numbers", () => {
  it("locates type, unique and foreign-key failures at the file's rows", async () => {
    const schema = tableSchemaSchema.parse({
      fields: [
        { name: "id", type: "integer", constraints: { unique: true } },
        { name: "parent", type: "integer" },
      ],
    });
    const columns = [
      { name: "id", type: "VARCHAR" },
      { name: "parent", type: "VARCHAR" },
    ];
    const plan = planChecks(schema, columns, { schemaFile: "s.yaml", now: new Date(0) });
    const context = {
      source: projection(plan, "numbered", null, [], "line"),
      otherColumns: [],
      rowNumberColumn: "__rn",
      // As validateDataset does: a sample's row is the file's row less the header line.
      locator: async () => (row: number, at?: { rowNumber: number }) => ({
        row: at ? at.rowNumber - 1 : -row,
      }),
    };
    const run = await runChecks(sql, plan, context);
    const byId = new Map(run.results.map((result) => [result.id, result]));
    expect(byId.get("id.type")!.samples).toEqual([{ row: 2, value: "x" }]);
    expect(byId.get("id.unique")!.samples).toEqual([
      { row: 1, value: "1" },
      { row: 5, value: "1", repeat_of: 1 },
    ]);
    const [foreignKey] = await checkForeignKeys(
      sql,
      [{ fields: "parent", reference: { resource: "", fields: "id" } }],
      plan,
      {
        ...context,
        rows: run.rows,
        reference: async () => ({
          source: context.source,
          columns: new Map([["id", { sql: "t0", type: "integer" }]]),
        }),
      },
    );
    expect(foreignKey!.samples).toEqual([
      { row: 1, value: "7" },
      { row: 5, value: "9" },
    ]);
  });
});
