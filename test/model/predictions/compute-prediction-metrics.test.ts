import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { PredictionsConfig } from "../../../src/config/schema.js";
import { openDuckDB } from "../../../src/data/duckdb.js";
import type { Sql } from "../../../src/data/sql.js";
import { computePredictionMetrics, type PredictionMetrics } from "../../../src/model/predictions/index.js";
import {
  binaryInt,
  binaryMinusOne,
  binaryStringSingle,
  binaryYesNo,
  csvToParquet,
  type FixtureName,
  multiclassInt,
  multiclassString,
  regression,
} from "./fixtures.js";
import { type ReferenceResult, type ReferenceSpec, referenceMetrics } from "./reference-metrics.js";

interface Case {
  name: string;
  fixture: FixtureName;
  parquet: boolean;
  config: Omit<PredictionsConfig, "path">;
  /** Probability columns with their classes typed as in the file, for the reference. */
  classes?: (string | number)[];
  /** Labels DuckDB reads differently from pandas (yes/no as booleans): pandas' label → ours. */
  labelsAs?: Record<string, string>;
}

const CASES: Case[] = [
  {
    name: "binary, integer labels, two probability columns, two slice columns (CSV)",
    fixture: "binary-int",
    parquet: false,
    config: {
      task: "classification",
      label: "y",
      prediction: "y_pred",
      probabilities: ["p_0", "p_1"],
      positive: 1,
      slices: ["region", "cohort"],
    },
    classes: [0, 1],
  },
  {
    name: "the same binary file as Parquet, positive class left to its default",
    fixture: "binary-int",
    parquet: true,
    config: {
      task: "classification",
      label: "y",
      prediction: "y_pred",
      probabilities: ["p_1", "p_0"],
      slices: ["region"],
    },
    classes: [1, 0],
  },
  {
    name: "binary, string labels, the smaller label positive, one probability column",
    fixture: "binary-string-single",
    parquet: false,
    config: {
      task: "classification",
      label: "label",
      prediction: "predicted",
      probabilities: ["p_churn"],
      positive: "churn",
      slices: ["plan"],
    },
    classes: ["churn"],
  },
  {
    name: "binary yes/no labels, which DuckDB reads as booleans, positive given as yes",
    fixture: "binary-yes-no",
    parquet: false,
    config: {
      task: "classification",
      label: "churned",
      prediction: "predicted",
      probabilities: ["p_yes", "p_no"],
      positive: "yes",
      slices: [],
    },
    classes: ["yes", "no"],
    labelsAs: { no: "false", yes: "true" },
  },
  {
    name: "binary -1/1 labels without probabilities",
    fixture: "binary-minus-one",
    parquet: false,
    config: { task: "classification", label: "y", prediction: "y_pred", slices: [] },
  },
  {
    name: "multiclass, integer labels, one class never predicted, columns listed out of order (CSV)",
    fixture: "multiclass-int",
    parquet: false,
    config: {
      task: "classification",
      label: "y",
      prediction: "y_pred",
      probabilities: ["p_2", "p_0", "p_3", "p_1"],
      slices: ["segment"],
    },
    classes: [2, 0, 3, 1],
  },
  {
    name: "multiclass, string labels (Parquet)",
    fixture: "multiclass-string",
    parquet: true,
    config: {
      task: "classification",
      label: "y",
      prediction: "y_pred",
      probabilities: ["p_cat", "p_cow", "p_dog"],
      slices: ["segment"],
    },
    classes: ["cat", "cow", "dog"],
  },
  {
    name: "regression with two slice columns (CSV)",
    fixture: "regression",
    parquet: false,
    config: { task: "regression", label: "target", prediction: "estimate", slices: ["region", "store"] },
  },
  {
    name: "regression (Parquet)",
    fixture: "regression",
    parquet: true,
    config: { task: "regression", label: "target", prediction: "estimate", slices: ["region"] },
  },
];

