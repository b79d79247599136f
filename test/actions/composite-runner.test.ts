// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings hold GitHub expressions, not JS templates
/**
 * The composite runner itself: the runner's semantics on small actions, and — the point of it — a
 * typo in one of our action.yml files fails: each mutation below is applied to a copy of a real
 * action, and the runner must refuse it (GitHub would run it with an empty string).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { cacheStore, standardStandIns } from "../helpers/composite/stand-ins.js";
import {
  ActionDefinitionError,
  checkCompositeAction,
  runCompositeAction,
  type StandIns,
} from "../helpers/composite-runner.js";

const root = join(import.meta.dirname, "..", "..");
const standIns = standardStandIns({
  cache: cacheStore(),
  artifacts: mkdtempSync(join(tmpdir(), "slipway-artifacts-")),
});

/** An action folder holding this action.yml (and the files its steps name, for a real copy). */
function actionDir(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "slipway-action-"));
  writeFileSync(join(dir, "action.yml"), yaml);
  return dir;
}

/** A copy of actions/<name> with its action.yml changed, laid out as in the repository. */
function brokenCopy(name: string, from: string, to: string): string {
  const original = readFileSync(join(root, "actions", name, "action.yml"), "utf8");
  // The mutation must apply, or the test would pass on an unchanged file.
  if (!original.includes(from)) throw new Error(`actions/${name}/action.yml has no "${from}" to break`);
  const repo = mkdtempSync(join(tmpdir(), "slipway-broken-"));
  mkdirSync(join(repo, "actions", name), { recursive: true });
  writeFileSync(join(repo, "actions", name, "action.yml"), original.replace(from, to));
  symlinkSync(join(root, "dist"), join(repo, "dist"));
  symlinkSync(join(root, "actions", "setup-engine"), join(repo, "actions", "setup-engine"));
  symlinkSync(join(root, "package.json"), join(repo, "package.json"));
  return join(repo, "actions", name);
}

const realActions = [
  ...(existsSync(join(root, "action.yml")) ? [root] : []),
  ...readdirSync(join(root, "actions"))
    .filter((name) => existsSync(join(root, "actions", name, "action.yml")))
    .map((name) => join(root, "actions", name)),
];

