/**
 * The one Python resolver of `slipway run`, `slipway test-model` and the one-step action: does the
 * model need a Python, and which one? Interpreters are tried in this order: `--python`,
 * SLIPWAY_PYTHON, the project's .venv/venv, then PATH; each must have what the requirements file
 * asks for (`--requirements`, model.requirements, else the one found beside the scripts, at the
 * root or in dvc.yaml's deps). Without a requirements file or a named or project Python nothing is
 * probed: the commands run with the machine's PATH as is (they may be R, make, or a Python the team
 * set up).
 */
import { relative } from "node:path";
import type { ModelConfig } from "../config/schema.js";
import { InputError } from "../errors.js";
import { findModelRequirements } from "./find-model-requirements.js";
import { describeLooked, describeMissing, findPython, projectVenvs, pythonNextStep } from "./find-python.js";
import type { ProbePython } from "./probe-python.js";
import { readRequirements } from "./read-requirements.js";
import { resolveRequirementAliases } from "./requirement-aliases.js";
import type { PythonUsed } from "./run-result.js";

export type PythonPlan =
  | { kind: "none-needed" }
  | {
      kind: "chosen";
      python: PythonUsed;
      requirementsFile: string | null;
      summary: string;
      /** What the requirements file says that needs mending (an old alias). */
      warnings: string[];
    }
  | { kind: "missing"; reason: string; next: string };

export interface PreparePythonOptions {
  model: ModelConfig;
  root: string;
  /** `--python`. */
  explicit?: string | null;
  /** `--requirements` (absolute or relative to `root`). */
  requirements?: string | null;
  /** SLIPWAY_PYTHON is read from here; the probes run with it. */
  env: NodeJS.ProcessEnv;
  probe: ProbePython;
  /** The command the next step names: "slipway run" or "slipway test-model". */
  slipway?: string;
}

export async function preparePython(options: PreparePythonOptions): Promise<PythonPlan> {
  const { model, root } = options;
  if (!model.test && !model.evaluate) return { kind: "none-needed" };
  const named = options.explicit || options.env.SLIPWAY_PYTHON || null;
  const namedBy = options.explicit ? "--python" : "SLIPWAY_PYTHON";
  const venvs = named ? [] : projectVenvs(root);
  const found = findModelRequirements(model, root, options.requirements ?? null);
  if (!found && !named && venvs.length === 0) return { kind: "none-needed" };

  const requirements = found ? readRequirements(found.path, root) : null;
  const file = requirements?.file ?? "(no requirements file)";
  const aliased = resolveRequirementAliases(requirements?.requirements ?? [], file);
  const choice = await findPython({
    explicit: named,
    requirements: aliased.requirements,
    env: options.env,
    cwd: root,
    probe: options.probe,
    first: venvs,
  });
  const slipway = options.slipway ?? "slipway run";
  if (choice.chosen) {
    const { command, executable, version, requirements: have, checkedVersions } = choice.chosen;
    const installed = have
      .filter((requirement) => requirement.installed)
      .map((requirement) => `${requirement.name} ${requirement.installed}`);
    const skippedLines = requirements?.unchecked.length
      ? `; not checked: ${requirements.unchecked.join(", ")}`
      : "";
    const shown = venvs.includes(command) ? relative(root, command) : command;
    return {
      kind: "chosen",
      python: { command, executable, version },
      requirementsFile: requirements?.file ?? null,
      warnings: aliased.warnings,
      summary:
        `${shown} (Python ${version})` +
        (requirements
          ? ` has what ${file} asks for${installed.length ? `: ${installed.join(", ")}` : ""}${checkedVersions ? "" : " (versions not checked: no `packaging` module)"}${skippedLines}`
          : ""),
    };
  }
  if (named) {
    // A Python the user named and that cannot run the model is a usage error, never a skip.
    const look = choice.looked[0];
    throw new InputError(
      namedBy,
      `${look?.command ?? named}${look?.facts ? ` (Python ${look.facts.version}) lacks ${describeMissing(look.missing)}` : `: ${look?.error ?? "no answer"}`}. ${pythonNextStep(choice.looked, file, slipway)}`,
    );
  }
  return {
    kind: "missing",
    reason: describeLooked(choice.looked, file),
    next: pythonNextStep(choice.looked, file, slipway),
  };
}
