import { describe, expect, test } from "@jest/globals";
import { chartNumber, mermaidLabel, xyChart } from "../../src/report/mermaid-xychart.js";

describe("xyChart", () => {
  test("a numeric x axis, two coloured lines, labels and numbers as Mermaid reads them", () => {
    expect(
      xyChart({
        title: "Precision-recall",
        x: { label: "recall", min: 0, max: 1 },
        y: { label: "precision" },
        lines: [{ values: [1, 0.9, 1 / 3] }, { values: [1, 0.95, 0.5] }],
        colors: ["#8c959f", "#0969da"],
      }),
    ).toBe(
      [
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#8c959f, #0969da"}}}}%%',
        "xychart-beta",
        '  title "Precision-recall"',
        '  x-axis "recall" 0 --> 1',
        '  y-axis "precision"',
        "  line [1, 0.9, 0.333333]",
        "  line [1, 0.95, 0.5]",
      ].join("\n"),
    );
  });

  test("categories, and a colour that is not a hex colour is dropped", () => {
    const chart = xyChart({
      x: { categories: ["a1b2c3d", "PR 12"] },
      lines: [{ values: [2, 3] }],
      colors: ['red"}}}%%'],
    });
    expect(chart.split("\n")).toEqual([
      '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": ""}}}}%%',
      "xychart-beta",
      '  x-axis ["a1b2c3d", "PR 12"]',
      "  line [2, 3]",
    ]);
  });
});

describe("mermaidLabel", () => {
  test.each([
    ['a "quote" ends the string', "a _quote_ ends the string"],
    ["%%{init: x}%% and #35; entities", "___init: x___ and _35_ entities"],
    ["line\nbreak; `code` <b>", "line_break_ _code_ _b_"],
    ["précision · rappel (test)", "précision · rappel (test)"],
  ])("%j", (text, expected) => {
    expect(mermaidLabel(text)).toBe(expected);
  });

  test("long labels are cut", () => {
    expect(mermaidLabel("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
  });

  test("chart numbers keep six significant digits", () => {
    expect([0.1 + 0.2, 1e-9, 123456789, -2.5].map(chartNumber)).toEqual(["0.3", "1e-9", "123457000", "-2.5"]);
  });
});
