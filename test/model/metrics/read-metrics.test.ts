import { afterAll, describe, expect, test } from "@jest/globals";
import { workingTreeFiles } from "../../../src/model/files/model-files.js";
import { readMetrics } from "../../../src/model/metrics/read-metrics.js";
import { removeTempDirs, tempDir } from "../helpers/temp-dir.js";

afterAll(removeTempDirs);

describe("readMetrics", () => {
  test("several files and a glob become one set, each metric remembering its file", async () => {
    const root = tempDir({
      "metrics.json": JSON.stringify({ accuracy: 0.91, name: "rf" }),
      "eval/a.yaml": "auc: 0.95\n",
      "eval/b.toml": "[loss]\ntrain = 0.2\n",
    });
    const read = await readMetrics(workingTreeFiles(root), [
      "metrics.json",
      "eval/*",
      "absent.json",
      "none/*.csv",
    ]);
    expect(read.metrics).toEqual({ accuracy: 0.91, auc: 0.95, "loss.train": 0.2 });
    expect(read.sources).toEqual({
      accuracy: "metrics.json",
      auc: "eval/a.yaml",
      "loss.train": "eval/b.toml",
    });
    expect(read.files).toEqual(["metrics.json", "eval/a.yaml", "eval/b.toml"]);
    expect(read.missing).toEqual(["absent.json", "none/*.csv"]);
    expect(read.notes).toEqual(["metrics.json: skipped values that are not numbers: name (text)."]);
  });

  test("the same metric in two files is an error naming both", async () => {
    const root = tempDir({ "a.json": '{"auc": 0.9}', "b.yaml": "auc: 0.8\n" });
    await expect(readMetrics(workingTreeFiles(root), ["a.json", "b.yaml"])).rejects.toThrow(
      'b.yaml: field "auc": metric "auc" is also in a.json; a metric must come from one file.',
    );
  });
});
