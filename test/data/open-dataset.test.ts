import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openDuckDB } from "../../src/data/duckdb.js";
import { openDataset } from "../../src/data/open-dataset.js";
import type { Sql } from "../../src/data/sql.js";
import { InputError } from "../../src/errors.js";

let sql: Sql;
let dir: string;
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(async () => {
  sql = await openDuckDB();
  dir = mkdtempSync(join(tmpdir(), "slipway-open-"));
});
afterAll(() => sql.close());

describe("openDataset", () => {
  it("reads a CSV as text, with quoting, and counts rows", async () => {
    file("good.csv", 'a,b\n1,"x, y"\n2,"he said ""hi"""\n3,"multi\nline"\n');
    const dataset = await openDataset(sql, "good.csv", { cwd: dir });
    expect(dataset.format).toBe("csv");
    expect(dataset.rows).toBe(3);
    expect(dataset.columns).toEqual([
      { name: "a", type: "VARCHAR" },
      { name: "b", type: "VARCHAR" },
    ]);
    const rows = await sql.all(`SELECT b FROM ${dataset.view}`);
    expect(rows.map((r) => r.b)).toEqual(["x, y", 'he said "hi"', "multi\nline"]);
  });

  it("detects a semicolon delimiter and reads types when asked", async () => {
    file("semi.csv", "a;b\n1;2.5\n3;4.5\n");
    const dataset = await openDataset(sql, "semi.csv", { cwd: dir, typed: true });
    expect(dataset.columns.map((c) => c.type)).toEqual(["BIGINT", "DOUBLE"]);
  });

  it("reads TSV, gzip-ed CSV, JSON Lines and Parquet", async () => {
    file("t.tsv", "a\tb\n1\tx\n");
    file("z.csv.gz", gzipSync("a,b\n1,x\n2,y\n"));
    file("j.jsonl", '{"a":1,"b":"x"}\n{"a":2}\n');
    await sql.run(`COPY (SELECT 1 AS a, 'x' AS b) TO '${join(dir, "p.parquet")}' (FORMAT parquet)`);
    expect((await openDataset(sql, "t.tsv", { cwd: dir })).rows).toBe(1);
    expect((await openDataset(sql, "z.csv.gz", { cwd: dir })).rows).toBe(2);
    const json = await openDataset(sql, "j.jsonl", { cwd: dir });
    expect(json.columns).toEqual([
      { name: "a", type: "VARCHAR" },
      { name: "b", type: "VARCHAR" },
    ]);
    expect(json.rows).toBe(2);
    const parquet = await openDataset(sql, "p.parquet", { cwd: dir });
    expect(parquet.columns.map((c) => c.type)).toEqual(["INTEGER", "VARCHAR"]);
  });

  it("reads a glob of files as one dataset, counting rows per file", async () => {
    file("part-1.csv", "a,b\n1,x\n2,y\n");
    file("part-2.csv", "a,b\n3,z\n");
    const dataset = await openDataset(sql, "part-*.csv", { cwd: dir });
    expect(dataset.files.map((f) => f.slice(dir.length + 1))).toEqual(["part-1.csv", "part-2.csv"]);
    expect(dataset.rowsPerFile).toEqual([2, 1]);
    expect(dataset.columns.map((c) => c.name)).toEqual(["a", "b"]);
  });

  it("keeps ragged rows (reported as structure errors) and reports bad encodings with their lines", async () => {
    file("ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n");
    file("latin1.csv", Buffer.from("a,b\n1,caf\xe9\n2,ok\n", "latin1"));
    const ragged = await openDataset(sql, "ragged.csv", { cwd: dir });
    expect(ragged.rows).toBe(4);
    expect(ragged.structureErrors.map((e) => [e.code, e.row, e.fieldNumber])).toEqual([
      ["missing-cell", 3, 3],
      ["extra-cell", 4, 4],
    ]);
    const rows = await sql.all(`SELECT a, c, ${ragged.rowNumberColumn} AS n FROM ${ragged.view} ORDER BY n`);
    expect(rows).toEqual([
      { a: "1", c: "3", n: 2 },
      { a: "4", c: null, n: 3 },
      { a: "6", c: "8", n: 4 },
      { a: "10", c: "12", n: 5 },
    ]);
    const latin1 = await openDataset(sql, "latin1.csv", { cwd: dir });
    expect(latin1.structureErrors.map((e) => [e.code, e.row])).toEqual([["encoding-error", 2]]);
    expect(latin1.rows).toBe(2);
  });

  it("strips a UTF-8 byte-order mark from the header", async () => {
    file("bom.csv", "\ufeffa,b\n1,2\n");
    const dataset = await openDataset(sql, "bom.csv", { cwd: dir });
    expect(dataset.columns.map((c) => c.name)).toEqual(["a", "b"]);
  });

  it.each([
    ["missing.csv", undefined, /missing\.csv: file not found/],
    ["empty.csv", "", /empty\.csv: is empty/],
    ["nothing-*.csv", undefined, /no files match/],
    ["data.xlsx", "x", /unknown data format/],
    [
      "quote.csv",
      'a,b\n1,"x\n2,y\n3,z\n',
      /quote\.csv: line 2: unterminated quote opens at line 2, column 3/,
    ],
    ["broken.parquet", "PAR1 this is not parquet", /broken\.parquet: is not a readable Parquet file/],
    ["bad.jsonl", '{"a":1}\n{"a":2,\n{"a":3}\n', /bad\.jsonl: .*line 3/],
  ])("turns %s into one clear InputError", async (name, content, message) => {
    if (content !== undefined) file(name, content);
    const error = await openDataset(sql, name, { cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
  });
});