describe("our composite actions", () => {
  it.each(realActions.map((dir) => [dir.slice(root.length + 1) || "action.yml", dir]))(
    "%s: every expression parses and names only what exists; every uses: has a stand-in",
    (_, dir) => {
      const checked = checkCompositeAction(dir, standIns);
      expect(checked.steps.length).toBeGreaterThan(0);
    },
  );

  it.each([
    [
      "validate-data",
      "${{ inputs.data }}",
      "${{ inputs.dat }}",
      /inputs\.dat is not an input of this action/,
    ],
    [
      "validate-data",
      "value: ${{ steps.validate.outputs.valid }}",
      "value: ${{ steps.validat.outputs.valid }}",
      /outputs\.valid\.value: steps\.validat is not the id of an earlier step/,
    ],
    [
      "validate-data",
      "path: ${{ steps.engine.outputs.prefix }}",
      "path: ${{ steps.engine.output.prefix }}",
      /steps\.engine\.output: a step has outputs, outcome, conclusion/,
    ],
    [
      "validate-data",
      "${{ inputs.fail-on }}",
      "${{ inputs.fail-on == }}",
      /env\.INPUT_FAIL-ON: Unexpected end of expression/,
    ],
    [
      "validate-data",
      "${{ runner.os }}",
      "${{ runner.oss }}",
      /runner\.oss is not a runner context property/,
    ],
    ["validate-data", "${{ inputs.data }}", "${{ input.data }}", /Unrecognized named-value: 'input'/],
    [
      "validate-data",
      "uses: actions/cache@v4",
      "uses: actions/cashe@v4",
      /uses actions\/cashe@v4, which has no declared stand-in/,
    ],
    ["validate-data", "uses: actions/cache@v4", "uses: actions/cache", /without a version/],
    [
      "validate-data",
      "path: ${{ steps.engine.outputs.prefix }}",
      "paths: ${{ steps.engine.outputs.prefix }}",
      /with\.paths is not an input of actions\/cache/,
    ],
    ["validate-data", "      shell: bash\n", "", /a run: step of a composite action needs shell:/],
    [
      "test-model",
      "if: inputs.python-version != ''",
      "if: inputs.python_version != ''",
      /inputs\.python_version/,
    ],
    [
      "test-model",
      "default: ${{ github.token }}",
      "default: ${{ github.tokn }}",
      /github\.tokn is not a github context/,
    ],
    ["test-model", "- id: test\n", "- id: tests\n", /steps\.test is not the id of an earlier step/],
    ["test-model", "    required: false\n", "    requried: false\n", /unknown key "requried"/],
    [
      "test-model",
      "python-version: ${{ inputs.python-version }}",
      "python_version: ${{ inputs.python-version }}",
      /with\.python_version is not an input of actions\/setup-python/,
    ],
    [
      "package-model",
      "${{ inputs.registry-password }}",
      "${{ inputs.registry-passwd }}",
      /inputs\.registry-passwd/,
    ],
    [
      "package-model",
      "value: ${{ steps.package.outputs.digest }}",
      "value: ${{ steps.pakage.outputs.digest }}",
      /steps\.pakage/,
    ],
    ["gate", "${{ inputs.team-token }}", "${{ inputs.teamtoken }}", /inputs\.teamtoken is not an input/],
    ["gate", "using: composite", "using: node20", /runs\.using: is not composite/],
  ])("actions/%s with %j → %j fails", (name, from, to, message) => {
    const dir = brokenCopy(name, from, to);
    expect(() => checkCompositeAction(dir, standIns)).toThrow(ActionDefinitionError);
    expect(() => checkCompositeAction(dir, standIns)).toThrow(message);
  });

  it("an output read from a step that succeeded without writing it fails the run", async () => {
    const dir = brokenCopy(
      "validate-data",
      "value: ${{ steps.validate.outputs.valid }}",
      "value: ${{ steps.validate.outputs.vaild }}",
    );
    checkCompositeAction(dir, standIns); // statically fine: any name may be an output
    const ws = mkdtempSync(join(tmpdir(), "slipway-ws-"));
    writeFileSync(join(ws, "d.csv"), "a\n1\n");
    await expect(
      runCompositeAction({ action: dir, workspace: ws, inputs: { data: "d.csv" }, standIns }),
    ).rejects.toThrow(
      /outputs\.valid\.value: steps\.validate\.outputs\.vaild does not exist \(steps\.validate\.outputs has: valid, report-path\)/,
    );
  });
});

describe("copies of our actions", () => {
  it("an unchanged copy of every action passes, so the failures above come from the mutations", () => {
    for (const name of ["validate-data", "test-model", "package-model", "gate"]) {
      if (!existsSync(join(root, "actions", name, "action.yml"))) continue;
      const copy = brokenCopy(name, "runs:", "runs:");
      expect(() => checkCompositeAction(copy, standIns)).not.toThrow();
    }
  });
});

