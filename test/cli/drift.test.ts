import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { DriftReport } from "../../src/report/types.js";
import { referenceDrift } from "../data/drift/drift-reference.js";
import { expectClose } from "../data/drift/stats/expect-close.js";
import { runCli } from "../helpers/run-cli.js";

/** mulberry32: a seeded generator, so the files are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeData(path: string, rows: number, shift: number, seed: number): void {
  const next = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const cities = ["Paris", "Berlin", "Madrid"];
  const lines = ["x,city,score"];
  for (let i = 0; i < rows; i++) {
    const city = cities[Math.min(2, Math.floor(next() * (3 - shift)))]!;
    lines.push(`${(normal() + shift).toFixed(4)},${city},${Math.round(next() * 100)}`);
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "slipway-cli-drift-"));
  mkdirSync(join(dir, "data"));
  mkdirSync(join(dir, ".github"));
  writeData(join(dir, "data/ref.csv"), 600, 0, 1);
  writeData(join(dir, "data/same.csv"), 650, 0, 2);
  writeData(join(dir, "data/shifted.csv"), 700, 1, 3);
  writeFileSync(
    join(dir, "data/extra.csv"),
    "x,city,score,new_col\n1.5,Paris,3,a\n0.2,Berlin,40,b\n-1,Madrid,7,c\n",
  );
  writeFileSync(
    join(dir, ".github/slipway.yml"),
    [
      "version: 1",
      "data:",
      "  - name: train",
      "    path: data/shifted.csv",
      "    reference: data/ref.csv",
      "    drift: { share: 0.9, columns: { x: { method: psi, threshold: 0.2 } }, ignore: [score] }",
      "  - name: holdout",
      "    path: data/same.csv",
      "    reference: data/ref.csv",
      "  - name: raw",
      "    path: data/same.csv",
      "",
    ].join("\n"),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (stdout: string) => JSON.parse(stdout) as DriftReport;

describe("slipway drift with two files", () => {
  it("exits 1 on dataset drift and prints each column's test, as a table by default", async () => {
    const run = await runCli(["drift", "--reference", "data/ref.csv", "--current", "data/shifted.csv"], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^✗ Drift data\/shifted\.csv against data\/ref\.csv: \d of 3 columns drifted/);
    expect(run.stdout).toMatch(/✗ +x +numeric +Kolmogorov–Smirnov/);
    expect(run.stderr).toBe("");
  });

  it("exits 0 without dataset drift", async () => {
    const run = await runCli(["drift", "--reference", "data/ref.csv", "--current", "data/same.csv"], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✓ Drift .*: no dataset drift/);
  });

  it("--json prints the DriftReport, whose numbers are scipy's", async () => {
    const run = await runCli(
      ["drift", "--reference", "data/ref.csv", "--current", "data/shifted.csv", "--json"],
      { cwd: dir },
    );
    const report = json(run.stdout);
    expect(report).toMatchObject({
      reference: "data/ref.csv",
      current: "data/shifted.csv",
      drifted: true,
      threshold: 0.5,
    });
    expect(report.columns.map((c) => [c.column, c.test])).toEqual([
      ["x", "ks"],
      ["city", "chi2"],
      ["score", "ks"],
    ]);
    const expected = referenceDrift(
      report.columns.map((c) => ({
        reference: join(dir, "data/ref.csv"),
        current: join(dir, "data/shifted.csv"),
        column: c.column,
        test: c.test,
        kind: c.kind!,
      })),
    );
    report.columns.forEach((column, i) => {
      expectClose(column.statistic, expected[i]!.statistic, `${column.column} statistic`);
      expectClose(column.p_value!, expected[i]!.p_value, `${column.column} p-value`);
    });
  });

  it("--method, --threshold and --share apply to every column and to the dataset", async () => {
    const run = await runCli(
      ["drift", "--reference", "data/ref.csv", "--current", "data/same.csv", "--json"].concat([
        "--method",
        "jensenshannon",
        "--threshold",
        "0.001",
        "--share",
        "0.3",
      ]),
      { cwd: dir },
    );
    const report = json(run.stdout);
    expect(report.columns.map((c) => [c.test, c.threshold])).toEqual([
      ["jensenshannon", 0.001],
      ["jensenshannon", 0.001],
      ["jensenshannon", 0.001],
    ]);
    expect(report.threshold).toBe(0.3);
    expect(run.code).toBe(report.drifted ? 1 : 0);
  });

  it("--markdown prints the escaped Markdown rendering", async () => {
    const run = await runCli(
      ["drift", "--reference", "data/ref.csv", "--current", "data/shifted.csv", "--markdown"],
      { cwd: dir },
    );
    expect(run.stdout).toMatch(
      /^#### ⚠️ Drift of <code>data\/shifted\.csv<\/code> against <code>data\/ref\.csv<\/code>/,
    );
    expect(run.stdout).toContain("| ⚠️ | x | numeric | Kolmogorov–Smirnov |");
  });

  it("a column in only one file is reported as not compared, not a crash", async () => {
    const run = await runCli(
      ["drift", "--reference", "data/extra.csv", "--current", "data/same.csv", "--json"],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBeLessThan(2);
    expect(json(run.stdout).not_compared).toEqual([
      { column: "new_col", reason: "only_in_reference", detail: "missing from the current data" },
    ]);
  });
});

describe("slipway drift with .github/slipway.yml", () => {
  it("--dataset uses that dataset's reference, path and drift settings", async () => {
    const run = await runCli(["drift", "--dataset", "train", "--json"], { cwd: join(dir, "data") });
    const report = json(run.stdout);
    expect(report).toMatchObject({ reference: "data/ref.csv", current: "data/shifted.csv", threshold: 0.9 });
    expect(report.columns.map((c) => [c.column, c.test, c.threshold])).toEqual([
      ["x", "psi", 0.2],
      ["city", "chi2", 0.05],
    ]);
    expect(report.not_compared).toEqual([
      { column: "score", reason: "ignored", detail: "listed in drift.ignore" },
    ]);
    expect(run.code).toBe(report.drifted ? 1 : 0);
  });

  it("an option overriding the config is said on stderr", async () => {
    const run = await runCli(["drift", "--dataset", "train", "--share", "0.5", "--json"], { cwd: dir });
    expect(json(run.stdout).threshold).toBe(0.5);
    expect(run.stderr).toBe(
      'slipway: --share 0.5 overrides data[0].drift.share (0.9) for dataset "train".\n',
    );
  });

  it("without files or --dataset, every dataset with a reference", async () => {
    const run = await runCli(["drift", "--json"], { cwd: dir });
    const reports = JSON.parse(run.stdout) as DriftReport[];
    expect(reports.map((r) => r.current)).toEqual(["data/shifted.csv", "data/same.csv"]);
    expect(run.code).toBe(reports.some((r) => r.drifted) ? 1 : 0);
  });
});

describe("slipway drift cannot run: exit 2 with one clear line", () => {
  it.each<[string, string[], RegExp]>([
    [
      "a missing file",
      ["--reference", "data/ref.csv", "--current", "data/nope.csv"],
      /^slipway: data\/nope\.csv: file not found\./,
    ],
    [
      "an unknown method",
      ["--reference", "a.csv", "--current", "b.csv", "--method", "t-test"],
      /--method must be one of auto, ks/,
    ],
    [
      "a share above 1",
      ["--reference", "a.csv", "--current", "b.csv", "--share", "2"],
      /--share must be a number from 0 to 1, not "2"/,
    ],
    [
      "a threshold that is not a number",
      ["--reference", "a.csv", "--current", "b.csv", "--threshold", "low"],
      /--threshold must be a number above 0, not "low"/,
    ],
    ["a reference without a current", ["--reference", "data/ref.csv"], /reference\/current: go together/],
    [
      "an unknown dataset",
      ["--dataset", "nope"],
      /slipway\.yml: data: has no dataset "nope" \(datasets: train, holdout, raw\)/,
    ],
    [
      "a dataset without a reference",
      ["--dataset", "raw"],
      /slipway\.yml: data\[2\]\.reference: is not set, so dataset "raw"/,
    ],
  ])("%s", async (_, args, message) => {
    const run = await runCli(["drift", ...args], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n {4}at /);
    expect(run.stdout).toBe("");
  });

  it("a per-column method that does not fit its column, naming the config key", async () => {
    const config = join(dir, "bad.yml");
    writeFileSync(
      config,
      "data:\n  - name: t\n    path: data/same.csv\n    reference: data/ref.csv\n    drift: { columns: { city: { method: ks } } }\n",
    );
    const run = await runCli(["drift", "--config", config, "--dataset", "t"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /bad\.yml: data\[0\]\.drift\.columns\.city\.method: ks applies to numeric columns/,
    );
  });

  it("--dataset without a config anywhere above", async () => {
    const lonely = mkdtempSync(join(tmpdir(), "slipway-cli-drift-noconfig-"));
    const run = await runCli(["drift", "--dataset", "train"], { cwd: lonely });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.github\/slipway\.yml: not found in .* or any folder above it/);
    rmSync(lonely, { recursive: true, force: true });
  });
});
