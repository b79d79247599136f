/**
 * Issue 10 §4: every reader failure is a sentence. The tests make broken files of every kind we know
 * of and run `slipway validate-data` on each: an unreadable file exits 2 with one line naming the
 * file, the line where there is one, and what is wrong (never a stack trace, never DuckDB's words
 * alone); a fact about the data exits 1 with the error in the report.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { runCli } from "../helpers/run-cli.js";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "slipway-broken-"));
  mkdirSync(join(dir, "folder.csv"));
  await (await import("../../src/data/duckdb.js")).openDuckDB().then(async (sql) => {
    await sql.run(
      `COPY (SELECT range AS id FROM range(1000)) TO '${join(dir, "real.parquet")}' (FORMAT parquet)`,
    );
    sql.close();
  });
});

const lines = (n: number, make: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => make(i)).join("");
const rows = (n: number) => lines(n, (i) => `${i},${i * 2}\n`);
const gzipped = gzipSync(`id,v\n${rows(5000)}`);
const parquetBytes = async () => (await import("node:fs")).readFileSync(join(dir, "real.parquet"));

/** Unreadable files: exit 2, one sentence on stderr. */
const UNREADABLE: [string, string | Buffer | (() => Promise<Buffer>) | null, RegExp, string[]?][] = [
  [
    "binary.csv",
    Buffer.from([0x69, 0x64, 0x0a, 0x00, 0x01, 0x02, 0xff, 0x0a]),
    /^binary\.csv: line 2: holds binary data \(a NUL byte\)/,
  ],
  ["nul-late.csv", `id,v\n${rows(100)}7,\u0000\n`, /^nul-late\.csv: line 102: holds binary data/],
  [
    "gzip-named.csv",
    gzipped,
    /^gzip-named\.csv: this is gzip data but the name ends \.csv; rename it to gzip-named\.csv\.gz/,
  ],
  [
    "truncated.csv.gz",
    gzipped.subarray(0, Math.floor(gzipped.length / 2)),
    /^truncated\.csv\.gz: the gzip data is truncated or corrupt/,
  ],
  ["not-gzip.csv.gz", "id,v\n1,2\n", /^not-gzip\.csv\.gz: the name ends \.gz but this is not gzip data/],
  ["parquet-named.csv", parquetBytes, /^parquet-named\.csv: this is Parquet data but the name ends \.csv/],
  [
    "zip-named.csv",
    Buffer.from("PK\u0003\u0004rest-of-a-zip"),
    /^zip-named\.csv: this is a zip archive \(or an Excel workbook\)/,
  ],
  [
    "long-line.csv",
    `id,v\n1,${"x".repeat(9 * 1024 * 1024)}\n`,
    /^long-line\.csv: line 2: line 2 is longer than 8,388,608 bytes/,
  ],
  [
    "huge-first-line.csv",
    `${"y".repeat(50 * 1024 * 1024)}\n`,
    /^huge-first-line\.csv: line 1: line 1 is longer than/,
  ],
  [
    "mac-50mb.csv",
    lines(700_000, (i) => `${i},${i}\r`).padEnd(9 * 1024 * 1024, "0"),
    /line 1 is longer than .* old Mac "\\r" line endings/,
  ],
  [
    "quote.csv",
    `id,v\n${rows(39)}40,"abc\n41,2\n`,
    /^quote\.csv: line 41: unterminated quote opens at line 41, column 4/,
  ],
  [
    "quote-header.csv",
    'id,"v\n1,2\n',
    /^quote-header\.csv: line 1: unterminated quote opens at line 1, column 4/,
  ],
  [
    "backslash.csv",
    'id,text\n1,"he said \\"hi\\""\n',
    /^backslash\.csv: line 2: line 2 escapes a quote with a backslash .* state escape: '\\'/,
  ],
  [
    "second-table.csv",
    `id,v\n${rows(217)}\nname,total,share\nx,1,2\ny,3,4\n`,
    /^second-table\.csv: line 220: the file holds a second table from line 220: after the blank line 219, rows have 3 cells where the header has 2/,
  ],
  ["empty.csv", "", /^empty\.csv: is empty \(0 bytes\)/],
  ["blank-lines-only.csv", "\n\n\n", /^blank-lines-only\.csv: holds no rows \(only blank or skipped lines\)/],
  ["missing.csv", null, /^missing\.csv: file not found/],
  ["folder.csv", null, /^folder\.csv: is a folder, not a data file/],
  ["book.xlsx", "x", /^book\.xlsx: unknown data format/],
  ["nothing-*.csv", null, /^nothing-\*\.csv: no files match this pattern/],
  [
    "truncated.parquet",
    async () => (await parquetBytes()).subarray(0, 200),
    /^truncated\.parquet: is not a readable Parquet file \(truncated or corrupt\)/,
  ],
  ["fake.parquet", "PAR1 not really", /^fake\.parquet: is not a readable Parquet file/],
  ["broken.jsonl", '{"a":1}\n{"a":2,\n{"a":3}\n', /^broken\.jsonl: .*line 3/],
  ["skip-all.csv", "id,v\n1,2\n", /^skip-all\.csv: holds no rows/, ["--skip-rows", "5"]],
  [
    "bad-encoding-flag.csv",
    "id\n1\n",
    /^--encoding: must be one of utf-8, latin-1, cp1252, utf-16, not "ebcdic"/,
    ["--encoding", "ebcdic"],
  ],
  [
    "bad-delimiter-flag.csv",
    "id\n1\n",
    /^--delimiter: must be one to four characters, not "abcde"/,
    ["--delimiter", "abcde"],
  ],
  ["bad-skip-flag.csv", "id\n1\n", /^--skip-rows: must be a whole number, not "-1"/, ["--skip-rows", "-1"]],
  [
    "utf16-no-bom.csv",
    Buffer.from("id,v\n1,2\n", "utf16le"),
    /^utf16-no-bom\.csv: line 1: holds binary data .* set encoding: utf-16/,
  ],
  [
    "gz-binary.csv.gz",
    gzipSync(Buffer.from([0x61, 0x0a, 0x00, 0x00])),
    /^gz-binary\.csv\.gz: line 2: holds binary data/,
  ],
];

