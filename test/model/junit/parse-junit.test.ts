import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "@jest/globals";
import { InputError } from "../../../src/errors.js";
import { workingTreeFiles } from "../../../src/model/files/model-files.js";
import { parseJUnit } from "../../../src/model/junit/parse-junit.js";
import { readJUnit } from "../../../src/model/junit/read-junit.js";
import { removeTempDirs, tempDir } from "../helpers/temp-dir.js";

afterAll(removeTempDirs);

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** A Python that has pytest: the one on PATH (pyenv here), else Debian's. */
function pythonWithPytest(): string | null {
  for (const python of ["python3", "/usr/bin/python3"]) {
    if (spawnSync(python, ["-m", "pytest", "--version"], { stdio: "ignore" }).status === 0) return python;
  }
  return null;
}
const python = pythonWithPytest();
const withPytest = python ? test : test.skip;
if (!python)
  console.warn(
    "pytest is not installed: the real-pytest JUnit test is skipped (apt-get install python3-pytest).",
  );

describe("parseJUnit", () => {
  withPytest("real pytest output: counts agree with the suite's own totals, failures named", () => {
    const dir = tempDir({
      "test_model.py": [
        "import pytest",
        "",
        "@pytest.fixture",
        "def broken():",
        "    raise RuntimeError('fixture broke')",
        "",
        "def test_one():",
        "    assert 1 + 1 == 2",
        "",
        "def test_two():",
        "    assert 'a' in 'abc'",
        "",
        "def test_accuracy_floor():",
        "    accuracy = 0.71",
        "    assert accuracy >= 0.8, 'accuracy below the floor'",
        "",
        "def test_uses_broken(broken):",
        "    pass",
        "",
        "@pytest.mark.skip(reason='needs a GPU')",
        "def test_gpu():",
        "    pass",
        "",
        "@pytest.mark.xfail(reason='known bug')",
        "def test_known_bug():",
        "    assert False",
        "",
      ].join("\n"),
    });
    spawnSync(python!, ["-m", "pytest", "-q", "-p", "no:cacheprovider", "--junitxml=reports/junit.xml"], {
      cwd: dir,
    });
    const text = readFileSync(join(dir, "reports/junit.xml"), "utf8");
    const summary = parseJUnit(text, "reports/junit.xml");
    // pytest's own totals on <testsuite>: failures and errors are both failed for us.
    const attr = (name: string) => Number(new RegExp(`<testsuite [^>]*\\b${name}="(\\d+)"`).exec(text)![1]);
    expect(summary.failed).toBe(attr("failures") + attr("errors"));
    expect(summary.skipped).toBe(attr("skipped"));
    expect(summary.passed).toBe(attr("tests") - attr("failures") - attr("errors") - attr("skipped"));
    expect(summary).toMatchObject({ passed: 2, failed: 2, skipped: 2 });
    expect(summary.failures.map((f) => f.name).sort()).toEqual([
      "test_model.test_accuracy_floor",
      "test_model.test_uses_broken",
    ]);
    expect(summary.failures.find((f) => f.name.endsWith("floor"))?.message).toContain(
      "accuracy below the floor",
    );
    expect(summary.failures.find((f) => f.name.endsWith("broken"))?.message).toContain("failed on setup");
  });

  test("unittest (unittest-xml-reporting): failures and errors both failed, with the exception type", () => {
    expect(parseJUnit(fixture("unittest-xmlrunner.xml"), "reports/unittest.xml")).toEqual({
      passed: 1,
      failed: 2,
      skipped: 1,
      failures: [
        {
          name: "test_model.ModelTest.test_accuracy_floor",
          message: "AssertionError: 0.71 not greater than or equal to 0.8",
          file: "test_model.py",
          line: 18,
        },
        {
          name: "test_model.ModelTest.test_loads_artifact",
          message: "FileNotFoundError: [Errno 2] No such file or directory: 'model.joblib'",
          file: "test_model.py",
          line: 24,
        },
      ],
    });
  });

  test("R testthat (JunitReporter): several suites, entities decoded, no meaningless type prefix", () => {
    expect(parseJUnit(fixture("testthat-junit.xml"), "tests/testthat/junit.xml")).toEqual({
      passed: 2,
      failed: 2,
      skipped: 1,
      failures: [
        {
          name: "model.accuracy_is_above_the_floor",
          message: "`acc` (0.71) not >= 0.8 (tests/testthat/test-model.R:9:3)",
          file: "tests/testthat/junit.xml",
        },
        {
          name: "features.handles_missing_levels",
          message: "object 'levels_map' not found",
          file: "tests/testthat/junit.xml",
        },
      ],
    });
  });

  test.each([
    [
      "a single <testsuite> root",
      '<testsuite name="s"><testcase name="a"/><testcase name="b"><skipped/></testcase></testsuite>',
      { passed: 1, failed: 0, skipped: 1 },
    ],
    [
      "nested suites",
      '<testsuites><testsuite><testsuite><testcase name="a"/></testsuite><testcase name="b"/></testsuite></testsuites>',
      { passed: 2, failed: 0, skipped: 0 },
    ],
    ["an empty suite", '<?xml version="1.0"?><testsuites/>', { passed: 0, failed: 0, skipped: 0 }],
    [
      "a failure without a message uses its whole text",
      '<testsuite><testcase name="t"><failure>boom\nline 2</failure></testcase></testsuite>',
      { failed: 1, failures: [{ name: "t", message: "boom\nline 2", file: "j.xml" }] },
    ],
    [
      "entities decoded once: &amp;#10; is the text &#10;, &#10; a newline, CDATA as written",
      '<testsuite><testcase name="a&amp;b"><failure message="x&#10;y &amp;#10; &amp;lt; &#x41;&#38;#x41;"/></testcase>' +
        '<testcase name="c"><error><![CDATA[c &amp; &#10; <b>]]></error></testcase></testsuite>',
      {
        failures: [
          { name: "a&b", message: "x\ny &#10; &lt; A&#x41;" },
          { name: "c", message: "c &amp; &#10; <b>" },
        ],
      },
    ],
  ])("%s", (_, xml, expected) => {
    expect(parseJUnit(xml, "j.xml")).toMatchObject(expected);
  });

  test("a long failure message is cut to keep the comment readable", () => {
    const long = "x".repeat(5000);
    const [failure] = parseJUnit(
      `<testsuite><testcase name="t"><failure message="${long}"/></testcase></testsuite>`,
      "j.xml",
    ).failures;
    expect(failure?.message).toHaveLength(2000);
    expect(failure?.message.endsWith("…")).toBe(true);
  });
});

