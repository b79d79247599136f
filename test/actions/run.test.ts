/**
 * The one-step action: its bundled step (dist/run/index.js) run with node as the runner runs it
 * (inputs as INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, workflow commands on
 * stdout), and action.yml checked against what that step reads. The full run trains the example
 * with Debian's Python and builds, smoke-tests its image with buildah from the local base images
 * (.ci/setup-containers): ~1–2 minutes; the others take a second or two.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { loadConfig } from "../../src/config/load-config.js";
import { commentInput } from "../../src/report/comment-input.js";
import { renderComment } from "../../src/report/markdown/render-comment.js";
import type { Report } from "../../src/report/types.js";
import { runActionStep } from "../helpers/run-action-step.js";
import {
  BUILD_IMAGE,
  containerEnv,
  ensureBaseImages,
  REPO_ROOT,
  RUNTIME_IMAGE,
  removeImages,
} from "../package/helpers/containers.js";
import { binDir, copyExample, removeCopies } from "../run/helpers/example-copy.js";

const BUNDLE = join(REPO_ROOT, "dist", "run", "index.js");
const created: string[] = [];
afterAll(() => {
  removeImages(created);
  removeCopies();
});

/** What GitHub sets for every step of a run on main. */
function githubEnv(workspace: string): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: "c0ffee0000000000000000000000000000000001",
    GITHUB_REF: "refs/heads/main",
    GITHUB_REPOSITORY: "acme/breast-cancer",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "42",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_WORKFLOW: "retrain",
  };
}

const readReport = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Report;

describe("the one-step action's step", () => {
  beforeAll(() => ensureBaseImages(), 900_000);

  it("validates, trains, tests and packages the example; report, outputs, and the app's comment as the job summary", () => {
    const root = copyExample();
    const configFile = join(root, ".github", "slipway.yml");
    // Base images this network can reach (no registry here): what .ci/setup-containers made.
    const config = readFileSync(configFile, "utf8").replace(
      "  image: ghcr.io/slipway-dev/breast-cancer\n",
      `  image: localhost/slipway-test/breast-cancer\n  base-image: ${RUNTIME_IMAGE}\n  build-image: ${BUILD_IMAGE}\n`,
    );
    writeFileSync(configFile, config);
    const step = runActionStep(
      BUNDLE,
      {
        strict: "true",
        push: "false",
        "report-path": "out/slipway-report.json",
        "artifact-name": "slipway-report",
      },
      containerEnv(githubEnv(root)),
    );
    const report = readReport(join(root, "out", "slipway-report.json"));
    created.push(...(report.package?.tags ?? []));
    expect(step.stdout).not.toContain("internal error");
    expect(step.status).toBe(0);
    expect(step.outputs).toMatchObject({
      passed: "true",
      "report-path": join(root, "out", "slipway-report.json"),
      image: "localhost/slipway-test/breast-cancer",
      digest: "",
    });
    expect(report).toMatchObject({
      passed: true,
      commit: "c0ffee0000000000000000000000000000000001",
      run: { id: 42, workflow: "retrain", url: "https://github.com/acme/breast-cancer/actions/runs/42" },
    });
    expect(report.data[0]?.valid).toBe(true);
    expect(report.model?.passed).toBe(true);
    expect(report.package).toMatchObject({
      tags: ["localhost/slipway-test/breast-cancer:main", "localhost/slipway-test/breast-cancer:sha-c0ffee0"],
      smoke: { passed: true, rows: 3 },
      pushed: false,
    });
    // The image carries the metrics the model part measured in this run.
    expect(JSON.parse(report.package!.labels["dev.slipway.model.metrics"] ?? "{}")).toMatchObject({
      f1: report.model!.metrics.f1,
    });
    const { config: parsed } = loadConfig({ cwd: root });
    const comment = renderComment(
      commentInput({
        workflow: "retrain",
        run: { url: "https://github.com/acme/breast-cancer/actions/runs/42", id: 42, attempt: 1 },
        headSha: "c0ffee0000000000000000000000000000000001",
        heads: [{ variant: "", report }],
        unreadable: [],
        pull: null,
        bases: [],
        history: [],
        config: parsed,
        notices: [],
      }),
    );
    expect(step.summary.startsWith(comment)).toBe(true);
    expect(step.summary).toContain("package ✓ passed   localhost/slipway-test/breast-cancer:main");
  }, 900_000);
});

