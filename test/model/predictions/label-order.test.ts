import { describe, expect, it } from "@jest/globals";
import { normaliseLabel, sortedLabelKeys } from "../../../src/model/predictions/label-order.js";
import { runReferencePython } from "../../helpers/reference-python.js";

describe("sortedLabelKeys sorts as numpy's np.unique", () => {
  it.each([
    { name: "numbers numerically", values: [10, 2, -1, 2, 1.5] },
    { name: "strings by code point", values: ["b", "B", "a", "é", "z", "😀", "\uffff", "10", "9"] },
  ])("$name", ({ values }) => {
    const numpy = runReferencePython<(string | number)[]>(
      "import json, sys, numpy as np; print(json.dumps(np.unique(json.loads(sys.argv[1])).tolist()))",
      [JSON.stringify(values)],
    );
    expect(sortedLabelKeys(values)).toEqual(numpy.map(String));
  });

  it("false before true", () => {
    expect(sortedLabelKeys([true, false, true])).toEqual(["false", "true"]);
  });
});

describe("normaliseLabel", () => {
  it.each([
    ["yes", "BOOLEAN", "true"],
    ["No", "BOOLEAN", "false"],
    ["1", "BOOLEAN", "true"],
    ["yes", "VARCHAR", "yes"],
    ["maybe", "BOOLEAN", "maybe"],
  ])("%s as %s is %s", (value, type, want) => {
    expect(normaliseLabel(value, type)).toBe(want);
  });
});
