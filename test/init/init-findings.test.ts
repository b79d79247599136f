// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are dvc.yaml templates and GitHub expressions
/**
 * What `slipway init` got wrong in real repositories (issue 11), one test each, on file sets shaped
 * like DVC's and CML's public example projects (iterative/example-get-started, iterative/cml_dvc_case):
 * the drafts are parsed, never matched as text alone.
 */
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { parseConfig } from "../../src/config/parse-config.js";
import type { InferredSchema } from "../../src/data/infer-schema.js";
import { findProjectFiles } from "../../src/init/find-project-files.js";
import { withMarker } from "../../src/init/generated-marker.js";
import { datasetsToInfer, planInit } from "../../src/init/plan-init-for.js";

const schema: InferredSchema = { fields: [{ name: "x", type: "number" }], missingValues: [""] };

function plan(texts: Record<string, string>, files: string[] = []) {
  const read = (p: string) => texts[p] ?? null;
  const project = findProjectFiles([...files, ...Object.keys(texts)], read);
  const result = planInit({
    project,
    inferred: new Map(datasetsToInfer(project, read).map((path) => [path, { schema }])),
    existing: read,
    name: "example",
    configPath: ".github/slipway.yml",
  });
  const file = (path: string) => result.files.find((f) => f.path === path);
  const parsed = parseConfig(file(".github/slipway.yml")!.content, ".github/slipway.yml");
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const workflow = parse(file(".github/workflows/ml.yml")!.content) as {
    jobs: { slipway: { steps: { uses?: string; run?: string; env?: Record<string, string> }[] } };
  };
  return { result, file, config: parsed.config, steps: workflow.jobs.slipway.steps, project };
}

/** A DVC pipeline as in iterative/example-get-started: stages, eval/ written by the last one. */
const DVC_PIPELINE = {
  "dvc.yaml": `stages:
  prepare:
    cmd: python src/prepare.py data/raw.csv
    deps: [data/raw.csv, src/prepare.py]
    params: [prepare.split, prepare.seed]
    outs: [data/prepared]
  train:
    cmd: python src/train.py data/prepared model.pkl
    deps: [data/prepared, src/train.py, src/requirements.txt]
    params: [train.n_est]
    outs: [model.pkl]
  evaluate:
    cmd: python src/evaluate.py model.pkl data/prepared
    deps: [model.pkl, data/prepared, src/evaluate.py]
    metrics:
      - eval/metrics.json:
          cache: false
    plots:
      - eval/loss.csv:
          cache: false
metrics:
  - eval/metrics.json
`,
  ".dvc/config": `[core]\n    remote = storage\n['remote "storage"']\n    url = s3://team-bucket/example\n`,
  ".gitignore": "/data\n/model.pkl\n",
  "data.dvc": "outs:\n- md5: 0123\n  path: data\n",
  "params.yaml": "prepare:\n  split: 0.2\n  seed: 1\ntrain:\n  n_est: 50\n",
  "src/requirements.txt": "pandas\nscikit-learn\n",
  "src/prepare.py": "",
  "src/train.py": "",
  "src/evaluate.py": "",
  "eval/loss.csv": "step,loss\n1,0.5\n",
  "data/raw.csv": "a,b\n1,2\n",
  "data/prepared/train.csv": "a,b\n1,2\n",
};

