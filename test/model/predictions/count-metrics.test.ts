import { describe, expect, it } from "@jest/globals";
import {
  addCount,
  type ConfusionCounts,
  countMetrics,
} from "../../../src/model/predictions/count-metrics.js";
import { labelKey, sortedLabelKeys } from "../../../src/model/predictions/label-order.js";
import { runReferencePython } from "../../helpers/reference-python.js";

/** Small label/prediction arrays for sklearn's edge cases; the expected values come from sklearn at test time. */
const CASES: {
  name: string;
  y: (string | number)[];
  yp: (string | number)[];
  positive: string | number | null;
}[] = [
  { name: "binary, balanced", y: [0, 1, 1, 0, 1, 0], yp: [0, 1, 0, 0, 1, 1], positive: 1 },
  { name: "binary, positive never predicted", y: [0, 1, 1, 0], yp: [0, 0, 0, 0], positive: 1 },
  { name: "binary, positive neither true nor predicted", y: [0, 0, 0], yp: [0, 0, 0], positive: 1 },
  { name: "binary, everything positive and right", y: [1, 1], yp: [1, 1], positive: 1 },
  {
    name: "binary strings, the smaller label positive",
    y: ["no", "yes", "no"],
    yp: ["yes", "yes", "no"],
    positive: "no",
  },
  { name: "multiclass, a class only predicted", y: [0, 1, 2, 2, 1], yp: [0, 3, 2, 1, 1], positive: null },
  {
    name: "multiclass, a class never predicted",
    y: ["a", "b", "c", "c", "a"],
    yp: ["a", "b", "b", "b", "a"],
    positive: null,
  },
];

const SCRIPT = `
import json, sys, warnings
from sklearn import metrics as M
warnings.simplefilter("ignore")
out = []
for case in json.loads(sys.argv[1]):
    y, yp, pos = case["y"], case["yp"], case["positive"]
    r = {"accuracy": M.accuracy_score(y, yp), "balanced_accuracy": M.balanced_accuracy_score(y, yp)}
    if pos is not None:
        r["precision"] = M.precision_score(y, yp, pos_label=pos)
        r["recall"] = M.recall_score(y, yp, pos_label=pos)
        r["f1"] = M.f1_score(y, yp, pos_label=pos)
    for avg in ("macro", "micro", "weighted"):
        r["precision_" + avg] = M.precision_score(y, yp, average=avg)
        r["recall_" + avg] = M.recall_score(y, yp, average=avg)
        r["f1_" + avg] = M.f1_score(y, yp, average=avg)
    out.append({k: float(v) for k, v in r.items()})
print(json.dumps(out))
`;

describe("countMetrics follows scikit-learn's conventions", () => {
  const reference = runReferencePython<Record<string, number>[]>(SCRIPT, [JSON.stringify(CASES)]);

  it.each(CASES.map((c, i) => [c.name, c, i] as const))("%s", (_name, c, i) => {
    const counts: ConfusionCounts = new Map();
    c.y.forEach((truth, row) => {
      addCount(counts, labelKey(truth), labelKey(c.yp[row]!), 1);
    });
    const got = countMetrics(
      counts,
      sortedLabelKeys([...c.y, ...c.yp]),
      c.positive === null ? null : String(c.positive),
    );
    const want = reference[i]!;
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
    for (const [name, value] of Object.entries(want))
      expect([name, got[name]]).toEqual([name, expect.closeTo(value, 12)]);
  });
});
