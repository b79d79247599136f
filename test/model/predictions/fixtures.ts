/**
 * Seeded predictions fixtures for the metric tests, written into a temp dir at test time (CSV by
 * hand, Parquet with DuckDB COPY from that CSV). Scores are rounded so ties occur, and include 0 and
 * 1 so log-loss clipping matters.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Sql } from "../../../src/data/sql.js";
import { literal } from "../../../src/data/sql.js";

export type FixtureName =
  | "binary-int"
  | "binary-string-single"
  | "binary-minus-one"
  | "binary-yes-no"
  | "multiclass-int"
  | "multiclass-string"
  | "regression";

/** mulberry32: a small seeded PRNG, so fixtures are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

export function writeCsv(dir: string, name: string, header: string[], rows: (string | number)[][]): string {
  const path = join(dir, name);
  writeFileSync(path, `${[header.join(","), ...rows.map((row) => row.join(","))].join("\n")}\n`);
  return path;
}

/** Writes `<name>.parquet` from `<name>.csv` with DuckDB, keeping the CSV's detected column types. */
export async function csvToParquet(sql: Sql, csvPath: string): Promise<string> {
  const parquet = csvPath.replace(/\.csv$/, ".parquet");
  await sql.run(`COPY (SELECT * FROM read_csv(${literal(csvPath)})) TO ${literal(parquet)} (FORMAT parquet)`);
  return parquet;
}

/** Binary 0/1 labels, p_0 and p_1 in hundredths; region "edge" never predicts 1, region "solo" holds only 0s. */
export function binaryInt(dir: string): string {
  const rand = random(1);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 3000; i++) {
    const region = pick(rand, ["north", "south", "east", "edge", "solo"]);
    const y = region === "solo" ? 0 : rand() < 0.4 ? 1 : 0;
    const k = Math.min(
      100,
      Math.max(0, Math.round(100 * (0.35 * y + 0.65 * rand()) + (rand() < 0.02 ? 60 : 0))),
    );
    const yPred = region === "edge" ? 0 : k >= 50 ? 1 : 0;
    rows.push([y, yPred, ((100 - k) / 100).toFixed(2), (k / 100).toFixed(2), region, pick(rand, [1, 2, 3])]);
  }
  return writeCsv(dir, "binary-int.csv", ["y", "y_pred", "p_0", "p_1", "region", "cohort"], rows);
}

/** Labels "churn"/"stay", the positive class the smaller one, and one probability column (the positive's). */
export function binaryStringSingle(dir: string): string {
  const rand = random(2);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 1500; i++) {
    const churn = rand() < 0.3;
    const q = Math.round(1000 * Math.min(1, Math.max(0, (churn ? 0.3 : 0) + 0.7 * rand()))) / 1000;
    rows.push([churn ? "churn" : "stay", q >= 0.4 ? "churn" : "stay", q, pick(rand, ["basic", "pro"])]);
  }
  return writeCsv(dir, "binary-string-single.csv", ["label", "predicted", "p_churn", "plan"], rows);
}

/** Labels yes/no, which DuckDB's CSV sniffer reads as BOOLEAN; probability columns p_no and p_yes. */
export function binaryYesNo(dir: string): string {
  const rand = random(7);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 800; i++) {
    const yes = rand() < 0.45;
    const k = Math.round(100 * Math.min(1, (yes ? 0.25 : 0) + 0.75 * rand()));
    rows.push([
      yes ? "yes" : "no",
      k >= 50 ? "yes" : "no",
      ((100 - k) / 100).toFixed(2),
      (k / 100).toFixed(2),
    ]);
  }
  return writeCsv(dir, "binary-yes-no.csv", ["churned", "predicted", "p_no", "p_yes"], rows);
}

/** Labels -1/1 without probabilities (sklearn's default pos_label=1). */
export function binaryMinusOne(dir: string): string {
  const rand = random(3);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 500; i++) {
    const y = rand() < 0.5 ? -1 : 1;
    rows.push([y, rand() < 0.8 ? y : -y]);
  }
  return writeCsv(dir, "binary-minus-one.csv", ["y", "y_pred"], rows);
}

/**
 * Four integer classes, class 3 never predicted; probabilities in thousandths summing to exactly 1.
 * Region "tiny" holds only classes 0 and 1 (so no one-vs-rest AUC there).
 */
export function multiclassInt(dir: string): string {
  return multiclass(dir, "multiclass-int.csv", random(4), [0, 1, 2, 3], 2000, ["north", "south", "tiny"]);
}

/** Three string classes, read from Parquet. */
export function multiclassString(dir: string): string {
  return multiclass(dir, "multiclass-string.csv", random(5), ["cat", "cow", "dog"], 1800, [0, 1, 2]);
}

function multiclass(
  dir: string,
  name: string,
  rand: () => number,
  classes: readonly (string | number)[],
  n: number,
  slices: readonly (string | number)[],
): string {
  const rows: (string | number)[][] = [];
  const never = classes.length > 3 ? classes.length - 1 : -1;
  for (let i = 0; i < n; i++) {
    const slice = i < 3 ? slices[slices.length - 1]! : pick(rand, slices.slice(0, -1));
    const yi = slice === "tiny" ? i % 2 : Math.floor(rand() * classes.length);
    const weights = classes.map((_, k) => rand() + (k === yi ? 0.8 : 0));
    const sum = weights.reduce((a, b) => a + b, 0);
    const shares = weights.map((w) => Math.floor((1000 * w) / sum));
    const best = shares.indexOf(Math.max(...shares));
    shares[best]! += 1000 - shares.reduce((a, b) => a + b, 0);
    const candidates = classes.map((_, k) => k).filter((k) => k !== never);
    const predicted = candidates.reduce((a, b) => (shares[b]! > shares[a]! ? b : a));
    rows.push([classes[yi]!, classes[predicted]!, ...shares.map((s) => (s / 1000).toFixed(3)), slice]);
  }
  return writeCsv(dir, name, ["y", "y_pred", ...classes.map((c) => `p_${c}`), "segment"], rows);
}

/** Continuous target, exact zeros only in region "east" (MAPE's eps there), and a one-row slice (no r2 there). */
export function regression(dir: string): string {
  const rand = random(6);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 2500; i++) {
    const gauss = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    const region = i === 7 ? "one" : pick(rand, ["north", "south", "east"]);
    const y = region === "east" && i % 7 === 0 ? 0 : Math.round(1000 * (20 + 8 * gauss)) / 1000;
    const yHat = Math.round(1000 * (y + 3 * (rand() - 0.5))) / 1000;
    rows.push([y.toFixed(3), yHat.toFixed(3), region, pick(rand, [10, 20])]);
  }
  return writeCsv(dir, "regression.csv", ["target", "estimate", "region", "store"], rows);
}
