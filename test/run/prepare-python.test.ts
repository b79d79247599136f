/**
 * The one Python resolver: which interpreters it tries, in which order, and which requirements file
 * it checks them against. The interpreters are answered by a table (which requirements each has);
 * the project folders are real.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { configSchema, type ModelConfig } from "../../src/config/schema.js";
import { InputError } from "../../src/errors.js";
import { findModelRequirements } from "../../src/run/find-model-requirements.js";
import { preparePython } from "../../src/run/prepare-python.js";
import type { ProbePython } from "../../src/run/probe-python.js";
import { resolveRequirementAliases } from "../../src/run/requirement-aliases.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A project folder with these files (a "#!" file is made executable). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "slipway-prepare-python-"));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    if (text.startsWith("#!")) chmodSync(join(root, path), 0o755);
  }
  return root;
}

const model = (raw: Record<string, unknown>): ModelConfig =>
  configSchema.parse({ model: { evaluate: "python train.py", ...raw } }).model!;

/** Interpreters by path: the requirement names each has; every other command fails. */
function probe(has: Record<string, string[]>): ProbePython & { asked: string[] } {
  const asked: string[] = [];
  const fn = async (command: string, requirements: readonly string[]) => {
    asked.push(command);
    const names = has[command];
    if (!names) return { error: `${command} could not be started` };
    return {
      executable: command,
      version: "3.11.2",
      checkedVersions: true,
      requirements: requirements.map((requirement) => {
        const name = requirement.split(/[<>=;\s]/)[0]!;
        const ok = names.includes(name);
        return { requirement, name, installed: ok ? "1.0" : null, ok };
      }),
    };
  };
  return Object.assign(fn, { asked });
}

const EXE = "#!/bin/sh\n";

describe("preparePython", () => {
  it("tries the project's .venv before PATH, and uses it", async () => {
    const root = project({ "requirements.txt": "pandas\n", ".venv/bin/python": EXE, "bin/python3": EXE });
    const venv = join(root, ".venv", "bin", "python");
    const answers = probe({ [venv]: ["pandas"], [join(root, "bin", "python3")]: ["pandas"] });
    const plan = await preparePython({
      model: model({}),
      root,
      env: { PATH: join(root, "bin") },
      probe: answers,
    });
    expect(plan).toMatchObject({ kind: "chosen", python: { command: venv } });
    expect(plan.kind === "chosen" && plan.summary).toBe(
      ".venv/bin/python (Python 3.11.2) has what requirements.txt asks for: pandas 1.0",
    );
    expect(answers.asked).toEqual([venv]);
  });

  it("a venv without the requirements is passed over for PATH's python3 that has them", async () => {
    const root = project({ "requirements.txt": "pandas\n", "venv/bin/python": EXE, "bin/python3": EXE });
    const system = join(root, "bin", "python3");
    const plan = await preparePython({
      model: model({}),
      root,
      env: { PATH: join(root, "bin") },
      probe: probe({ [join(root, "venv", "bin", "python")]: [], [system]: ["pandas"] }),
    });
    expect(plan).toMatchObject({ kind: "chosen", python: { command: system } });
  });

  it("SLIPWAY_PYTHON comes before the venv; --python before SLIPWAY_PYTHON", async () => {
    const root = project({ ".venv/bin/python": EXE, "a/python3": EXE, "b/python3": EXE });
    const [a, b] = [join(root, "a", "python3"), join(root, "b", "python3")];
    const answers = probe({ [a]: [], [b]: [] });
    const env = { PATH: "", SLIPWAY_PYTHON: a };
    expect(await preparePython({ model: model({}), root, env, probe: answers })).toMatchObject({
      python: { command: a },
    });
    expect(await preparePython({ model: model({}), root, env, probe: answers, explicit: b })).toMatchObject({
      python: { command: b },
    });
  });

  it("a named Python that lacks the requirements is an error naming where it was named", async () => {
    const root = project({ "requirements.txt": "pandas\n", "a/python3": EXE });
    const a = join(root, "a", "python3");
    const prepared = preparePython({
      model: model({}),
      root,
      env: { PATH: "", SLIPWAY_PYTHON: a },
      probe: probe({ [a]: [] }),
    });
    await expect(prepared).rejects.toThrow(InputError);
    await expect(prepared).rejects.toThrow(/^SLIPWAY_PYTHON: .* lacks pandas \(not installed\)\. Make one: /);
  });

  it("no requirements file, no venv and no Python named: nothing is probed", async () => {
    const root = project({ "train.py": "" });
    expect(await preparePython({ model: model({}), root, env: { PATH: "" }, probe: probe({}) })).toEqual({
      kind: "none-needed",
    });
  });
});

describe("findModelRequirements", () => {
  it.each([
    [
      "model.requirements first",
      { requirements: "env/reqs.txt" },
      { "requirements.txt": "", "env/reqs.txt": "" },
      "env/reqs.txt",
    ],
    ["the root's requirements.txt", {}, { "requirements.txt": "" }, "requirements.txt"],
    [
      "beside the script the command runs",
      { evaluate: "python src/train.py && python src/evaluate.py" },
      { "src/train.py": "", "src/requirements.txt": "" },
      "src/requirements.txt",
    ],
    [
      "one of dvc.yaml's deps",
      { evaluate: "dvc repro" },
      {
        "dvc.yaml":
          "stages:\n  train:\n    cmd: python train.py\n    deps: [train.py, env/requirements-train.txt]\n",
        "env/requirements-train.txt": "",
      },
      "env/requirements-train.txt",
    ],
    ["none", {}, { "train.py": "" }, null],
  ])("%s", (_, raw, files, expected) => {
    const found = findModelRequirements(model(raw), project(files), null);
    expect(found?.path ?? null).toBe(expected);
  });
});

describe("resolveRequirementAliases", () => {
  it("checks sklearn as scikit-learn, keeping the specifier and marker, with a warning", () => {
    expect(
      resolveRequirementAliases(["sklearn>=1.2; python_version >= '3.8'", "pandas", "Sklearn"], "r.txt"),
    ).toEqual({
      requirements: ["scikit-learn>=1.2; python_version >= '3.8'", "pandas", "scikit-learn"],
      warnings: [
        'r.txt: "sklearn" is the old name of scikit-learn (pip refuses it now); checked scikit-learn instead. Write scikit-learn in r.txt.',
        'r.txt: "Sklearn" is the old name of scikit-learn (pip refuses it now); checked scikit-learn instead. Write scikit-learn in r.txt.',
      ],
    });
  });
});