const WRITERS: Record<FixtureName, (dir: string) => string> = {
  "binary-int": binaryInt,
  "binary-string-single": binaryStringSingle,
  "binary-minus-one": binaryMinusOne,
  "binary-yes-no": binaryYesNo,
  "multiclass-int": multiclassInt,
  "multiclass-string": multiclassString,
  regression,
};

let sql: Sql;
let dir: string;
const ours = new Map<string, PredictionMetrics>();
const reference = new Map<string, ReferenceResult>();

beforeAll(async () => {
  sql = await openDuckDB();
  dir = mkdtempSync(join(tmpdir(), "slipway-predictions-"));
  const csv = new Map<FixtureName, string>();
  for (const [name, write] of Object.entries(WRITERS)) csv.set(name as FixtureName, write(dir));
  const specs: ReferenceSpec[] = [];
  for (const c of CASES) {
    const csvPath = csv.get(c.fixture)!;
    const path = c.parquet ? await csvToParquet(sql, csvPath) : csvPath;
    ours.set(
      c.name,
      await computePredictionMetrics(sql, { ...c.config, path: basename(path) }, { cwd: dir }),
    );
    specs.push({
      csv: csvPath,
      task: c.config.task,
      label: c.config.label,
      prediction: c.config.prediction,
      probabilities: c.config.probabilities?.map((column, i) => [column, c.classes![i]!]),
      ...(c.config.positive === undefined ? {} : { positive: c.config.positive }),
      slices: c.config.slices,
    });
  }
  referenceMetrics(specs).forEach((result, i) => {
    reference.set(CASES[i]!.name, result);
  });
}, 120_000);
afterAll(() => sql.close());

/** Our result for a fixture's first (CSV) case. */
function resultFor(fixture: FixtureName): PredictionMetrics {
  return ours.get(CASES.find((c) => c.fixture === fixture && !c.parquet)!.name)!;
}

describe("computePredictionMetrics agrees with scikit-learn", () => {
  it.each(CASES.map((c) => [c.name, c.labelsAs ?? {}] as const))("%s", (name, labelsAs) => {
    const got = ours.get(name)!;
    const want = reference.get(name)!;
    if (want.confusion)
      want.confusion.labels = want.confusion.labels.map((label) => labelsAs[label] ?? label);
    expect(got.rows).toBe(want.rows);
    // The same metrics exist on both sides (sklearn's undefined ones are omitted by both)…
    expect(Object.keys(got.metrics).sort()).toEqual(Object.keys(want.metrics).sort());
    // …and each agrees within 1e-9 (relative for values above 1, such as MSE or MAPE).
    const off = Object.entries(want.metrics)
      .filter(
        ([metric, value]) => !(Math.abs(got.metrics[metric]! - value) <= 1e-9 * Math.max(1, Math.abs(value))),
      )
      .map(([metric, value]) => `${metric}: slipway ${got.metrics[metric]} sklearn ${value}`);
    expect(off).toEqual([]);
    expect(got.confusion).toEqual(want.confusion);
  });

  it("covers the edge cases the fixtures were built for", () => {
    const binary = resultFor("binary-int").metrics;
    // region=edge never predicts the positive class: precision falls back to 0 (zero_division).
    expect(binary["precision[region=edge]"]).toBe(0);
    // region=solo holds one class only: no roc_auc there, as sklearn raises.
    expect(binary["roc_auc[region=solo]"]).toBeUndefined();
    expect(binary["log_loss[region=solo]"]).toBeGreaterThan(0);
    const multiclass = resultFor("multiclass-int");
    // class 3 is a true class never predicted: its column of the confusion matrix is all zeros.
    expect(multiclass.confusion?.labels).toEqual(["0", "1", "2", "3"]);
    expect(multiclass.confusion?.matrix.map((row) => row[3])).toEqual([0, 0, 0, 0]);
    expect(multiclass.metrics["roc_auc_ovr[segment=tiny]"]).toBeUndefined();
    expect(multiclass.metrics.precision).toBeUndefined();
    const reg = resultFor("regression").metrics;
    expect(reg["r2[region=one]"]).toBeUndefined();
    expect(reg["mae[region=one]"]).toBeGreaterThanOrEqual(0);
  });
});