describe("slipway init on a DVC pipeline", () => {
  it("takes the evaluate command from dvc.yaml: every stage's exact command, in DVC's order", () => {
    // Stages listed out of order in the file still run in dependency order.
    const text = DVC_PIPELINE["dvc.yaml"];
    const shuffled = `stages:\n${text.slice(text.indexOf("  train:"), text.indexOf("metrics:\n  - eval"))}${text.slice(text.indexOf("  prepare:"), text.indexOf("  train:"))}`;
    for (const dvcYaml of [text, shuffled]) {
      const { config } = plan({ ...DVC_PIPELINE, "dvc.yaml": dvcYaml });
      expect(config.model?.evaluate).toBe(
        "python src/prepare.py data/raw.csv && python src/train.py data/prepared model.pkl && python src/evaluate.py model.pkl data/prepared",
      );
    }
  });

  it("runs `dvc repro` (and installs DVC) when the stages are templated", () => {
    const { config, steps } = plan({
      ...DVC_PIPELINE,
      "dvc.yaml": "stages:\n  train:\n    foreach: [a, b]\n    do:\n      cmd: python train.py ${item}\n",
    });
    expect(config.model?.evaluate).toBe("dvc repro");
    expect(steps.map((s) => s.uses)).toContain("iterative/setup-dvc@v1");
  });

  it("names dvc.yaml's metrics (not there until the pipeline runs) and params", () => {
    const { config } = plan(DVC_PIPELINE);
    expect(config.model?.metrics).toEqual(["eval/metrics.json"]);
    expect(config.model?.params).toEqual(["params.yaml"]);
  });

  it("installs the requirements dvc.yaml's stages depend on (src/requirements.txt)", () => {
    const { steps, file } = plan(DVC_PIPELINE);
    expect(steps.find((s) => s.uses?.includes("test-model"))).toMatchObject({
      with: { requirements: "src/requirements.txt" },
    });
    expect(
      JSON.parse(file(".devcontainer/devcontainer.json")!.content.split("\n").slice(1).join("\n")),
    ).toMatchObject({ postCreateCommand: "pip install -r src/requirements.txt" });
  });

  it("never drafts what the pipeline writes (a plots output, a stage's outs) as a dataset", () => {
    const { config, result } = plan(DVC_PIPELINE);
    expect(config.data.map((d) => d.path)).toEqual(["data/raw.csv"]);
    expect(result.notes).toContain(
      "eval/loss.csv: plots the pipeline writes (dvc.yaml), not datasets; they are not checked as data.",
    );
  });

  it("pulls the tracked data with DVC before validating it, with the remote's credentials", () => {
    const { steps } = plan(DVC_PIPELINE);
    const names = steps.map((s) => s.uses ?? s.run);
    expect(names).toEqual([
      "actions/checkout@v4",
      "iterative/setup-dvc@v1",
      "dvc pull data.dvc",
      "slipway-dev/slipway/actions/validate-data@v1",
      "slipway-dev/slipway/actions/test-model@v1",
      "actions/upload-artifact@v4",
    ]);
    expect(steps[2]!.env).toEqual({
      AWS_ACCESS_KEY_ID: "${{ secrets.AWS_ACCESS_KEY_ID }}",
      AWS_SECRET_ACCESS_KEY: "${{ secrets.AWS_SECRET_ACCESS_KEY }}",
    });
  });

  it("no dvc pull without a remote, nor from a remote that is a folder on this machine", () => {
    const { ".dvc/config": _, ...noRemote } = DVC_PIPELINE;
    expect(
      plan(noRemote)
        .steps.map((s) => s.run)
        .filter(Boolean),
    ).toEqual([]);
    const local = plan({ ...DVC_PIPELINE, ".dvc/config": "['remote \"local\"']\nurl = /tmp/dvcstore\n" });
    expect(local.steps.map((s) => s.run).filter(Boolean)).toEqual([]);
    expect(local.result.notes).toContain(
      'DVC\'s remote "local" is a folder on this machine (/tmp/dvcstore): CI cannot pull from it. Point it at shared storage, then run slipway init again.',
    );
  });

  it("keeps the schemas where git keeps them, never in the ignored data/", () => {
    const { config, result } = plan(DVC_PIPELINE);
    expect(config.data[0]!.schema).toBe("schemas/raw.schema.yaml");
    expect(result.files.map((f) => f.path)).toContain("schemas/raw.schema.yaml");
    expect(result.files.map((f) => f.path).filter((p) => p.startsWith("data/"))).toEqual([]);
  });

  it("leaves out data git ignores that DVC does not track (CI would not have it), and says so", () => {
    const { config, result } = plan({
      ...DVC_PIPELINE,
      ".gitignore": "/data\n/local/\n",
      "local/extra.csv": "a\n1\n",
    });
    expect(config.data.map((d) => d.path)).toEqual(["data/raw.csv"]);
    expect(result.notes).toContain(
      "local/extra.csv is ignored by git and not tracked by DVC, so CI would not have it: not configured. Commit it or track it with DVC, then run slipway init again.",
    );
  });
});

