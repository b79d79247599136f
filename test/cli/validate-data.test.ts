import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { runCli } from "../helpers/run-cli.js";

let dir: string;
const write = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);
const SCHEMA =
  "fields:\n  - { name: id, type: integer, constraints: { required: true, unique: true } }\n  - { name: age, type: integer, constraints: { minimum: 0 } }\n";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "slipway-cli-validate-"));
  write("good.csv", "id,age\n1,30\n2,40\n");
  write("bad.csv", "id,age\n1,30\n1,-4\n");
  write("schema.yaml", SCHEMA);
  // Reference and current that clearly differ, for drift.
  write("ref.csv", `x\n${Array.from({ length: 200 }, (_, i) => i % 50).join("\n")}\n`);
  write("cur.csv", `x\n${Array.from({ length: 200 }, (_, i) => 100 + (i % 50)).join("\n")}\n`);
  await (await import("../../src/data/duckdb.js")).openDuckDB().then(async (sql) => {
    await sql.run(`COPY (SELECT 1 AS id, 30 AS age) TO '${join(dir, "good.parquet")}' (FORMAT parquet)`);
    sql.close();
  });
});

describe("slipway validate-data: exit codes and output forms", () => {
  it("exits 0 for valid data and says so", async () => {
    const run = await runCli(["validate-data", "--data", "good.csv", "--schema", "schema.yaml"], {
      cwd: dir,
    });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^✓ good\.csv \(good\.csv\): valid — 2 rows, 2 columns; 5 checks passed/);
  });

  it("exits 1 for invalid data, listing failures with their rows", async () => {
    const run = await runCli(["validate-data", "--data", "bad.csv", "--schema", "schema.yaml"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /✗\s+id\.unique\s+unique\s+2 \(100%\)\s+row 1: "1"; row 2: "1" \(repeats row 1\)/,
    );
    expect(run.stdout).toMatch(/✗\s+age\.minimum\s+≥ 0\s+1 \(50%\)\s+row 2: "-4"/);
  });

  it("prints the DataReport with --json and Markdown with --markdown", async () => {
    const json = await runCli(["validate-data", "--data", "bad.csv", "--schema", "schema.yaml", "--json"], {
      cwd: dir,
    });
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({
      dataset: "bad.csv",
      format: "csv",
      rows: 2,
      columns: 2,
      valid: false,
      drift: null,
    });
    expect(Object.keys(report).sort()).toEqual([
      "checks",
      "columns",
      "dataset",
      "drift",
      "errors",
      "format",
      "path",
      "read_as",
      "rows",
      "seconds",
      "valid",
    ]);
    const markdown = await runCli(
      ["validate-data", "--data", "bad.csv", "--schema", "schema.yaml", "--markdown"],
      { cwd: dir },
    );
    expect(markdown.stdout).toContain("#### ❌ Data: bad.csv");
    expect(markdown.stdout).toMatch(/\| ✗ \| age.minimum \|/);
  });

  it("measures drift with --reference; fails only under --fail-on warning", async () => {
    const base = ["validate-data", "--data", "cur.csv", "--reference", "ref.csv"];
    const lenient = await runCli(base, { cwd: dir });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/✗ Drift cur\.csv against ref\.csv: 1 of 1 columns drifted/);
    expect((await runCli([...base, "--fail-on", "warning"], { cwd: dir })).code).toBe(1);
    expect(
      (
        await runCli(
          ["validate-data", "--data", "bad.csv", "--schema", "schema.yaml", "--fail-on", "never"],
          { cwd: dir },
        )
      ).code,
    ).toBe(0);
  });

  it("validates every dataset of the config and merges them into --report", async () => {
    const repo = mkdtempSync(join(tmpdir(), "slipway-cli-repo-"));
    mkdirSync(join(repo, ".github"));
    mkdirSync(join(repo, "data"));
    mkdirSync(join(repo, "src"));
    writeFileSync(join(repo, "data", "a.csv"), "id,age\n1,2\n");
    writeFileSync(join(repo, "data", "s.yaml"), SCHEMA);
    writeFileSync(
      join(repo, ".github", "slipway.yml"),
      "version: 1\ndata:\n  - { name: a, path: data/a.csv, schema: data/s.yaml }\n  - { name: b, path: data/a.csv }\n",
    );
    // Run from a subfolder: the config is found upwards and its paths start at the repository root.
    const run = await runCli(["validate-data", "--report", "../out/report.json"], { cwd: join(repo, "src") });
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(repo, "out", "report.json"), "utf8"));
    expect(report.data.map((d: { dataset: string }) => d.dataset)).toEqual(["a", "b"]);
    expect(report.passed).toBe(true);
    const one = await runCli(["validate-data", "--dataset", "c"], { cwd: repo });
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/slipway\.yml: data: has no dataset "c" \(datasets: a, b\)/);
  });

  it("checks a foreign key to another dataset of the config, and prints a near-miss schema key as a warning", async () => {
    const repo = mkdtempSync(join(tmpdir(), "slipway-cli-fk-"));
    mkdirSync(join(repo, ".github"));
    mkdirSync(join(repo, "data"));
    writeFileSync(join(repo, "data", "customers.csv"), "id,name\n1,ann\n2,bob\n");
    writeFileSync(join(repo, "data", "orders.csv"), "order,customer\n10,1\n11,3\n12,2\n");
    writeFileSync(
      join(repo, "data", "orders.yaml"),
      [
        "fields:",
        "  - { name: order, type: integer, constraints: { uniqe: true } }",
        "  - { name: customer, type: integer }",
        "foreignKeys:",
        "  - { fields: customer, reference: { resource: customers, fields: id } }",
      ].join("\n"),
    );
    writeFileSync(
      join(repo, ".github", "slipway.yml"),
      "version: 1\ndata:\n  - { name: customers, path: data/customers.csv }\n  - { name: orders, path: data/orders.csv, schema: data/orders.yaml }\n",
    );
    // Only orders is validated; customers is found through the config.
    const run = await runCli(["validate-data", "--dataset", "orders"], { cwd: repo });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /✗\s+foreignKeys\[0\]\s+found in customers \(id\)\s+1 \(33\.3+%\)\s+row 2: "3"/,
    );
    expect(run.stdout).toMatch(
      /\n {2}⚠ data\/orders\.yaml:2: fields\[0\]\.constraints\.uniqe: unknown key "uniqe" is ignored\. Did you mean "unique"\?/,
    );
  });
});

