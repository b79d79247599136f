import { afterAll, describe, expect, test } from "@jest/globals";
import { workingTreeFiles } from "../../../src/model/files/model-files.js";
import { parseParamsFile, readParams } from "../../../src/model/params/read-params.js";
import { diffParams } from "../../../src/report/diff-params.js";
import { removeTempDirs, tempDir } from "../helpers/temp-dir.js";

afterAll(removeTempDirs);

describe("parseParamsFile", () => {
  test.each([
    ["params.yaml", "train:\n  lr: 0.01\n  layers: [64, 32]\n  optimizer: adam\nseed: 42\n"],
    ["params.json", '{"train": {"lr": 0.01, "layers": [64, 32], "optimizer": "adam"}, "seed": 42}'],
    ["params.toml", 'seed = 42\n[train]\nlr = 0.01\nlayers = [64, 32]\noptimizer = "adam"\n'],
  ])("%s flattens with dots and keeps lists whole", (file, text) => {
    expect(parseParamsFile(text, file)).toEqual({
      "train.lr": 0.01,
      "train.layers": [64, 32],
      "train.optimizer": "adam",
      seed: 42,
    });
  });

  test.each([
    ["params.py", "LR = 0.1", /is not a params format Slipway reads/],
    ["params.yaml", "- 1\n- 2\n", /must hold a mapping of parameter names to values/],
  ])("%s is refused", (file, text, message) => {
    expect(() => parseParamsFile(text, file)).toThrow(message);
  });
});

describe("readParams", () => {
  test("files share one namespace; a key in two files keeps the later one and says so", async () => {
    const root = tempDir({ "params.yaml": "lr: 0.1\nseed: 1\n", "extra.json": '{"lr": 0.2}' });
    const read = await readParams(workingTreeFiles(root), ["params.yaml", "extra.json", "gone.yaml"]);
    expect(read.params).toEqual({ lr: 0.2, seed: 1 });
    expect(read.missing).toEqual(["gone.yaml"]);
    expect(read.notes).toEqual([
      'extra.json: param "lr" is also in params.yaml; the value from extra.json is used.',
    ]);
  });
});

describe("diffParams, as dvc params diff", () => {
  test.each([
    ["nothing changed", { a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }, []],
    [
      "a changed value",
      { lr: 0.02 },
      { lr: 0.01 },
      [{ name: "lr", change: "changed", base: 0.01, head: 0.02 }],
    ],
    ["an added param", { lr: 0.01, seed: 7 }, { lr: 0.01 }, [{ name: "seed", change: "added", head: 7 }]],
    [
      "a removed param",
      { lr: 0.01 },
      { lr: 0.01, dropout: 0.5 },
      [{ name: "dropout", change: "removed", base: 0.5 }],
    ],
    [
      "a list that changed",
      { layers: [64, 32] },
      { layers: [64] },
      [{ name: "layers", change: "changed", base: [64], head: [64, 32] }],
    ],
    [
      "a type change",
      { depth: "3" },
      { depth: 3 },
      [{ name: "depth", change: "changed", base: 3, head: "3" }],
    ],
    [
      "sorted by name",
      { z: 1, a: 2 },
      { z: 0 },
      [
        { name: "a", change: "added", head: 2 },
        { name: "z", change: "changed", base: 0, head: 1 },
      ],
    ],
  ])("%s", (_, head, base, expected) => {
    expect(diffParams(head, base)).toEqual(expected);
  });
});