/** Facts about the data: exit 1, the error in the report with its row (and field). */
const REPORTED: [string, string | Buffer, string, number | undefined, RegExp, string[]?][] = [
  [
    "latin1.csv",
    Buffer.from("id,city\n1,Z\xfcrich\n", "latin1"),
    "encoding-error",
    2,
    /line 2 holds bytes that are not valid utf-8/,
  ],
  [
    "bad-header-bytes.csv",
    Buffer.from("id,caf\xe9\n1,2\n", "latin1"),
    "encoding-error",
    1,
    /state it \(encoding: latin-1/,
  ],
  ["ragged-short.csv", "id,v\n1,2\n3\n", "missing-cell", 3, /row 3 has 1 cells but the header 2/],
  [
    "ragged-long.csv",
    "id,v\n1,2\n3,4,5\n",
    "extra-cell",
    3,
    /row 3 has 3 cells but the header 2: cell 3 \("5"\)/,
  ],
  ["trailing-delimiter.csv", "id,v\n1,2,\n", "extra-cell", 2, /extra empty cell after column 2/],
  ["blank-label.csv", "id,,v\n1,2,3\n", "blank-label", 1, /column 2 has no name in the header/],
  ["only-delimiters-header.csv", ",,\n1,2,3\n", "blank-label", 1, /column 1 has no name/],
  ["duplicate-label.csv", "id,v,v\n1,2,3\n", "duplicate-label", 1, /column 3 is named "v" like column 2/],
  ["blank-row.csv", "id,v\n1,2\n\n3,4\n", "blank-row", 3, /row 3 is blank/],
  ["blank-cells-row.csv", "id,v\n1,2\n,\n", "blank-row", 3, /row 3 is blank \(every cell is empty\)/],
  ["crlf-blank.csv", "id,v\r\n1,2\r\n\r\n3,4\r\n", "blank-row", 3, /row 3 is blank/],
  ["trailing-blank-lines.csv", "id,v\n1,2\n\n\n", "blank-row", 3, /row 3 is blank/],
  ["header-only.csv", "id,v\n", "no_rows", undefined, /header but no data rows/],
  ["ragged.tsv", "id\tv\n1\t2\n3\n", "missing-cell", 3, /row 3 has 1 cells/],
  ["ragged.csv.gz", gzipSync("id,v\n1,2\n3,4,5\n"), "extra-cell", 3, /cell 3 \("5"\)/],
  ["multiline-then-ragged.csv", 'id,v\n1,"a\nb"\n2\n', "missing-cell", 3, /row 3 has 1 cells/],
  ["savetxt-ragged.txt", "1.0 2.0\n3.0\n", "missing-cell", 2, /row 2 has 1 cells but the header 2/],
];

describe("validate-data on broken files: one sentence, exit 2", () => {
  it.each(UNREADABLE)(
    "%s",
    async (name, content, message, flags = []) => {
      if (content !== null)
        writeFileSync(join(dir, name), typeof content === "function" ? await content() : content);
      const run = await runCli(["validate-data", "--data", name, ...flags], { cwd: dir });
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr.replace(/^slipway: /, "")).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at |This is a bug|Error:/);
    },
    60_000,
  );
});

describe("validate-data on files with broken data: reported with row and field, exit 1", () => {
  it.each(REPORTED)("%s", async (name, content, kind, row, message, flags = []) => {
    writeFileSync(join(dir, name), content);
    const run = await runCli(["validate-data", "--data", name, "--json", ...flags], { cwd: dir });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: "" });
    const report = JSON.parse(run.stdout) as { errors: { kind: string; row?: number; message: string }[] };
    const error = report.errors.find((e) => e.kind === kind);
    expect(error).toMatchObject(row === undefined ? { kind } : { kind, row });
    expect(error?.message).toMatch(message);
  });
});

it("makes at least 40 broken files", () => {
  expect(UNREADABLE.length + REPORTED.length).toBeGreaterThanOrEqual(40);
});