describe("the composite runner", () => {
  const standInsNone: StandIns = {};

  it("evaluates inputs and defaults, carries GITHUB_ENV and GITHUB_PATH, collects outputs", async () => {
    const dir = actionDir(`name: t
description: t
inputs:
  who: { description: x, required: true }
  token: { description: x, default: "\${{ github.token }}" }
outputs:
  greeting: { description: x, value: "\${{ steps.hello.outputs.greeting }}!" }
  both: { description: x, value: "\${{ format('{0}/{1}', steps.hello.outputs.greeting, inputs.who) }}" }
runs:
  using: composite
  steps:
    - shell: bash
      run: |
        echo "FROM_FIRST=one" >> "$GITHUB_ENV"
        mkdir -p "$RUNNER_TEMP/bin" && printf '#!/bin/sh\\necho tool-ran\\n' > "$RUNNER_TEMP/bin/mytool" && chmod +x "$RUNNER_TEMP/bin/mytool"
        echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
    - id: hello
      shell: bash
      env:
        WHO: hello \${{ inputs.who }}
        TOKEN: \${{ inputs.token }}
      run: |
        echo "greeting=$WHO ($FROM_FIRST, $(mytool), \${#TOKEN})" >> "$GITHUB_OUTPUT"
        echo "### summary" >> "$GITHUB_STEP_SUMMARY"
`);
    const run = await runCompositeAction({
      action: dir,
      workspace: dir,
      inputs: { who: "ada" },
      standIns: standInsNone,
      github: { token: "ghs_12345" },
    });
    expect(run.passed).toBe(true);
    expect(run.outputs).toEqual({
      greeting: "hello ada (one, tool-ran, 9)!",
      both: "hello ada (one, tool-ran, 9)/ada",
    });
    expect(run.summary).toBe("### summary\n");
  });

  it("skips on a false if:, skips after a failure unless failure()/always(), honours continue-on-error", async () => {
    const dir = actionDir(`name: t
description: t
inputs:
  flag: { description: x, default: "" }
outputs:
  seen: { description: x, value: "\${{ steps.soft.outcome }}/\${{ steps.soft.conclusion }}/\${{ steps.never.outcome }}" }
runs:
  using: composite
  steps:
    - id: never
      if: inputs.flag == 'on'
      shell: bash
      run: echo never
    - id: soft
      continue-on-error: true
      shell: bash
      run: exit 3
    - id: hard
      shell: bash
      run: exit 4
    - id: after
      shell: bash
      run: echo after
    - id: cleanup
      if: \${{ failure() }}
      shell: bash
      run: echo cleaning
    - id: always
      if: always() && inputs.flag != 'on'
      shell: bash
      run: echo always
`);
    const run = await runCompositeAction({ action: dir, workspace: dir, standIns: standInsNone });
    expect(run.passed).toBe(false);
    expect(run.steps.map((s) => [s.id, s.outcome, s.conclusion])).toEqual([
      ["never", "skipped", "skipped"],
      ["soft", "failure", "success"],
      ["hard", "failure", "failure"],
      ["after", "skipped", "skipped"],
      ["cleanup", "success", "success"],
      ["always", "success", "success"],
    ]);
    expect(run.outputs.seen).toBe("failure/success/skipped");
    expect(run.log).toContain("cleaning");
  });

  it("refuses a uses: with no declared stand-in, and inputs the action does not declare", async () => {
    const dir = actionDir(`name: t
description: t
runs:
  using: composite
  steps:
    - uses: actions/setup-node@v4
`);
    expect(() => checkCompositeAction(dir, standIns)).toThrow(
      /uses actions\/setup-node@v4, which has no declared stand-in \(declared: actions\/setup-python, actions\/cache, actions\/upload-artifact\)/,
    );
    const ok = actionDir(
      "name: t\ndescription: t\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: 'true'\n",
    );
    await expect(
      runCompositeAction({ action: ok, workspace: ok, inputs: { nope: "1" }, standIns }),
    ).rejects.toThrow(/the test passes "nope", which the action does not declare/);
  });

  it("masks ::add-mask:: values in the log and reads annotations", async () => {
    const dir = actionDir(`name: t
description: t
runs:
  using: composite
  steps:
    - shell: bash
      run: |
        echo "::add-mask::s3cr3t"
        echo "using s3cr3t"
        echo "::error file=a.csv,line=3::bad%2C row"
`);
    const run = await runCompositeAction({ action: dir, workspace: dir, standIns: standInsNone });
    expect(run.log).toContain("using ***");
    expect(run.log.replace("::add-mask::s3cr3t", "")).not.toContain("s3cr3t");
    expect(run.annotations).toEqual([
      { level: "error", properties: { file: "a.csv", line: "3" }, message: "bad, row" },
    ]);
  });
});
