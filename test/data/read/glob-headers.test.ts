/**
 * A glob is read by its first file's header. A later file whose header differs (columns swapped,
 * renamed, one more or one fewer) used to be read silently under the first file's names; each
 * differing label is now an `incorrect-label` error of that file's header row.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDuckDB } from "../../../src/data/duckdb.js";
import type { Sql } from "../../../src/data/sql.js";
import { validateDataset } from "../../../src/data/validate-dataset.js";

let sql: Sql;
let dir: string;
const SCHEMA = "fields: [{ name: id, type: integer }, { name: name, type: string }]\n";

beforeAll(async () => {
  sql = await openDuckDB();
  dir = mkdtempSync(join(tmpdir(), "slipway-glob-headers-"));
  writeFileSync(join(dir, "schema.yaml"), SCHEMA);
});
afterAll(() => sql.close());

async function validateGlob(files: Record<string, string>, glob: string) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return validateDataset(sql, { path: glob, schema: "schema.yaml", cwd: dir, now: new Date(0) });
}

describe("a glob whose files' headers differ", () => {
  it("reports each label of a later file that differs from the first file's", async () => {
    const report = await validateGlob(
      {
        "a-1.csv": "id,name\n1,a\n2,b\n",
        "a-2.csv": "name,id\nc,3\n",
        "a-3.csv": "id,name,extra\n4,d,x\n",
        "a-4.csv": "id\n5\n",
      },
      "a-*.csv",
    );
    const labels = report.errors
      .filter((error) => error.kind === "incorrect-label")
      .map(({ file, row, field, column }) => ({ file: file?.replace(`${dir}/`, ""), row, field, column }));
    expect(labels).toEqual([
      { file: "a-2.csv", row: 1, field: 1, column: "id" },
      { file: "a-2.csv", row: 1, field: 2, column: "name" },
      { file: "a-3.csv", row: 1, field: 3, column: undefined },
      { file: "a-4.csv", row: 1, field: 2, column: "name" },
    ]);
    const swapped = report.errors.find((error) => error.kind === "incorrect-label");
    expect(swapped?.message).toMatch(/column 1 has "name" where the first file has "id"/);
    expect(report.valid).toBe(false);
  });

  it("reports nothing when every file has the first file's header", async () => {
    const report = await validateGlob(
      { "b-1.csv": "id,name\n1,a\n", "b-2.csv": "id,name\n2,b\n" },
      "b-*.csv",
    );
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.rows).toBe(2);
  });
});
