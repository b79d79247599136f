/**
 * A failing test's message, from the runner's JUnit file to every place a user reads it: the
 * terminal, the job summary, the PR comment (as GitHub renders it, with cmark-gfm) and the check
 * run's annotations. Each shows the message exactly as the runner wrote it — decoded once, never
 * double-escaped — and nothing in it becomes a link, a mention, HTML or a broken code block.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "@jest/globals";
import { parseJUnit } from "../../src/model/junit/parse-junit.js";
import { checkAnnotations } from "../../src/report/check-annotations.js";
import { renderComment } from "../../src/report/markdown/render-comment.js";
import { renderModelMarkdown } from "../../src/report/markdown/render-model.js";
import { renderModelText } from "../../src/report/text/render-model.js";
import type { Report, TestSummary } from "../../src/report/types.js";
import { buildReport, modelReport } from "../app/helpers/build-report.js";
import { expectInertMarkdown } from "../app/helpers/markdown-checks.js";
import { liveProblems } from "../app/helpers/render-gfm.js";
import { removeTempDirs, tempDir } from "../model/helpers/temp-dir.js";
import { renderedCodeBlocks } from "./helpers/code-blocks.js";

afterAll(removeTempDirs);

const hasPytest =
  spawnSync("/usr/bin/python3", ["-m", "pytest", "--version"], { stdio: "ignore" }).status === 0;
const withPytest = hasPytest ? test : test.skip;
if (!hasPytest)
  console.warn("pytest is missing from /usr/bin/python3 (apt-get install python3-pytest): skipped.");

/** Messages as test code writes them: Markdown, HTML, XML-looking text, mentions, fences, pipes. */
const MESSAGES = [
  "deliberate failure",
  "bad <b>html</b> & `code` | pipe\n@octocat please look #12",
  "fences ``` and ```` inside\n```\nnot the end\n````",
  "entities stay text: &amp; &#10; &lt;script&gt; ]]> <!-- comment -->",
  "[a link](https://evil.example) ![img](https://evil.example/x.png) <img src=x onerror=alert(1)>",
];

function pytestSummary(): TestSummary {
  const lines = MESSAGES.flatMap((message, i) => [
    `def test_case_${i}():`,
    `    raise AssertionError(${JSON.stringify(message)})`,
    "",
  ]);
  lines.push("def test_assert():", '    assert 1 == 2, "deliberate failure"', "");
  const dir = tempDir({ "test_messages.py": lines.join("\n") });
  spawnSync("/usr/bin/python3", ["-m", "pytest", "-q", "-p", "no:cacheprovider", "--junitxml=junit.xml"], {
    cwd: dir,
  });
  return parseJUnit(readFileSync(join(dir, "junit.xml"), "utf8"), "junit.xml");
}

describe("a failing test's message, everywhere it is shown", () => {
  withPytest(
    "real pytest JUnit: terminal, job summary, PR comment and annotations show it as written",
    () => {
      const tests = pytestSummary();
      const expected = [
        ...MESSAGES.map((m) => `AssertionError: ${m}`),
        "AssertionError: deliberate failure\nassert 1 == 2",
      ];
      expect(tests.failures.map((f) => f.message)).toEqual(expected);
      const model = modelReport({ passed: false, tests });
      const report: Report = buildReport({ passed: false, model });

      // Terminal: every line of every message, as written.
      const text = renderModelText(model);
      for (const message of expected) {
        expect(text).toContain(
          message
            .split("\n")
            .map((line) => `      ${line}`.trimEnd())
            .join("\n"),
        );
      }

      // Job summary and PR comment: each message is one code block that GitHub renders as written,
      // and nothing outside the code blocks is live.
      for (const markdown of [
        renderModelMarkdown(model),
        renderComment({
          workflow: "ml",
          run: { url: "https://github.com/acme/churn/actions/runs/1", id: 1, attempt: 1 },
          headSha: "a".repeat(40),
          base: null,
          variants: [{ name: null, head: report, base: null }],
          unreadable: [],
        }),
      ]) {
        expect(renderedCodeBlocks(markdown)).toEqual(expected);
        expect(liveProblems(markdown, ["https://github.com/acme/churn/actions/runs/1"])).toEqual([]);
        expectInertMarkdown(markdown, { links: markdown.includes("Workflow run") ? 1 : 0 });
      }

      // Check-run annotations are plain text: the message itself, newlines kept.
      const { annotations } = checkAnnotations([{ variant: "", report }]);
      expect(annotations.map((a) => a.message)).toEqual(expected);
      expect(annotations[0]).toMatchObject({
        title: "Test failed: test_messages.test_case_0",
        annotation_level: "failure",
      });
    },
  );
});