/** What test runners write into failure messages, and what Markdown, HTML and GitHub make of it. */
const HOSTILE =
  "bad <b>html</b> & `code` ``` | pipe\n@octocat &amp; ]]> &#10; <!-- x --> #1 [a](https://e.example)";

describe("parseJUnit: messages exactly as the runner wrote them", () => {
  withPytest("real pytest: the message is the exception's text, newlines and all (not &#10;)", () => {
    const dir = tempDir({
      "test_messages.py": [
        "def test_fail():",
        '    assert 1 == 2, "deliberate failure"',
        "",
        "def test_hostile():",
        `    raise AssertionError(${JSON.stringify(HOSTILE)})`,
        "",
      ].join("\n"),
    });
    spawnSync(python!, ["-m", "pytest", "-q", "-p", "no:cacheprovider", "--junitxml=junit.xml"], {
      cwd: dir,
    });
    const xml = readFileSync(join(dir, "junit.xml"), "utf8");
    // The finding: pytest writes the newline as &#10;, which was shown raw.
    expect(xml).toContain("deliberate failure&#10;assert 1 == 2");
    const { failures } = parseJUnit(xml, "junit.xml");
    expect(failures.map((f) => f.message)).toEqual([
      "AssertionError: deliberate failure\nassert 1 == 2",
      `AssertionError: ${HOSTILE}`,
    ]);
  });

  withPytest("pytest's xunit1 file and line point at the test's def (pytest counts lines from 0)", () => {
    const dir = tempDir({ "test_where.py": "import os\n\n\ndef test_here():\n    assert os.sep == '?'\n" });
    spawnSync(
      python!,
      ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "junit_family=xunit1", "--junitxml=junit.xml"],
      { cwd: dir },
    );
    const [failure] = parseJUnit(readFileSync(join(dir, "junit.xml"), "utf8"), "junit.xml").failures;
    expect(failure).toMatchObject({ name: "test_where.test_here", file: "test_where.py", line: 4 });
  });

  test("testthat's own JunitReporter snapshot (r-lib/testthat): backticks kept, errors and skips counted", () => {
    const summary = parseJUnit(fixture("upstream/testthat-reporter-junit.xml"), "junit.xml");
    expect(summary).toMatchObject({ passed: 2, failed: 4, skipped: 3 });
    expect(summary.failures.map((f) => [f.name, f.message])).toEqual([
      ["Failures.Failure_1", "Expected `x` to be TRUE. ('reporters/tests.R:13:3')"],
      ["Failures.Failure_2a", "Expected FALSE to be TRUE. ('reporters/tests.R:17:8')"],
      ["Errors.Error_1", "Error in `eval(code, test_env)`: stop ('reporters/tests.R:24:3')"],
      ["Errors.errors_get_tracebacks", "Error in `h()`: ! ('reporters/tests.R:30:8')"],
    ]);
  });

  test("unittest-xml-reporting's fixtures: an empty message gives the CDATA traceback, as written", () => {
    const mixed = parseJUnit(fixture("upstream/xmlrunner-mixed_test_case.xml"), "r.xml");
    expect(mixed).toMatchObject({ passed: 1, failed: 2, skipped: 0 });
    expect(mixed.failures).toEqual([
      {
        name: "tests.testsuite_cases.MixedTestCase.test_failure",
        message: [
          "Traceback (most recent call last):",
          '  File "{{PATH}}/tests/testsuite_cases.py", line 34, in test_failure',
          "    self.assertTrue(None)",
          "AssertionError",
        ].join("\n"),
        file: "r.xml",
      },
      {
        name: "tests.testsuite_cases.MixedTestCase.test_errord",
        message: "TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'",
        file: "r.xml",
      },
    ]);
    const unicode = parseJUnit(fixture("upstream/xmlrunner-unicode_error_diff.xml"), "r.xml");
    // Written with raw newlines inside the attribute; kept, so the diff reads as the runner meant it.
    expect(unicode.failures[0]?.message).toBe("AssertionError: u'caf\\xe9' != u'caffe'\n- café\n+ caffe");
  });
});

