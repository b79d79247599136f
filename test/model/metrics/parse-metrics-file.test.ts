import { describe, expect, test } from "@jest/globals";
import { InputError } from "../../../src/errors.js";
import { parseMetricsFile } from "../../../src/model/metrics/parse-metrics-file.js";

function thrown(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("parseMetricsFile: formats DVC reads, flattened with dots", () => {
  const expected = {
    "train.loss": 0.31,
    "train.epochs": 10,
    "eval.auc": 0.92,
    "eval.per_class.a.f1": 0.8,
    accuracy: 0.9,
  };
  test.each([
    [
      "metrics.json",
      JSON.stringify({
        train: { loss: 0.31, epochs: 10 },
        eval: { auc: 0.92, per_class: { a: { f1: 0.8 } } },
        accuracy: 0.9,
      }),
    ],
    [
      "metrics.yaml",
      "train:\n  loss: 0.31\n  epochs: 10\neval:\n  auc: 0.92\n  per_class:\n    a:\n      f1: 0.8\naccuracy: 0.9\n",
    ],
    [
      "metrics.yml",
      "train: {loss: 0.31, epochs: 10}\neval: {auc: 0.92, per_class: {a: {f1: 0.8}}}\naccuracy: 0.9\n",
    ],
    [
      "metrics.toml",
      "accuracy = 0.9\n[train]\nloss = 0.31\nepochs = 10\n[eval]\nauc = 0.92\n[eval.per_class.a]\nf1 = 0.8\n",
    ],
    [
      "metrics.csv",
      "name,value\ntrain.loss,0.31\ntrain.epochs,10\neval.auc,0.92\neval.per_class.a.f1,0.8\naccuracy,0.9\n",
    ],
    [
      "metrics.csv",
      "value,name,note\n0.31,train.loss,x\n10,train.epochs,\n0.92,eval.auc,\n0.8,eval.per_class.a.f1,\n0.9,accuracy,\n",
    ],
    [
      "Metrics.CSV",
      '\uFEFFName,Value\r\n"train.loss",0.31\r\ntrain.epochs,1e1\r\neval.auc,.92\r\neval.per_class.a.f1,0.8\r\naccuracy,0.9\r\n\r\n',
    ],
  ])("%s", (file, text) => {
    expect(parseMetricsFile(text, file)).toEqual({ metrics: expected, skipped: expect.any(Array) });
  });

  test("values that are not numbers are skipped and named (DVC cannot diff them either)", () => {
    const text = JSON.stringify({
      auc: 0.9,
      model: "xgb",
      ok: true,
      curve: [0.1, 0.2],
      none: null,
      empty: {},
    });
    expect(parseMetricsFile(text, "m.json")).toEqual({
      metrics: { auc: 0.9 },
      skipped: [
        { name: "model", kind: "text" },
        { name: "ok", kind: "boolean" },
        { name: "curve", kind: "a list" },
        { name: "none", kind: "null" },
        { name: "empty", kind: "an empty mapping" },
      ],
    });
  });

  test("a CSV cell with a quoted comma is one cell", () => {
    expect(parseMetricsFile('name,value\n"recall[region=EU, west]",0.7\n', "m.csv").metrics).toEqual({
      "recall[region=EU, west]": 0.7,
    });
  });
});

describe("parseMetricsFile: NaN and infinite values are errors naming file, line and metric", () => {
  test.each([
    ["m.json", '{\n  "eval": {\n    "loss": NaN\n  }\n}', 3, "eval.loss", "NaN"],
    ["m.json", '{"auc": 0.9,\n "gain": Infinity}', 2, "gain", "Infinity"],
    ["m.json", '{"auc": 0.9,\n "gain": -Infinity}', 2, "gain", "-Infinity"],
    ["m.yaml", "eval:\n  auc: 0.9\n  loss: .nan\n", 3, "eval.loss", "NaN"],
    ["m.yaml", "loss: -.inf\n", 1, "loss", "-Infinity"],
    ["m.toml", "[eval]\nloss = nan\n", undefined, "eval.loss", "NaN"],
    ["m.toml", "loss = +inf\n", undefined, "loss", "Infinity"],
  ])("%s: %j", (file, text, line, field, shown) => {
    const error = thrown(() => parseMetricsFile(text, file));
    expect(error.file).toBe(file);
    expect(error.where).toEqual({ line, field });
    expect(error.message).toContain(`metric "${field}" is ${shown}; metrics must be finite numbers`);
  });

  test.each([
    ["name,value\nauc,0.9\nloss,nan\n", 2, 3, "loss", "is nan"],
    ["name,value\nauc,inf\n", 1, 2, "auc", "is inf"],
    ["name,value\nauc,-Infinity\n", 1, 2, "auc", "is -Infinity"],
    ["name,value\nauc,\n", 1, 2, "auc", "is empty"],
    ["name,value\nauc,high\n", 1, 2, "auc", 'is not a number ("high")'],
  ])("CSV %j: row, line and the value field", (text, row, line, name, says) => {
    const error = thrown(() => parseMetricsFile(text, "m.csv"));
    expect(error.where).toEqual({ row, line, field: "value" });
    expect(error.message).toContain(`metric "${name}" ${says}`);
  });
});

describe("parseMetricsFile: files that are not metrics", () => {
  test.each([
    ["m.txt", "auc 0.9", /is not a metrics format Slipway reads; use JSON, YAML/],
    ["m.json", "[0.9, 0.8]", /must hold a mapping of metric names to numbers/],
    ["m.yaml", "just text", /must hold a mapping/],
    ["m.csv", "", /is empty; expected a header row/],
    [
      "m.csv",
      "metric,score\nauc,0.9\n",
      /the header row has "metric", "score"; it needs the columns "name" and "value"/,
    ],
    ["m.csv", "name,value\nauc,0.9\nauc,0.8\n", /metric "auc" appears twice/],
    ["m.csv", "name,value\n,0.9\n", /the metric name is empty/],
  ])("%s %j", (file, text, message) => {
    expect(() => parseMetricsFile(text, file)).toThrow(message);
  });
});
