import { describe, expect, it } from "@jest/globals";
import { renderDriftMarkdown } from "../../../src/report/markdown/render-drift.js";
import { column, driftReport } from "../drift-fixture.js";

/** Cells of a Markdown table row, split on pipes that are not escaped. */
const cells = (line: string) => line.slice(2, -2).split(" | ");

describe("renderDriftMarkdown", () => {
  it("heads with the verdict, lists drifted columns first, folds the columns not compared", () => {
    const markdown = renderDriftMarkdown(driftReport());
    const lines = markdown.split("\n");
    expect(lines[0]).toBe(
      "#### ✅ Drift of <code>data/current.csv</code> against <code>data/reference.csv</code>",
    );
    const rows = lines.filter((line) => line.startsWith("| ") && !line.startsWith("| :"));
    expect(rows[0]).toBe("|  | Column | Kind | Test | Statistic | p-value | Drift when | Note |");
    expect(rows.slice(1, 4).map((row) => cells(row)[1])).toEqual(["age", "income", "city"]);
    expect(cells(rows[1]!)[0]).toBe("⚠️");
    expect(cells(rows[3]!)[4]).toBe("∞");
    expect(markdown).toContain("<details><summary>1 column not compared</summary>");
    expect(markdown).toContain(
      "| signup | DATE&#58; dates and times are not compared &#40;as Evidently&#41; |",
    );
  });

  it("makes hostile column names inert: no table break, no mention, no HTML", () => {
    const hostile = "x | y\n<img src=x onerror=alert(1)> @octocat #12";
    const markdown = renderDriftMarkdown(
      driftReport({ columns: [column({ column: hostile })], not_compared: [], reference: "<b>ref</b>" }),
    );
    const row = markdown.split("\n").find((line) => line.includes("octocat"))!;
    expect(cells(row)).toHaveLength(7);
    expect(markdown).not.toContain("<img");
    expect(markdown).not.toContain("<b>");
    expect(markdown).not.toMatch(/@octocat/);
    expect(markdown).not.toMatch(/(?<!&)#12/);
  });

  it("shows at most 100 columns, drifted first, and says how many more there are", () => {
    const columns = Array.from({ length: 130 }, (_, i) => column({ column: `c${i}`, drifted: i % 10 === 0 }));
    const markdown = renderDriftMarkdown(driftReport({ columns, not_compared: [] }));
    const rows = markdown.split("\n").filter((line) => /^\| (⚠️|✓) \|/.test(line));
    expect(rows).toHaveLength(100);
    expect(rows.slice(0, 13).every((row) => row.startsWith("| ⚠️"))).toBe(true);
    expect(markdown).toContain("… and 30 more columns (0 drifted).");
  });
});
