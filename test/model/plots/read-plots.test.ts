import { afterAll, describe, expect, test } from "@jest/globals";
import { InputError } from "../../../src/errors.js";
import { workingTreeFiles } from "../../../src/model/files/model-files.js";
import { downsample, MAX_PLOT_POINTS, readPlots } from "../../../src/model/plots/read-plots.js";
import { removeTempDirs, tempDir } from "../helpers/temp-dir.js";

afterAll(removeTempDirs);

const HINT = "Run your evaluation first, or fix model.plots.";

describe("readPlots", () => {
  test("CSV with x and y named; TSV and JSON with DVC's defaults (x = step, y = the last field)", async () => {
    const root = tempDir({
      "eval/prc.csv": "threshold,recall,precision\n0.9,0.2,1.0\n0.5,0.6,0.9\n\n0.1,1.0,0.5\n",
      "eval/loss.tsv": "epoch\tloss\n1\t0.7\n2\t0.4\n",
      "eval/roc.json": JSON.stringify({
        roc: [
          { fpr: 0, tpr: 0 },
          { fpr: 0.1, tpr: 0.8 },
          { fpr: 1, tpr: 1 },
        ],
      }),
    });
    const { plots, notes } = await readPlots(
      workingTreeFiles(root),
      [
        { path: "eval/prc.csv", x: "recall", y: "precision", title: "Precision-recall" },
        "eval/*.tsv",
        "eval/roc.json",
      ],
      HINT,
    );
    expect(notes).toEqual([]);
    expect(plots).toEqual([
      {
        id: "eval/prc.csv",
        title: "Precision-recall",
        x: "recall",
        y: "precision",
        points: [
          [0.2, 1],
          [0.6, 0.9],
          [1, 0.5],
        ],
        total: 3,
      },
      {
        id: "eval/loss.tsv",
        title: "loss by step",
        x: "step",
        y: "loss",
        points: [
          [0, 0.7],
          [1, 0.4],
        ],
        total: 2,
      },
      {
        id: "eval/roc.json",
        title: "tpr by step",
        x: "step",
        y: "tpr",
        points: [
          [0, 0],
          [1, 0.8],
          [2, 1],
        ],
        total: 3,
      },
    ]);
  });

  test("a dvc.yaml's top-level and stage plots, paths from its folder, several y fields as several series", async () => {
    const root = tempDir({
      "ml/dvc.yaml": [
        "stages:",
        "  evaluate:",
        "    cmd: python evaluate.py",
        "    plots:",
        "      - out/loss.csv: { x: epoch, y: [train, val] }",
        "plots:",
        "  - Calibration:",
        "      x: mean_predicted",
        "      y: { out/calibration.json: fraction_positive }",
        "",
      ].join("\n"),
      "ml/out/loss.csv": "epoch,train,val\n1,0.9,1.0\n2,0.5,0.7\n",
      "ml/out/calibration.json": JSON.stringify([
        { mean_predicted: 0.1, fraction_positive: 0.05 },
        { mean_predicted: 0.9, fraction_positive: 0.95 },
      ]),
    });
    const { plots } = await readPlots(workingTreeFiles(root), ["ml/dvc.yaml"], HINT);
    expect(plots.map((plot) => [plot.id, plot.title, plot.x, plot.y, plot.points])).toEqual([
      [
        "ml/out/calibration.json",
        "Calibration",
        "mean_predicted",
        "fraction_positive",
        [
          [0.1, 0.05],
          [0.9, 0.95],
        ],
      ],
      [
        "ml/out/loss.csv · train",
        "train by epoch",
        "epoch",
        "train",
        [
          [1, 0.9],
          [2, 0.5],
        ],
      ],
      [
        "ml/out/loss.csv · val",
        "val by epoch",
        "epoch",
        "val",
        [
          [1, 1],
          [2, 0.7],
        ],
      ],
    ]);
  });

  test("a long curve is downsampled to MAX_PLOT_POINTS, keeping its ends and its length", async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `${i / 1000},${(1000 - i) / 1000}`);
    const root = tempDir({ "curve.csv": `x,y\n${rows.join("\n")}\n` });
    const [plot] = (await readPlots(workingTreeFiles(root), [{ path: "curve.csv", x: "x", y: "y" }], HINT))
      .plots;
    expect(plot!.total).toBe(1001);
    expect(plot!.points).toHaveLength(MAX_PLOT_POINTS);
    expect(plot!.points[0]).toEqual([0, 1]);
    expect(plot!.points.at(-1)).toEqual([1, 0]);
  });

  test.each<[string, Record<string, string>, Parameters<typeof readPlots>[1], string]>([
    [
      "a y value that is not a number names file, row, line and field",
      { "p.csv": "x,y\n1,0.5\n2,oops\n" },
      [{ path: "p.csv", x: "x", y: "y" }],
      'p.csv: line 3, row 2, field "y": y is "oops", not a finite number.',
    ],
    [
      "an unknown x field lists the fields there are",
      { "p.csv": "a,b\n1,2\n" },
      [{ path: "p.csv", x: "recall" }],
      'p.csv: field "recall": has no field "recall" for x; it has "a", "b".',
    ],
    ["a missing file says what to do", {}, ["absent.csv"], `absent.csv: does not exist. ${HINT}`],
    [
      "a JSON file with no list of points",
      { "p.json": '{"auc": 0.9}' },
      ["p.json"],
      "p.json: holds no list of points",
    ],
    ["a file type DVC does not plot", { "p.png": "x" }, ["p.png"], "p.png: is not a plots file"],
  ])("%s", async (_, files, entries, message) => {
    const root = tempDir(files);
    const read = readPlots(workingTreeFiles(root), entries, HINT);
    await expect(read).rejects.toBeInstanceOf(InputError);
    await expect(readPlots(workingTreeFiles(root), entries, HINT)).rejects.toThrow(message);
  });
});

describe("downsample", () => {
  test.each([
    [5, 10, [0, 1, 2, 3, 4]],
    [10, 4, [0, 3, 6, 9]],
    [7, 2, [0, 6]],
  ])("%i items to at most %i", (n, max, expected) => {
    expect(
      downsample(
        Array.from({ length: n }, (_, i) => i),
        max,
      ),
    ).toEqual(expected);
  });
});
