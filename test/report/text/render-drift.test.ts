import { describe, expect, it } from "@jest/globals";
import {
  describeThreshold,
  driftVerdict,
  formatPValue,
  formatStatistic,
  renderDriftText,
} from "../../../src/report/text/render-drift.js";
import { column, driftReport } from "../drift-fixture.js";

describe("renderDriftText", () => {
  it("says the verdict, lists drifted columns first, then notes and the columns not compared", () => {
    const text = renderDriftText(driftReport());
    const lines = text.split("\n");
    expect(lines[0]).toBe(
      "✓ Drift data/current.csv against data/reference.csv: 1 of 3 columns drifted (33.3%); the dataset drifts at ≥ 50%: no dataset drift",
    );
    const rows = lines.filter((line) => /^[✓✗] {2}\w/.test(line));
    expect(rows.map((row) => row.split(/\s{2,}/)[1])).toEqual(["age", "income", "city"]);
    expect(rows[0]).toMatch(/^✗ +age +numeric +Kolmogorov–Smirnov +0\.2903 +3\.1e-16 +p ≤ 0\.05$/);
    expect(rows[2]).toMatch(/city +categorical +chi-square +∞ +0 +p < 0\.05$/);
    expect(text).toContain(
      "Notes:\n  city: 1 value appears only in the current data (chi-square is infinite)",
    );
    expect(text).toContain("Not compared:\n  signup: DATE: dates and times are not compared (as Evidently)");
  });

  it("a drifted dataset is marked ✗; no comparable column is said as such", () => {
    expect(renderDriftText(driftReport({ drifted: true, share: 2 / 3 }))).toMatch(
      /^✗ Drift .*: dataset drift\n/,
    );
    expect(driftVerdict(driftReport({ columns: [], share: 0 }))).toBe("no column could be compared");
  });

  it.each([
    [column({ test: "ks", threshold: 0.05 }), "p ≤ 0.05"],
    [column({ test: "z", threshold: 0.01 }), "p < 0.01"],
    [column({ test: "psi", threshold: 0.2 }), "≥ 0.2"],
  ])("describes the rule of %j as %s", (c, rule) => {
    expect(describeThreshold(c)).toBe(rule);
  });

  it.each([
    [0.123456, "0.1235"],
    [1234.5678, "1235"],
    [2.5e-7, "2.500e-7"],
    [3.2e9, "3.200e+9"],
    [0, "0"],
    [Number.MAX_VALUE, "∞"],
  ])("formats statistic %d as %s", (value, text) => {
    expect(formatStatistic(value)).toBe(text);
  });

  it.each([
    [undefined, ""],
    [0, "0"],
    [0.04999, "0.04999"],
    [3.4e-9, "3.4e-9"],
  ])("formats p-value %d as %s", (value, text) => {
    expect(formatPValue(value)).toBe(text);
  });
});
