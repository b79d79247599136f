import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { inertMarkdown, isGitHubUrl } from "../../../src/report/markdown/inert-markdown.js";
import { liveProblems, liveProblemsOfMany, renderGfm } from "../../app/helpers/render-gfm.js";

/** What an attacker's fork could put in reports/summary.md. */
const HOSTILE = [
  "# Results <script>alert(1)</script>",
  "",
  "Thanks @octocat and @acme/ml-leads, see #12, acme/other#3, GH-4 and a1b2c3d4e5f6a7b8.",
  "Visit www.evil.example or https://evil.example/x?y=1 or mail bob@evil.example.",
  "",
  '<img src="https://evil.example/track.png"><details open><summary>hi</summary>',
  "",
  "<!-- hidden --> <a href='https://evil.example'>click</a>",
  "",
  "[plain](https://evil.example/a) [js](javascript:alert(1)) [rel](../secrets.md) [ref][r] ![pic](https://evil.example/p.png) ![ref pic][r]",
  "",
  "[r]: https://evil.example/ref",
  "",
  "[github](https://github.com/acme/churn/pull/12) ![chart](https://github.com/acme/churn/raw/main/c.png)",
  "",
  "| metric | note |",
  "| --- | --- |",
  "| @x | <b>bold</b> www.evil.example |",
  "",
  "- [x] done #5",
  "- [ ] todo",
  "",
  "Footnote[^1].",
  "",
  "[^1]: https://evil.example/fn",
  "",
  "```mermaid",
  "flowchart LR",
  "  A --> B",
  '  click A href "https://evil.example"',
  "```",
  "",
  "`@inline` and",
  "```python",
  "print('@octocat #1 https://evil.example')",
  "```",
].join("\n");

const GITHUB = ["https://github.com/"];

describe("inertMarkdown", () => {
  test("a hostile file renders on GitHub with no live link, image, mention, reference or HTML off GitHub", () => {
    // The check can fail: the file as written is full of live things.
    expect(liveProblems(HOSTILE, GITHUB)).toEqual(
      expect.arrayContaining([
        "a link to https://evil.example/a",
        "an image from https://evil.example/p.png",
        "a mention: @octocat",
      ]),
    );
    const markdown = inertMarkdown(HOSTILE);
    expect(liveProblems(markdown, GITHUB)).toEqual([]);
    const html = renderGfm(markdown);
    // Only the GitHub link and image survive, unchanged.
    expect([...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])).toEqual([
      "https://github.com/acme/churn/pull/12",
    ]);
    expect([...html.matchAll(/<img src="([^"]*)"/g)].map((m) => m[1])).toEqual([
      "https://github.com/acme/churn/raw/main/c.png",
    ]);
    // The Mermaid block is plain code now: GitHub would draw (and link) a mermaid one.
    expect(html).not.toContain("language-mermaid");
    expect(html).toContain("language-python");
  });

  test("what was neutralised is still there to read: text, addresses, the HTML as written", () => {
    const html = renderGfm(inertMarkdown(HOSTILE));
    const shown = html
      .replace(/<[^>]+>/g, "")
      .replace(/\u200d/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">");
    for (const phrase of [
      "Results <script>alert(1)</script>",
      "Thanks @octocat and @acme/ml-leads, see #12",
      "plain (https://evil.example/a)",
      "ref (https://evil.example/ref)",
      "pic (image: https://evil.example/p.png)",
      "<!-- hidden -->",
      "☑ done #5",
      "☐ todo",
      "[^1]",
      "print('@octocat #1 https://evil.example')",
    ]) {
      expect(shown).toContain(phrase);
    }
  });

  test("the team's formatting survives: headings (moved below the comment's), tables, emphasis, lists", () => {
    const markdown = inertMarkdown(
      "# Summary\n\n**F1** rose.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n1. one\n2. two\n",
    );
    const html = renderGfm(markdown);
    expect(html).toContain("<h5>Summary</h5>");
    expect(html).toContain("<strong>F1</strong>");
    expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
    expect(html).toContain("<ol>");
    expect(liveProblems(markdown, GITHUB)).toEqual([]);
  });
});

describe("isGitHubUrl", () => {
  test.each([
    ["https://github.com/acme/x", true],
    ["https://raw.githubusercontent.com/acme/x/main/a.png", true],
    ["http://github.com/acme/x", false],
    ["https://github.com.evil.example/x", false],
    ["https://evilgithub.com/x", false],
    ["https://user:pw@github.com/x", false],
    ["javascript:alert(1)", false],
    ["/relative", false],
  ])("%s → %s", (url, expected) => {
    expect(isGitHubUrl(url)).toBe(expected);
  });
});

describe("inertMarkdown on generated hostile files", () => {
  // Pieces that make things live on GitHub, and the Markdown around them, shuffled together.
  const pieces = [
    "@octocat",
    "@acme/team",
    "#12",
    "acme/x#3",
    "GH-7",
    "deadbeefcafe1234",
    "www.evil.example",
    "https://evil.example/a",
    "bob@evil.example",
    "<img src=https://evil.example/i.png>",
    "<a href='https://evil.example'>",
    "</a>",
    "<!--",
    "-->",
    "<details>",
    "<script>",
    "[t](https://evil.example)",
    "![i](https://evil.example/i.png)",
    "[r][d]",
    "\n[d]: https://evil.example/d\n",
    "<https://evil.example/auto>",
    "`",
    "```",
    "\n```mermaid\n",
    "\n",
    "\n\n",
    "| a | b |\n| - | - |\n",
    "> ",
    "- [ ] ",
    "**",
    "_",
    "\\",
    "&#64;",
    "&#35;1",
    "[^1]",
    "\n[^1]: x\n",
    " ",
    "text",
  ];
  test("no sequence of those pieces renders anything live (cmark-gfm, 300 files)", () => {
    const samples = fc.sample(
      fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((parts) => parts.join("")),
      { numRuns: 300, seed: 1212 },
    );
    const inert = samples.map((sample) => inertMarkdown(sample));
    const problems = liveProblemsOfMany(inert, GITHUB);
    const bad = problems.flatMap((found, i) =>
      found.length > 0 ? [{ input: samples[i], output: inert[i], found }] : [],
    );
    expect(bad).toEqual([]);
  });
});
