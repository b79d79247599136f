import { describe, expect, it } from "@jest/globals";
import { InputError } from "../../../src/errors.js";
import { labelSpellings } from "../../../src/model/predictions/label-order.js";
import { layoutProbabilities } from "../../../src/model/predictions/probability-columns.js";

const plain = (cls: string) => [cls];
const booleans = (cls: string) => labelSpellings(cls, "BOOLEAN");

describe("layoutProbabilities", () => {
  it.each([
    {
      name: "p_<class>, in any order",
      columns: ["p_2", "p_0", "p_1"],
      classes: ["0", "1", "2"],
      positive: null,
      want: { 0: "p_0", 1: "p_1", 2: "p_2" },
      extra: [],
    },
    {
      name: "the longest class wins (p_11 is 11, not 1)",
      columns: ["p_11", "p_1"],
      classes: ["1", "11"],
      positive: null,
      want: { 1: "p_1", 11: "p_11" },
      extra: [],
    },
    {
      name: "any prefix",
      columns: ["proba_cat", "proba_dog"],
      classes: ["cat", "dog"],
      positive: "dog",
      want: { cat: "proba_cat", dog: "proba_dog" },
      extra: [],
    },
    {
      name: "a column for a class not in the file",
      columns: ["p_0", "p_1", "p_2"],
      classes: ["0", "1"],
      positive: null,
      want: { 0: "p_0", 1: "p_1" },
      extra: ["p_2"],
    },
    {
      name: "a positive class absent from the file",
      columns: ["p_0", "p_1"],
      classes: ["0"],
      positive: "1",
      want: { 0: "p_0", 1: "p_1" },
      extra: [],
    },
  ])("$name", ({ columns, classes, positive, want, extra }) => {
    const layout = layoutProbabilities("f.csv", columns, classes, positive, plain);
    expect(Object.fromEntries(layout.byClass)).toEqual(Object.fromEntries(Object.entries(want)));
    expect(layout.extra).toEqual(extra);
    expect(layout.single).toBe(false);
  });

  it("reads p_yes/p_no for labels DuckDB read as booleans", () => {
    const layout = layoutProbabilities("f.csv", ["P_Yes", "p_no"], ["false", "true"], "true", booleans);
    expect(Object.fromEntries(layout.byClass)).toEqual({ true: "P_Yes", false: "p_no" });
  });

  it("reads one column as the positive class's", () => {
    const layout = layoutProbabilities("f.csv", ["score"], ["0", "1"], "1", plain);
    expect(layout.single).toBe(true);
    expect(Object.fromEntries(layout.byClass)).toEqual({ 1: "score" });
  });

  it.each([
    {
      name: "two columns for one class",
      columns: ["p_1", "q_1"],
      classes: ["0", "1"],
      positive: null,
      message: /"p_1" and "q_1" both name class 1/,
    },
    {
      name: "one column that names the negative class",
      columns: ["p_0"],
      classes: ["0", "1"],
      positive: "1",
      message: /"p_0" names class 0/,
    },
    {
      name: "one column for three classes",
      columns: ["p_1"],
      classes: ["0", "1", "2"],
      positive: null,
      message: /the file has 3 classes/,
    },
  ])("rejects $name", ({ columns, classes, positive, message }) => {
    expect(() => layoutProbabilities("f.csv", columns, classes, positive, plain)).toThrow(InputError);
    expect(() => layoutProbabilities("f.csv", columns, classes, positive, plain)).toThrow(message);
  });
});
