/**
 * The bundled test-model step (dist/test-model/index.js), run with node as the runner runs it:
 * inputs as INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, workflow commands on
 * stdout. The base branch's report artifact comes from a GitHub API double on 127.0.0.1 whose
 * routes and answers are checked against @octokit/openapi. The step is spawned asynchronously so
 * the double, in this process, can answer it.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "@jest/globals";
import { parse, stringify } from "yaml";
import { emptyReport, mergeReport } from "../../src/report/merge-report.js";
import type { Report } from "../../src/report/types.js";
import { zipFiles } from "../helpers/github/make-zip.js";
import { type GitHubDouble, startArtifactScenario } from "../helpers/github/scenarios.js";
import { removeTempDirs, tempDir } from "../model/helpers/temp-dir.js";

const BUNDLE = join(import.meta.dirname, "..", "..", "dist", "test-model", "index.js");
const REPO = "acme/churn";
const JUNIT =
  '<testsuite><testcase classname="tests" name="test_a"/><testcase classname="tests" name="test_b"/></testsuite>';
const writeCmd = (path: string, text: string) =>
  `mkdir -p "$(dirname ${path})" && printf '%s' '${text}' > ${path}`;

interface StepRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  errors: { title?: string; file?: string; message: string }[];
}

function runStep(
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<StepRun> {
  const dir = mkdtempSync(join(tmpdir(), "slipway-step-"));
  const files = { GITHUB_OUTPUT: join(dir, "output"), GITHUB_STEP_SUMMARY: join(dir, "summary") };
  for (const file of Object.values(files)) writeFileSync(file, "");
  // As the runner names inputs: INPUT_ + the name upper-cased, spaces to underscores, hyphens kept.
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, "_").toUpperCase()}`, v]),
  );
  const child = spawn(process.execPath, [BUNDLE], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_WORKSPACE: workspace,
      ...files,
      ...inputEnv,
      ...env,
    },
  });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  return new Promise((resolve) => {
    child.on("close", (status) => {
      resolve({
        status,
        stdout,
        outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, "utf8")),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
        errors: parseErrors(stdout),
      });
    });
  });
}

/** The `name<<delimiter … delimiter` records @actions/core writes to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!heredoc) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
    out[heredoc[1]!] = value.join("\n");
  }
  return out;
}

function parseErrors(stdout: string): StepRun["errors"] {
  const decode = (text: string) =>
    text
      .replace(/%0A/g, "\n")
      .replace(/%0D/g, "\r")
      .replace(/%3A/g, ":")
      .replace(/%2C/g, ",")
      .replace(/%25/g, "%");
  return stdout
    .split("\n")
    .map((line) => /^::error(?: ([^:]*))?::(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => {
      const props = Object.fromEntries(
        (m[1] ?? "")
          .split(",")
          .filter(Boolean)
          .map((p) => [p.slice(0, p.indexOf("=")), decode(p.slice(p.indexOf("=") + 1))]),
      );
      return { ...props, message: decode(m[2]!) };
    });
}

function project(model: Record<string, unknown>, files: Record<string, string> = {}): string {
  return tempDir({ ".github/slipway.yml": stringify({ version: 1, model }), ...files });
}

const model = (accuracy: number) => ({
  test: writeCmd("reports/junit.xml", JUNIT),
  junit: "reports/*.xml",
  evaluate: writeCmd("metrics.json", JSON.stringify({ accuracy, log_loss: 0.3 })),
  metrics: ["metrics.json"],
  params: ["params.yaml"],
  primary: "accuracy",
  rules: { accuracy: { min: 0.8, "max-drop": 0.01 } },
});

async function baseReportZip(): Promise<Buffer> {
  const report = mergeReport(emptyReport({ repository: REPO }), {
    model: {
      passed: true,
      tests: { passed: 2, failed: 0, skipped: 0, failures: [] },
      metrics: { accuracy: 0.86, log_loss: 0.31 },
      baseline: null,
      baseline_ref: null,
      rules: [],
      params: { lr: 0.01 },
      params_baseline: {},
    },
  });
  return zipFiles({ "slipway-report.json": JSON.stringify(report) });
}

let double: GitHubDouble;
const prEnv = () => ({
  GITHUB_BASE_REF: "main",
  GITHUB_REPOSITORY: REPO,
  GITHUB_API_URL: double.url,
  GITHUB_RUN_ID: "4242",
  GITHUB_SHA: "f".repeat(40),
  GITHUB_REF: "refs/pull/7/merge",
});

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run node scripts/bundle.mjs test-model`);
  double = await startArtifactScenario({
    repository: REPO,
    runs: [{ id: 4242 }, { id: 100, headSha: "e".repeat(40) }],
    artifacts: { 100: [{ id: 1000 }] },
    zips: { 1000: await baseReportZip() },
  });
});

afterEach(() => {
  expect(double.problems).toEqual([]);
});

afterAll(async () => {
  await double.close();
  removeTempDirs();
});

describe("the bundled test-model step", () => {
  test("in a pull request: runs the config's commands, compares with the base branch's artifact, passes", async () => {
    const root = project(model(0.855), { "params.yaml": "lr: 0.02\n" });
    const step = await runStep(root, { token: "ghs_job" }, prEnv());
    expect(step.status).toBe(0);
    expect(step.outputs).toEqual({ passed: "true", "report-path": join(root, "slipway-report.json") });
    expect(step.summary).toContain("#### ✅ Model");
    // As shown: report text carries invisible joiners in hex runs so GitHub links no SHA.
    expect(step.summary.replaceAll("\u200d", "")).toContain(`Compared with <code>${"e".repeat(40)}</code>.`);
    expect(step.summary).toContain(
      "| **accuracy** (primary) | 0.86 | 0.855 | −0.005 &#40;−0.6%&#41; worse | ✓ min 0.8 · ✓ max-drop 0.01 |",
    );
    expect(step.summary).toContain("| lr | 0.01 | 0.02 | changed |");
    const report = JSON.parse(readFileSync(join(root, "slipway-report.json"), "utf8")) as Report;
    expect(report).toMatchObject({ commit: "f".repeat(40), repository: REPO, passed: true });
    expect(report.model?.baseline).toEqual({ accuracy: 0.86, log_loss: 0.31 });
    expect(report.model?.tests).toMatchObject({ passed: 2, failed: 0 });
    // This run (4242) is not its own baseline; the token went to the API only.
    const requested = double.seen.map((s) => s.path);
    expect(requested).not.toContain(`/repos/${REPO}/actions/runs/4242/artifacts`);
    expect(
      double.seen
        .filter((s) => s.path.startsWith("/repos"))
        .every((s) => s.headers.authorization === "token ghs_job"),
    ).toBe(true);
  });

  test("a broken rule fails the step, with an annotation and passed=false", async () => {
    const root = project(model(0.8), { "params.yaml": "lr: 0.01\n" });
    const step = await runStep(root, { token: "ghs_job" }, prEnv());
    expect(step.status).toBe(1);
    expect(step.outputs.passed).toBe("false");
    expect(step.errors).toEqual(
      expect.arrayContaining([
        {
          title: "Model rule failed: accuracy",
          message: "accuracy = 0.8 breaks max-drop 0.01 (change -0.06).",
        },
        { message: "Model testing failed (fail-on: error); see the job summary." },
      ]),
    );
    expect(step.summary).toContain("#### ❌ Model");
    expect(step.summary).toContain("✗ max-drop 0.01");
  });

  test("fail-on: never reports the failure without failing the step", async () => {
    const root = project(model(0.8), { "params.yaml": "lr: 0.01\n" });
    const step = await runStep(root, { token: "ghs_job", "fail-on": "never" }, prEnv());
    expect(step.status).toBe(0);
    expect(step.outputs.passed).toBe("false");
  });

  test("fail-on empty: model.fail-on of the config decides; an input overrides it, saying so", async () => {
    const root = project({ ...model(0.8), "fail-on": "never" }, { "params.yaml": "lr: 0.01\n" });
    const step = await runStep(root, { token: "ghs_job" }, prEnv());
    expect(step.status).toBe(0);
    expect(step.outputs.passed).toBe("false");
    const overridden = await runStep(root, { token: "ghs_job", "fail-on": "error" }, prEnv());
    expect(overridden.status).toBe(1);
    expect(overridden.stdout).toContain("Input fail-on (error) overrides model.fail-on of the config.");
  });

  test("commands given as inputs ran as composite steps: not run again, their exit code counts", async () => {
    const root = project(
      { ...model(0.9), test: undefined, evaluate: undefined },
      { "metrics.json": '{"accuracy": 0.9}', "reports/junit.xml": JUNIT, "params.yaml": "lr: 0.01\n" },
    );
    const step = await runStep(root, { test: "pytest -q", evaluate: "exit 1", "test-exit-code": "1" });
    expect(step.status).toBe(1);
    const report = JSON.parse(readFileSync(join(root, "slipway-report.json"), "utf8")) as Report;
    expect(report.model?.tests.failures).toEqual([{ name: "pytest -q", message: "exited with code 1." }]);
    expect(step.errors).toEqual(
      expect.arrayContaining([{ title: "Test failed: pytest -q", message: "exited with code 1." }]),
    );
  });

  test("outside a pull request, with no baseline configured, it says so and compares with nothing", async () => {
    const root = project(model(0.9), { "params.yaml": "lr: 0.01\n" });
    const step = await runStep(root, {});
    expect(step.status).toBe(0);
    expect(step.summary).toContain("No baseline&#58; compared with nothing.");
    expect(step.summary).toContain("Not a pull request and no baseline configured");
  });

  test("comment.include: the team's Markdown is written into the report, for the app's comment", async () => {
    const summary = "## Review\n\nAsk @octocat.\n";
    const root = tempDir({
      ".github/slipway.yml": stringify({
        version: 1,
        model: model(0.9),
        comment: { include: ["reports/*.md", "notes/*.md"] },
      }),
      "params.yaml": "lr: 0.01\n",
      "reports/summary.md": summary,
    });
    const step = await runStep(root, {});
    expect(step.status).toBe(0);
    const report = JSON.parse(readFileSync(join(root, "slipway-report.json"), "utf8")) as Report;
    expect(report.sections).toEqual([{ path: "reports/summary.md", markdown: summary, cut: 0 }]);
    expect(step.stdout).toContain("comment.include: notes/*.md matched no file.");
  });

  test("an evaluation exiting non-zero fails the step with its output in the message and summary", async () => {
    const root = project(
      { ...model(0.9), evaluate: "echo 'ValueError: bad shape' >&2; exit 5" },
      { "params.yaml": "x: 1\n" },
    );
    const step = await runStep(root, {});
    expect(step.status).toBe(1);
    expect(step.outputs.passed).toBe("false");
    expect(step.errors.at(-1)?.message).toContain("exited with code 5. Its output:\nValueError: bad shape");
    expect(step.summary).toContain("Slipway could not test the model:");
    expect(step.summary).toContain("ValueError: bad shape");
  });

  test("an unknown metric in the rules fails the step with the nearest name", async () => {
    const root = project(
      { metrics: ["m.json"], rules: { acuracy: { min: 0.5 } } },
      { "m.json": '{"accuracy": 0.9}' },
    );
    const step = await runStep(root, {});
    expect(step.status).toBe(1);
    expect(step.errors.at(-1)?.message).toBe(
      '.github/slipway.yml: model.rules."acuracy": unknown metric "acuracy" in the rules. Did you mean "accuracy"?',
    );
  });
});

describe("actions/test-model/action.yml", () => {
  const root = join(import.meta.dirname, "..", "..");
  const action = parse(readFileSync(join(root, "actions/test-model/action.yml"), "utf8")) as {
    inputs: Record<string, unknown>;
    runs: { steps: { id?: string; run?: string; env?: Record<string, string> }[] };
  };
  test("every inputs.X and steps.Y it refers to exists", () => {
    const text = readFileSync(join(root, "actions/test-model/action.yml"), "utf8");
    const inputs = [...text.matchAll(/\binputs\.([\w-]+)/g)].map((m) => m[1]!);
    const steps = [...text.matchAll(/\bsteps\.([\w-]+)\.outputs/g)].map((m) => m[1]!);
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs.filter((name) => !(name in action.inputs))).toEqual([]);
    const ids = action.runs.steps.map((step) => step.id).filter(Boolean);
    expect(steps.filter((id) => !ids.includes(id))).toEqual([]);
  });

  test("every input reaches the bundle through env: as INPUT_<NAME>", () => {
    const step = action.runs.steps.find((s) => s.id === "slipway")!;
    const passed = Object.keys(step.env ?? {});
    for (const name of Object.keys(action.inputs).filter(
      (n) => !["python-version", "requirements"].includes(n),
    )) {
      expect(passed).toContain(`INPUT_${name.toUpperCase()}`);
    }
  });

  test.each([
    ["a passing test command", "echo ok", 0],
    ["a failing test command", "echo 'FAILED tests/test_model.py::test_floor'; exit 3", 3],
  ])("the test step, run by bash as the runner does, records the exit code: %s", (_, command, code) => {
    const script = action.runs.steps.find((s) => s.id === "test")!.run!;
    const dir = mkdtempSync(join(tmpdir(), "slipway-step-"));
    writeFileSync(join(dir, "script.sh"), script);
    writeFileSync(join(dir, "output"), "");
    const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", join(dir, "script.sh")], {
      env: { PATH: process.env.PATH, SLIPWAY_COMMAND: command, GITHUB_OUTPUT: join(dir, "output") },
      encoding: "utf8",
    });
    expect(run.status).toBe(code);
    expect(readFileSync(join(dir, "output"), "utf8")).toBe(`exit-code=${code}\n`);
  });
});
