/**
 * Issue 10's "measured today" list, one test each: files `validate-data` used to call valid (or
 * `infer-schema` misread) are now read as the file says, with each problem reported at its row and
 * field, Frictionless's codes, and the dialect it was read with said.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { runCli } from "../helpers/run-cli.js";

let dir: string;
const write = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "slipway-cli-reading-"));
});

interface Reported {
  code: number;
  report: {
    rows: number;
    columns: number;
    valid: boolean;
    errors: { kind: string; row?: number; field?: number; column?: string; message: string }[];
    checks: { id: string; success: boolean; samples: { row: number; value: unknown }[] }[];
    read_as?: { text: string; dialect: Record<string, unknown>; encoding: string };
    warnings?: string[];
  };
  stdout: string;
}

async function validate(args: string[]): Promise<Reported> {
  const run = await runCli(["validate-data", "--json", ...args], { cwd: dir });
  expect(run.stderr).toBe("");
  return { code: run.code, report: JSON.parse(run.stdout), stdout: run.stdout };
}

const kinds = (errors: Reported["report"]["errors"]) => errors.map((e) => [e.kind, e.row, e.field]);

describe("validate-data reads what the file holds (issue 10, measured today)", () => {
  it("reports blank and duplicate header labels instead of renaming them", async () => {
    write("labels.csv", "id,,id,name\n1,2,3,x\n");
    const { code, report } = await validate(["--data", "labels.csv"]);
    expect(code).toBe(1);
    expect(kinds(report.errors)).toEqual([
      ["blank-label", 1, 2],
      ["duplicate-label", 1, 3],
    ]);
  });

  it("infer-schema refuses to draft names the file does not have", async () => {
    write("dup.csv", "id,id\n1,2\n");
    const run = await runCli(["infer-schema", "dup.csv"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^slipway: dup\.csv: line 1: column 2 is named "id" like column 1/);
  });

  it("reports blank rows with the file's row numbers, and numbers later rows past them", async () => {
    write("blank.csv", "id,age\n1,2\n\n3,4\n,\n5,-6\n");
    write(
      "blank.schema.yaml",
      "fields: [{ name: id }, { name: age, type: integer, constraints: { minimum: 0 } }]\n",
    );
    const { code, report } = await validate(["--data", "blank.csv", "--schema", "blank.schema.yaml"]);
    expect(code).toBe(1);
    expect(kinds(report.errors)).toEqual([
      ["blank-row", 3, undefined],
      ["blank-row", 5, undefined],
    ]);
  });

  it("reports an extra empty trailing cell, and reads that row unshifted", async () => {
    write("trailing.csv", "id,age\n1,2\n3,4,\n5,6\n");
    write("trailing.schema.yaml", "fields: [{ name: id, type: integer }, { name: age, type: integer }]\n");
    const { code, report } = await validate(["--data", "trailing.csv", "--schema", "trailing.schema.yaml"]);
    expect(code).toBe(1);
    expect(kinds(report.errors)).toEqual([["extra-cell", 3, 3]]);
    expect(report.errors[0]!.message).toMatch(/extra empty cell after column 2/);
    expect(report.checks.every((check) => check.success)).toBe(true); // no shifted values
  });

  it("keeps a row with missing or extra cells and still checks the cells that line up", async () => {
    write("ragged.csv", "id,age\n1,2\nx\n3,y,9\n");
    write("ragged.schema.yaml", "fields: [{ name: id, type: integer }, { name: age, type: integer }]\n");
    const { code, report } = await validate(["--data", "ragged.csv", "--schema", "ragged.schema.yaml"]);
    expect(code).toBe(1);
    expect(report.rows).toBe(3);
    expect(kinds(report.errors).filter(([kind]) => kind !== "type-error")).toEqual([
      ["missing-cell", 3, 2],
      ["extra-cell", 4, 3],
    ]);
    const failed = Object.fromEntries(
      report.checks
        .filter((check) => !check.success)
        .map((check) => [check.id, check.samples.map((s) => s.value)]),
    );
    expect(failed).toEqual({ "id.type": ["x"], "age.type": ["y"] });
  });

  it("reads a numpy.savetxt matrix: whitespace-delimited, no header, every row, and says so", async () => {
    write(
      "matrix.txt",
      "1.000000000000000000e+00 -2.500000000000000000e-01\n3.000000000000000000e+00 4.000000000000000000e+00\n",
    );
    const { code, report, stdout } = await validate(["--data", "matrix.txt"]);
    expect(code).toBe(0);
    expect(report).toMatchObject({ rows: 2, columns: 2, valid: true });
    expect(report.read_as).toMatchObject({
      dialect: { "whitespace-delimited": true, header: false },
      text: "cells separated by whitespace, no header row, utf-8",
    });
    expect(report.warnings).toEqual([
      expect.stringMatching(/^row 1 holds only numbers, so it was read as data/),
    ]);
    expect(stdout).not.toMatch(/1\.000000000000000000e\+00"?:/); // no column named after a data row
    const text = await runCli(["validate-data", "--data", "matrix.txt"], { cwd: dir });
    expect(text.stdout).toMatch(/\n {2}read as: cells separated by whitespace, no header row, utf-8\n/);
  });

  it("reads a headerless file with the schema's names when told --no-header", async () => {
    write("headerless.csv", "a,1\nb,-2\n");
    write(
      "headerless.schema.yaml",
      "fields: [{ name: key }, { name: n, type: integer, constraints: { minimum: 0 } }]\n",
    );
    const { code, report } = await validate([
      "--data",
      "headerless.csv",
      "--schema",
      "headerless.schema.yaml",
      "--no-header",
    ]);
    expect(code).toBe(1);
    expect(report.rows).toBe(2);
    expect(report.read_as?.text).toBe("delimiter ',', no header row, utf-8");
    expect(report.checks.find((check) => check.id === "n.minimum")).toMatchObject({
      success: false,
      samples: [{ row: 2, value: "-2" }],
    });
  });

  it("states the delimiter it detected, and takes a stated one", async () => {
    write("semi.csv", "id;name\n1;a\n");
    expect((await validate(["--data", "semi.csv"])).report.read_as?.text).toBe(
      "delimiter ';', header row 1, utf-8",
    );
    const stated = await validate(["--data", "semi.csv", "--delimiter", ","]);
    expect(stated.report).toMatchObject({
      columns: 1,
      read_as: { text: "delimiter ',', header row 1, utf-8" },
    });
  });

  it("reports a Latin-1 file read as UTF-8 as an encoding-error, and reads it with --encoding latin-1", async () => {
    write("latin1.csv", Buffer.from("id,city\n1,Z\xfcrich\n2,Gen\xe8ve\n", "latin1"));
    const utf8 = await validate(["--data", "latin1.csv"]);
    expect(utf8.code).toBe(1);
    expect(kinds(utf8.report.errors)).toEqual([["encoding-error", 2, undefined]]);
    write(
      "latin1.schema.yaml",
      "fields: [{ name: id }, { name: city, constraints: { enum: [Zürich, Genève] } }]\n",
    );
    const latin1 = await validate([
      "--data",
      "latin1.csv",
      "--schema",
      "latin1.schema.yaml",
      "--encoding",
      "latin-1",
    ]);
    expect(latin1).toMatchObject({ code: 0, report: { valid: true, read_as: { encoding: "latin-1" } } });
    write(
      "cp1252.csv",
      Buffer.from([...Buffer.from("id,quote\n1,"), 0x93, ...Buffer.from("hi"), 0x94, 0x0a]),
    );
    const cp1252 = await runCli(["validate-data", "--data", "cp1252.csv", "--encoding", "cp1252", "--json"], {
      cwd: dir,
    });
    expect(JSON.parse(cp1252.stdout)).toMatchObject({ valid: true, read_as: { encoding: "cp1252" } });
  });

  it("reads UTF-16 by its byte-order mark", async () => {
    write(
      "utf16.csv",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("id,name\n1,Zoë\n", "utf16le")]),
    );
    const { code, report } = await validate(["--data", "utf16.csv"]);
    expect(code).toBe(0);
    expect(report).toMatchObject({ rows: 1, columns: 2, read_as: { encoding: "utf-16" } });
  });

  it("takes the dialect from the dataset's entry in .github/slipway.yml", async () => {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(dir, ".github"), { recursive: true });
    write("pipes.txt", "# exported\nid|name\n1|a\n");
    write(
      ".github/slipway.yml",
      "version: 1\ndata:\n  - name: pipes\n    path: pipes.txt\n    dialect: { delimiter: '|', skip-rows: 1 }\n",
    );
    const run = await runCli(["validate-data", "--json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({
      rows: 1,
      columns: 2,
      read_as: { text: "delimiter '|', header row 2, utf-8", stated: ["delimiter", "skip-rows"] },
    });
  });
});

describe("drift and infer-schema read files with the same detection", () => {
  it("drift compares two numpy.savetxt matrices column by column", async () => {
    const matrix = (shift: number) =>
      Array.from(
        { length: 200 },
        (_, i) => `${((i % 50) + shift).toExponential(18)} ${(i % 7).toExponential(18)}\n`,
      ).join("");
    write("ref-matrix.txt", matrix(0));
    write("cur-matrix.txt", matrix(100));
    const run = await runCli(
      ["drift", "--reference", "ref-matrix.txt", "--current", "cur-matrix.txt", "--json"],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { columns: { column: string; drifted: boolean }[] };
    expect(report.columns.map((c) => [c.column, c.drifted])).toEqual([
      ["field1", true],
      ["field2", false],
    ]);
  });

  it("drift takes the dialect flags for both files", async () => {
    write("ref-semi.csv", `x|y\n${Array.from({ length: 100 }, (_, i) => `${i}|${i % 3}`).join("\n")}\n`);
    const run = await runCli(
      ["drift", "--reference", "ref-semi.csv", "--current", "ref-semi.csv", "--delimiter", "|", "--json"],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { columns: unknown[] }).columns).toHaveLength(2);
  });

  it("infer-schema says how it read the file and what to state in the config", async () => {
    write("infer-matrix.txt", "1.5 2\n3.5 4\n");
    const run = await runCli(["infer-schema", "infer-matrix.txt"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^read as: cells separated by whitespace, no header row, utf-8\n/);
    expect(run.stderr).toMatch(/"dialect":\{"whitespace-delimited":true,"header":false\}/);
    expect(run.stdout).toMatch(/name: field1\n\s+type: number/);
    expect(run.stdout).toMatch(/name: field2\n\s+type: integer/);
  });
});
