import { describe, expect, it } from "@jest/globals";
import { detectFormat, isGlob } from "../../src/data/data-format.js";

describe("isGlob (a data path DuckDB expands)", () => {
  it.each([
    ["data/train.csv", false],
    ["data/*.csv", true],
    ["data/**/part-?.parquet", true],
    ["data/part-[0-9].csv", true],
    // DuckDB's glob() has no {a,b}: such a path is a file name, as DuckDB would read it.
    ["data/{train,test}.csv", false],
    // An unclosed bracket is no class (picomatch's reading, as for the config's other globs).
    ["data/a[b.csv", false],
    ["results (1).csv", false],
  ])("%s → %s", (path, expected) => {
    expect(isGlob(path)).toBe(expected);
  });
});

describe("detectFormat", () => {
  it.each([
    ["a.CSV", "csv"],
    ["a.tsv.gz", "tsv"],
    ["a.pq", "parquet"],
    ["a.ndjson", "jsonl"],
    ["a.xlsx", null],
    ["noextension", null],
  ])("%s → %s", (path, expected) => {
    expect(detectFormat(path)).toBe(expected);
  });
});
