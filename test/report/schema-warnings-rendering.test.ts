/** Schema warnings reach the reader of every rendering of a data report, inert in Markdown. */
import { describe, expect, it } from "@jest/globals";
import { renderDataMarkdown } from "../../src/report/markdown/render-data.js";
import { renderDataText } from "../../src/report/text/render-data.js";
import { dataReport } from "../app/helpers/build-report.js";
import { expectInertMarkdown } from "../app/helpers/markdown-checks.js";

const warning =
  'schema.yaml:5: fields[0].constraints.minimun: unknown key "minimun" is ignored. Did you mean "minimum"?';

describe("schema warnings in data reports", () => {
  it("are listed in the terminal output", () => {
    const text = renderDataText(dataReport({ warnings: [warning] }));
    expect(text.split("\n")[1]).toBe(`  ⚠ ${warning}`);
  });

  it("are listed in Markdown, escaped, at most 10", () => {
    const hostile = Array.from(
      { length: 12 },
      (_, i) => `s.yaml:${i}: fields[0].@admin <b>x</b> | #1 ${warning}`,
    );
    const markdown = renderDataMarkdown(dataReport({ warnings: hostile }));
    expect(markdown.match(/^- ⚠️ /gm)).toHaveLength(10);
    expect(markdown).toContain("… and 2 more warnings.");
    expect(markdown).toContain("minimun");
    expectInertMarkdown(markdown, { links: 0 });
  });

  it("leave a report without warnings as it was", () => {
    expect(renderDataText(dataReport())).not.toContain("⚠");
    expect(renderDataMarkdown(dataReport())).not.toContain("⚠️");
  });
});