describe("slipway validate-data: bad input, each one clear message", () => {
  const exit2 = async (args: string[], message: RegExp) => {
    const run = await runCli(["validate-data", ...args], { cwd: dir });
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // never a stack trace
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.code).toBe(2);
  };
  const reported = async (file: string, kind: string, row?: number) => {
    const run = await runCli(["validate-data", "--data", file, "--json"], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind, ...(row ? { row } : {}) })]),
    );
  };

  it("a missing file", () => exit2(["--data", "nope.csv"], /^slipway: nope\.csv: file not found/));
  it("an empty file", async () => {
    write("empty.csv", "");
    await exit2(["--data", "empty.csv"], /^slipway: empty\.csv: is empty \(0 bytes\)/);
  });
  it("a header only", async () => {
    write("header.csv", "id,age\n");
    await reported("header.csv", "no_rows");
  });
  it("ragged rows", async () => {
    write("ragged.csv", "id,age\n1,2\n3\n4,5,6\n");
    // Frictionless's codes and row numbers (header = row 1); the rows stay in the dataset.
    await reported("ragged.csv", "missing-cell", 3);
    await reported("ragged.csv", "extra-cell", 4);
  });
  it("an unterminated quote", async () => {
    write("quote.csv", 'id,age\n1,2\n2,"3\n4,5\n');
    await exit2(
      ["--data", "quote.csv"],
      /^slipway: quote\.csv: line 3: unterminated quote opens at line 3, column 3/,
    );
  });
  it("a byte-order mark is read, not an error", async () => {
    write("bom.csv", "\ufeffid,age\n1,2\n");
    const run = await runCli(["validate-data", "--data", "bom.csv", "--schema", "schema.yaml"], { cwd: dir });
    expect(run.code).toBe(0);
  });
  it("non-UTF-8 bytes", async () => {
    write("latin1.csv", Buffer.from("id,name\n1,caf\xe9\n", "latin1"));
    await reported("latin1.csv", "encoding-error", 2);
  });
  it("a truncated Parquet file", async () => {
    const whole = readFileSync(join(dir, "good.parquet"));
    write("cut.parquet", whole.subarray(0, Math.floor(whole.length / 2)));
    await exit2(
      ["--data", "cut.parquet"],
      /^slipway: cut\.parquet: is not a readable Parquet file \(truncated or corrupt\)/,
    );
  });
  it("a schema with a YAML syntax error", async () => {
    write("broken.yaml", "fields:\n  - { name: id\n");
    await exit2(
      ["--data", "good.csv", "--schema", "broken.yaml"],
      /^slipway: broken\.yaml: line \d+: not valid YAML/,
    );
  });
  it("a schema with an unknown type", async () => {
    write("type.yaml", "fields:\n  - { name: id, type: interger }\n  - { name: age }\n");
    await exit2(
      ["--data", "good.csv", "--schema", "type.yaml"],
      /type\.yaml: line 2: fields\[0\]\.type: "interger" is not one of .*Did you mean "integer"\?/,
    );
  });
  it("a schema naming a column the data lacks", async () => {
    write("lacks.yaml", `${SCHEMA}  - { name: income, type: number }\n`);
    const run = await runCli(["validate-data", "--data", "good.csv", "--schema", "lacks.yaml"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '✗ missing_column (column "income"): column "income" is in the schema but not in the data.',
    );
  });
  it("a pattern that is not a valid regular expression", async () => {
    write("pattern.yaml", "fields:\n  - { name: id, constraints: { pattern: '[a-' } }\n  - { name: age }\n");
    await exit2(
      ["--data", "good.csv", "--schema", "pattern.yaml"],
      /pattern\.yaml: fields\[0\]\.constraints\.pattern: "\[a-" is not a valid regular expression/,
    );
  });
  it("a duration that does not parse", async () => {
    write(
      "duration.yaml",
      "fields:\n  - { name: id, type: datetime, constraints: { freshness: 3 days } }\n  - { name: age }\n",
    );
    await exit2(
      ["--data", "good.csv", "--schema", "duration.yaml"],
      /duration\.yaml: line 2: fields\[0\]\.constraints\.freshness: expected a duration/,
    );
  });
  it("an unknown --fail-on", () =>
    exit2(
      ["--data", "good.csv", "--fail-on", "sometimes"],
      /^slipway: --fail-on: must be error, warning or never, not "sometimes"/,
    ));
});