describe("the one-step action on a runner without Python or a container builder", () => {
  const bare = (): NodeJS.ProcessEnv => ({
    ...githubEnv(copyExample()),
    PATH: binDir({ git: "/usr/bin/git" }),
  });

  it("strict (the default): fails the step before anything runs, saying what is missing", () => {
    const step = runActionStep(BUNDLE, { strict: "true" }, bare());
    expect(step.status).toBe(1);
    expect(step.outputs).toEqual({ passed: "false" });
    expect(step.annotations).toEqual([
      {
        level: "error",
        properties: {},
        message: expect.stringMatching(/^model: cannot run here: no Python on PATH .*Install Python 3/),
      },
    ]);
    expect(step.summary).toContain("Slipway could not run");
  });

  it("strict false: validates the data, says what it skipped, and passes", () => {
    const env = bare();
    const step = runActionStep(BUNDLE, { strict: "false", "artifact-name": "slipway-report-lr" }, env);
    expect(step.status).toBe(0);
    expect(step.outputs).toMatchObject({
      passed: "true",
      "report-path": join(env.GITHUB_WORKSPACE!, "slipway-report.json"),
    });
    expect(step.stdout).toContain("model: skipped — no Python on PATH");
    expect(step.summary).toContain("### ✅ Slipway · retrain");
    expect(step.summary).toContain("package – skipped  the model was not trained");
  });

  it("comment.include and comment.images: the team section in the summary, the images beside the report for the artifact", () => {
    const env = bare();
    const root = env.GITHUB_WORKSPACE!;
    const png = Buffer.from("89504e470d0a1a0a", "hex");
    mkdirSync(join(root, "figures"), { recursive: true });
    writeFileSync(join(root, "figures", "roc.png"), png);
    const configFile = join(root, ".github", "slipway.yml");
    writeFileSync(
      configFile,
      readFileSync(configFile, "utf8").replace(
        "  include: [reports/summary.md]",
        "  include: [reports/summary.md]\n  images: [figures/*.png]",
      ),
    );
    const step = runActionStep(BUNDLE, { strict: "false", "report-path": "out/slipway-report.json" }, env);
    expect(step.status).toBe(0);
    const images = join(root, "out", "slipway-images");
    expect(step.outputs["artifact-paths"]).toBe(`${join(root, "out", "slipway-report.json")}\n${images}`);
    expect(readFileSync(join(images, "figures", "roc.png"))).toEqual(png);
    const report = readReport(join(root, "out", "slipway-report.json"));
    expect(report.images).toEqual([{ path: "figures/roc.png", size_bytes: png.length }]);
    expect(report.sections?.map((section) => section.path)).toEqual(["reports/summary.md"]);
    expect(step.summary).toContain("##### Held-out review");
    expect(step.summary).toContain("<code>figures/roc.png</code> (8 B)");
  });

  it("model.requirements of the config is honoured when the requirements input is empty", () => {
    const env = bare();
    const root = env.GITHUB_WORKSPACE!;
    mkdirSync(join(root, "env"));
    writeFileSync(join(root, "env", "train.txt"), "slipway-no-such-package>=1\n");
    const configFile = join(root, ".github", "slipway.yml");
    writeFileSync(
      configFile,
      readFileSync(configFile, "utf8").replace(
        "  metrics: [metrics.json]\n",
        "  metrics: [metrics.json]\n  requirements: env/train.txt\n",
      ),
    );
    const step = runActionStep(
      BUNDLE,
      { strict: "true" },
      { ...env, PATH: binDir({ python3: "/usr/bin/python3" }) },
    );
    expect(step.status).toBe(1);
    expect(step.annotations[0]?.message).toMatch(
      /^model: cannot run here: no Python here has what env\/train\.txt asks for: .* lacks slipway-no-such-package>=1 \(not installed\)/,
    );
  });

  it("a wrong input is named", () => {
    const step = runActionStep(BUNDLE, { strict: "yes" }, bare());
    expect(step.status).toBe(1);
    expect(step.annotations[0]?.message).toBe('strict: must be "true" or "false", not "yes".');
  });
});

describe("action.yml", () => {
  const action = parse(readFileSync(join(REPO_ROOT, "action.yml"), "utf8")) as {
    inputs: Record<string, unknown>;
    runs: {
      steps: {
        id?: string;
        run?: string;
        env?: Record<string, string>;
        uses?: string;
        with?: Record<string, string>;
      }[];
    };
  };
  const runner = readFileSync(join(REPO_ROOT, "src", "actions", "run", "runner.ts"), "utf8");

  it("passes the bundled step every input it reads, each from the input of the same name", () => {
    const read = [...runner.matchAll(/(?:core\.getInput|actionSetting(?:<[^>]*>)?)\("([^"]+)"/g)].map(
      (match) => match[1]!,
    );
    expect(read).toEqual(expect.arrayContaining(["strict", "push", "requirements"]));
    const step = action.runs.steps.find((s) => s.id === "run")!;
    expect(step.run).toBe('node "$GITHUB_ACTION_PATH/dist/run/index.js"');
    for (const name of new Set(read)) {
      expect(Object.keys(action.inputs)).toContain(name);
      expect(step.env?.[`INPUT_${name.toUpperCase()}`]).toBe(`\${{ inputs.${name} }}`);
    }
  });

  it("installs the engine as the composite actions do, and uploads the report under the artifact name", () => {
    const validate = parse(
      readFileSync(join(REPO_ROOT, "actions", "validate-data", "action.yml"), "utf8"),
    ) as typeof action;
    const engine = (steps: typeof action.runs.steps) =>
      steps
        .slice(
          steps.findIndex((s) => s.id === "engine"),
          steps.findIndex((s) => s.id === "engine") + 3,
        )
        .map((s) => ({
          ...s,
          run: s.run?.replace(
            "$GITHUB_ACTION_PATH/../setup-engine",
            "$GITHUB_ACTION_PATH/actions/setup-engine",
          ),
        }));
    expect(engine(action.runs.steps)).toEqual(engine(validate.runs.steps));
    // The upload, then (token mode) the comment step that reads every uploaded report.
    const upload = action.runs.steps.find((step: { uses?: string }) =>
      step.uses?.startsWith("actions/upload-artifact"),
    );
    const expression = (text: string) => `\${{ ${text} }}`;
    expect(upload).toMatchObject({
      uses: "actions/upload-artifact@v4",
      with: {
        name: expression("inputs.artifact-name"),
        // The report and, beside it, the images of comment.images (the runner's artifact-paths).
        path: expression("steps.run.outputs.artifact-paths || steps.run.outputs.report-path"),
      },
    });
  });
});
