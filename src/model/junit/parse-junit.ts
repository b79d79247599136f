/**
 * JUnit XML, the one result format every test runner writes: pytest (`--junitxml`), unittest
 * (unittest-xml-reporting), R testthat (JunitReporter), Maven, Jest… A testcase with <failure> or
 * <error> failed, with <skipped> was skipped, else passed. Suites may nest, and the root may be
 * <testsuites> or a single <testsuite>. Parsed with fast-xml-parser, whose validator gives the line
 * of the first syntax error.
 *
 * Text is decoded once, here: the five XML entities and numeric character references (pytest writes
 * a message's newlines as `&#10;`), CDATA as it is. Every rendering then shows the message as the
 * runner wrote it, escaping for its own medium only.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { InputError } from "../../errors.js";
import type { TestFailure, TestSummary } from "../../report/types.js";

type XmlNode = Record<string, unknown>;

const LISTS = new Set(["testsuites", "testsuite", "testcase", "failure", "error", "skipped"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (name) => LISTS.has(name),
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  // Also decodes numeric character references (&#10;, &#x41;), once: "&amp;#10;" stays "&#10;".
  htmlEntities: true,
});

/** Keeps a failure message readable in a comment; the full trace stays in the runner's log. */
const MAX_MESSAGE = 2000;

export function emptyTestSummary(): TestSummary {
  return { passed: 0, failed: 0, skipped: 0, failures: [] };
}

export function parseJUnit(text: string, file: string): TestSummary {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw new InputError(
      file,
      `is not JUnit XML (${msg.replace(/\.$/, "")}). Point model.junit at the file your test runner writes, e.g. pytest --junitxml=reports/junit.xml.`,
      { line },
    );
  }
  const root = parser.parse(text) as XmlNode;
  const suites = [...asList(root.testsuites), ...asList(root.testsuite)];
  if (suites.length === 0) {
    const element = Object.keys(root).find((key) => !key.startsWith("?")) ?? "(none)";
    throw new InputError(
      file,
      `is XML but not JUnit: the root element is <${element}>, expected <testsuites> or <testsuite>.`,
    );
  }
  const summary = emptyTestSummary();
  for (const suite of suites) walkSuite(suite, file, summary);
  return summary;
}

export function addTestSummaries(a: TestSummary, b: TestSummary): TestSummary {
  return {
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
    failures: [...a.failures, ...b.failures],
  };
}

function walkSuite(suite: XmlNode, file: string, summary: TestSummary): void {
  for (const inner of [...asList(suite.testsuites), ...asList(suite.testsuite)])
    walkSuite(inner, file, summary);
  for (const testcase of asList(suite.testcase)) {
    const problems = [...asList(testcase.failure), ...asList(testcase.error)];
    if (problems[0]) {
      summary.failed++;
      summary.failures.push(describeFailure(testcase, suite, problems[0], file));
    } else if (asList(testcase.skipped).length > 0) summary.skipped++;
    else summary.passed++;
  }
}

function describeFailure(testcase: XmlNode, suite: XmlNode, problem: XmlNode, file: string): TestFailure {
  const name = attr(testcase, "name") ?? "(unnamed test)";
  const classname = attr(testcase, "classname");
  const fullName = classname && !name.startsWith(classname) ? `${classname}.${name}` : name;
  const type = attr(problem, "type");
  // The message attribute when the runner wrote one; else the element's text (unittest-xml-reporting
  // writes message="" and the traceback as CDATA), whole: it is shown as a code block.
  const text = attr(problem, "message")?.trim() || String(problem["#text"] ?? "").trim() || "failed";
  // An exception class (AssertionError, ValueError) says what kind of failure; "failure" says nothing.
  const message = type && /(Error|Exception)$/.test(type) && !text.includes(type) ? `${type}: ${text}` : text;
  const line = Number(attr(testcase, "line")) + (zeroBasedLines(suite) ? 1 : 0);
  return {
    name: fullName,
    message: message.length > MAX_MESSAGE ? `${cut(message, MAX_MESSAGE - 1)}…` : message,
    file: attr(testcase, "file") ?? attr(suite, "file") ?? file,
    ...(Number.isInteger(line) && line > 0 ? { line } : {}),
  };
}

/**
 * pytest (junit_family=xunit1) writes a test's `line` counted from 0 (its item location); others
 * (unittest-xml-reporting) from 1. pytest names its suite "pytest" unless told otherwise.
 */
function zeroBasedLines(suite: XmlNode): boolean {
  return attr(suite, "name") === "pytest";
}

function asList(value: unknown): XmlNode[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  // An empty element (<skipped/>) parses as "" — still an element.
  return list.map((item) =>
    item !== null && typeof item === "object" ? (item as XmlNode) : { "#text": item },
  );
}

function attr(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return value === undefined || value === null ? undefined : String(value);
}

/** The first `max` UTF-16 units, without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
