/** Bad predictions input: each case is one clear error naming the file and, where one exists, the row and column. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { PredictionsConfig } from "../../../src/config/schema.js";
import { openDuckDB } from "../../../src/data/duckdb.js";
import { literal, type Sql } from "../../../src/data/sql.js";
import { ConfigError, InputError } from "../../../src/errors.js";
import { computePredictionMetrics } from "../../../src/model/predictions/index.js";

let sql: Sql;
let dir: string;

beforeAll(async () => {
  sql = await openDuckDB();
  dir = mkdtempSync(join(tmpdir(), "slipway-bad-predictions-"));
});
afterAll(() => sql.close());

function file(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

const classification = (path: string, extra: Partial<PredictionsConfig> = {}): PredictionsConfig => ({
  path,
  task: "classification",
  label: "y",
  prediction: "y_pred",
  slices: [],
  ...extra,
});

async function failure(config: PredictionsConfig): Promise<unknown> {
  try {
    await computePredictionMetrics(sql, config, { cwd: dir });
  } catch (error) {
    return error;
  }
  throw new Error("expected computePredictionMetrics to fail");
}

async function inputError(config: PredictionsConfig): Promise<InputError> {
  const error = await failure(config);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe("computePredictionMetrics rejects bad input", () => {
  it("a missing column, naming it, the config key and the columns there are", async () => {
    const path = file("missing.csv", "y,prediction\n1,1\n0,1\n");
    const error = await inputError(classification(path));
    expect(error.file).toBe(path);
    expect(error.where.field).toBe("y_pred");
    expect(error.message).toBe(
      'missing.csv: field "y_pred": has no column "y_pred" (model.predictions.prediction). Its columns are: y, prediction.',
    );
  });

  it("a missing slice column", async () => {
    const path = file("missing-slice.csv", "y,y_pred\n1,1\n");
    const error = await inputError(classification(path, { slices: ["region"] }));
    expect(error.message).toContain('no column "region" (model.predictions.slices)');
  });

  it("a NaN probability, naming the row and column", async () => {
    const path = file("nan.csv", "y,y_pred,p_0,p_1\n1,1,0.2,0.8\n0,0,0.9,0.1\n1,0,0.6,nan\n");
    const error = await inputError(classification(path, { probabilities: ["p_0", "p_1"] }));
    expect(error.where).toEqual({ row: 3, field: "p_1" });
    expect(error.message).toMatch(/^nan\.csv: row 3, field "p_1": the value is NaN;/);
  });

  it("an infinite prediction in a regression", async () => {
    const path = file("inf.csv", "y,y_pred\n1.5,1.2\n2.5,inf\n3.5,3.1\n");
    const error = await inputError({ ...classification(path), task: "regression" });
    expect(error.where).toEqual({ row: 2, field: "y_pred" });
    expect(error.message).toContain("the value is infinity");
  });

  it("an empty label", async () => {
    const path = file("empty-label.csv", "y,y_pred\na,a\nb,b\n,a\n");
    const error = await inputError(classification(path));
    expect(error.where).toEqual({ row: 3, field: "y" });
    expect(error.message).toContain("the value is empty");
  });

  it("names the right row deep in a large file read in parallel (CSV and Parquet)", async () => {
    const csv = join(dir, "large.csv");
    await sql.run(
      `COPY (SELECT i % 2 AS y, (i + 1) % 2 AS y_pred, CASE WHEN i = 250001 THEN 'nan' ELSE '0.25' END AS p_0,
       0.75 AS p_1 FROM range(1, 300001) t(i)) TO ${literal(csv)} (HEADER)`,
    );
    const parquet = join(dir, "large.parquet");
    await sql.run(
      `COPY (SELECT * FROM read_csv(${literal(csv)}, types={'p_0': 'DOUBLE'})) TO ${literal(parquet)} (FORMAT parquet)`,
    );
    for (const path of ["large.csv", "large.parquet"]) {
      const error = await inputError(classification(path, { probabilities: ["p_0", "p_1"] }));
      expect(error.where).toEqual({ row: 250001, field: "p_0" });
    }
  });

  it("names the file and its own row when a glob reads several files", async () => {
    file("part-1.csv", "y,y_pred\n1.5,1.0\n2.5,2.0\n");
    file("part-2.csv", "y,y_pred\n3.5,3.0\n4.5,nan\n");
    const error = await inputError({ ...classification("part-*.csv"), task: "regression" });
    expect(error.file).toBe(join(dir, "part-2.csv"));
    expect(error.where).toEqual({ row: 2, field: "y_pred" });
  });

  it("a label the probability columns do not cover", async () => {
    const path = file(
      "uncovered.csv",
      "y,y_pred,p_0,p_1\n0,0,0.7,0.3\n1,1,0.2,0.8\n1,0,0.6,0.4\n2,1,0.5,0.5\n",
    );
    const error = await inputError(classification(path, { probabilities: ["p_0", "p_1"] }));
    expect(error.where).toEqual({ row: 4, field: "y" });
    expect(error.message).toContain('class "2" has no probability column');
    expect(error.message).toContain("not covered: 2");
  });

  it("a predicted class the probability columns do not cover", async () => {
    const path = file("uncovered-pred.csv", "y,y_pred,p_a,p_b\na,a,0.7,0.3\nb,c,0.2,0.8\n");
    const error = await inputError(classification(path, { probabilities: ["p_a", "p_b"] }));
    expect(error.where).toEqual({ row: 2, field: "y_pred" });
    expect(error.message).toContain('class "c" has no probability column');
  });

  it("probabilities that do not sum to 1, naming the row", async () => {
    const path = file("sum.csv", "y,y_pred,p_0,p_1\n0,0,0.7,0.3\n1,1,0.2,0.8\n1,1,0.3,0.6\n");
    const error = await inputError(classification(path, { probabilities: ["p_0", "p_1"] }));
    expect(error.where).toEqual({ row: 3 });
    expect(error.message).toMatch(
      /^sum\.csv: row 3: the probabilities \(p_0 \+ p_1\) sum to 0\.8999\d*, not 1 \(tolerance 0\.000001\)/,
    );
  });

  it("accepts probabilities that miss 1 by less than 1e-6", async () => {
    const path = file("sum-ok.csv", "y,y_pred,p_0,p_1\n0,0,0.7,0.3000005\n1,1,0.2,0.8\n");
    const result = await computePredictionMetrics(
      sql,
      classification(path, { probabilities: ["p_0", "p_1"] }),
      {
        cwd: dir,
      },
    );
    expect(result.rows).toBe(2);
  });

  it("a probability outside [0, 1]", async () => {
    const path = file("range.csv", "y,y_pred,p\n0,0,0.2\n1,1,1.5\n");
    const error = await inputError(classification(path, { probabilities: ["p"] }));
    expect(error.where).toEqual({ row: 2, field: "p" });
    expect(error.message).toContain("outside [0, 1]");
  });

  it("a probability column of text", async () => {
    const path = file("text-prob.csv", "y,y_pred,p_0,p_1\n0,0,low,0.3\n");
    const error = await inputError(classification(path, { probabilities: ["p_0", "p_1"] }));
    expect(error.where).toEqual({ field: "p_0" });
    expect(error.message).toContain("not numbers");
  });

  it("a positive class that is not one of the two labels", async () => {
    const path = file("positive.csv", "y,y_pred\ncat,cat\ndog,cat\n");
    const error = await inputError(classification(path, { positive: "maybe" }));
    expect(error.message).toContain(
      'the positive class "maybe" (model.predictions.positive) is not one of the labels in the file: cat, dog.',
    );
  });

  it("probabilities for a regression task, as a config error", async () => {
    const path = file("reg.csv", "y,y_pred\n1,1\n");
    const error = await failure({ ...classification(path, { probabilities: ["p_0"] }), task: "regression" });
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).keyPath).toBe("model.predictions.probabilities");
    expect((error as ConfigError).message).toContain("regression task");
  });

  it("an unknown task, as a config error", async () => {
    const path = file("task.csv", "y,y_pred\n1,1\n");
    const config = { ...classification(path), task: "ranking" } as unknown as PredictionsConfig;
    const error = await failure(config);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      '.github/slipway.yml: model.predictions.task: unknown task "ranking"; expected classification or regression.',
    );
  });

  it("an empty file", async () => {
    const path = file("empty.csv", "");
    const error = await inputError(classification(path));
    expect(error.message).toContain("empty.csv");
    expect(error.message).toContain("empty");
  });

  it("a file with a header and no rows", async () => {
    const path = file("header-only.csv", "y,y_pred\n");
    const error = await inputError(classification(path));
    expect(error.message).toBe("header-only.csv: has no rows of predictions: metrics need at least one row.");
  });

  it("a regression label that is text", async () => {
    const path = file("reg-text.csv", "y,y_pred\nlow,1.5\nhigh,2.5\n");
    const error = await inputError({ ...classification(path), task: "regression" });
    expect(error.where).toEqual({ field: "y" });
    expect(error.message).toContain("needs numbers");
  });

  it("a row DuckDB cannot read, by its line", async () => {
    const rows = Array.from({ length: 30000 }, (_, i) =>
      i === 25000 ? "1,oops" : `${i % 2},${i % 3 === 0 ? 1 : 0}`,
    );
    const path = file("reject.csv", `y,y_pred\n${rows.join("\n")}\n`);
    const error = await inputError(classification(path));
    expect(error.where.line).toBe(25002);
    expect(error.message).toContain("cannot be read");
  });
});