describe("slipway init's config and workflow agree", () => {
  it.each<[string, Record<string, string>]>([
    ["train.py and params.yaml only", { "train.py": "", "params.yaml": "C: 1\n" }],
    ["params.yaml only", { "params.yaml": "C: 1\n" }],
    ["a committed metrics file only", { "metrics.json": "{}" }],
    ["tests only", { "tests/test_model.py": "" }],
    ["nothing", {}],
  ])("%s", (_, texts) => {
    const { config, steps, result } = plan(texts);
    const testModel = steps.some((s) => s.uses?.includes("/test-model@"));
    expect(testModel).toBe(config.model !== undefined);
    const saysNoModel = result.notes.some((n) => n.includes("no model section"));
    expect(saysNoModel).toBe(config.model === undefined);
  });
});

describe("slipway init beside a team's own dev container", () => {
  const theirs = `// The team's environment\n{\n    "name": "example",\n    "image": "mcr.microsoft.com/devcontainers/python:3.10",\n    "extensions": ["Iterative.dvc"],\n    "postCreateCommand": "pip3 install --user -r src/requirements.txt"\n}\n`;

  it("extends .devcontainer.json (keeping its comments and settings) and writes no second one", () => {
    const { result, file } = plan({ ...DVC_PIPELINE, ".devcontainer.json": theirs });
    expect(result.files.map((f) => f.path).filter((p) => p.includes("devcontainer"))).toEqual([
      ".devcontainer.json",
    ]);
    const extended = file(".devcontainer.json")!;
    expect(extended).toMatchObject({ action: "extend" });
    expect(extended.content.startsWith("// The team's environment\n{\n")).toBe(true);
    const definition = parse(extended.content.replace(/^\/\/.*\n/, ""));
    expect(definition).toMatchObject({
      name: "example",
      postCreateCommand: "pip3 install --user -r src/requirements.txt",
      features: { "ghcr.io/devcontainers/features/node:1": { version: "20" } },
      customizations: { vscode: { extensions: ["redhat.vscode-yaml"] } },
    });
    expect(Object.values(definition.customizations.vscode.settings["yaml.schemas"])).toEqual([
      ".github/slipway.yml",
    ]);
  });

  it("leaves a dev container that has what Slipway needs as it is", () => {
    const first = plan({ ".devcontainer.json": theirs }).file(".devcontainer.json")!.content;
    expect(plan({ ".devcontainer.json": first }).file(".devcontainer.json")).toMatchObject({
      action: "unchanged",
    });
  });

  it("extends .devcontainer/devcontainer.json the same way; its own earlier draft it rewrites as before", () => {
    const nested = plan({ ".devcontainer/devcontainer.json": theirs });
    expect(nested.file(".devcontainer/devcontainer.json")).toMatchObject({ action: "extend" });
    const ours = withMarker('{ "name": "old" }\n', "//");
    expect(
      plan({ ".devcontainer/devcontainer.json": ours }).file(".devcontainer/devcontainer.json"),
    ).toMatchObject({
      action: "update",
    });
  });
});

describe("slipway init and .gitignore", () => {
  it("adds the report (and what the drafted test command writes) to the team's .gitignore", () => {
    const { file } = plan({ ".gitignore": "/data\n", "tests/test_model.py": "" });
    expect(file(".gitignore")).toMatchObject({
      action: "extend",
      content:
        "/data\n\n# What a Slipway run writes (added by slipway init)\n/slipway-report.json\n/reports/junit.xml\n",
    });
  });

  it("adds nothing git already ignores", () => {
    expect(
      plan({ ".gitignore": "*.json\nreports/\n", "tests/test_model.py": "" }).file(".gitignore"),
    ).toMatchObject({
      action: "unchanged",
    });
  });
});