describe("parseJUnit: a JUnit file that is not XML", () => {
  test.each([
    ["pytest's terminal output saved by mistake", "============ 3 passed in 0.01s ============\n", 1],
    ["JSON", '{"tests": 3}', 1],
    ["an empty file", "", 1],
    [
      "XML cut off half way",
      '<?xml version="1.0"?>\n<testsuites>\n  <testsuite name="a">\n    <testcase name="t">\n</testsuites>\n',
      5,
    ],
  ])("%s: InputError with file and line", (_, text, line) => {
    let error: unknown;
    try {
      parseJUnit(text, "reports/junit.xml");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe("reports/junit.xml");
    expect((error as InputError).where.line).toBe(line);
    expect((error as Error).message).toMatch(
      /^reports\/junit\.xml: line \d+: is not JUnit XML \(.+\)\. Point model\.junit at/,
    );
  });

  test("XML that is not JUnit names its root element", () => {
    expect(() => parseJUnit("<html><body>report</body></html>", "r.xml")).toThrow(
      "r.xml: is XML but not JUnit: the root element is <html>, expected <testsuites> or <testsuite>.",
    );
  });
});

describe("readJUnit", () => {
  test("adds up every file a glob names", async () => {
    const one =
      '<testsuite><testcase name="a"/><testcase name="b"><failure message="no"/></testcase></testsuite>';
    const two = '<testsuite><testcase name="c"><skipped/></testcase></testsuite>';
    const root = tempDir({ "reports/one.xml": one, "reports/two.xml": two, "reports/readme.md": "x" });
    const read = await readJUnit(workingTreeFiles(root), ["reports/*.xml"]);
    expect(read.files).toEqual(["reports/one.xml", "reports/two.xml"]);
    expect(read.summary).toEqual({
      passed: 1,
      failed: 1,
      skipped: 1,
      failures: [{ name: "b", message: "no", file: "reports/one.xml" }],
    });
  });
});
