/**
 * Before the model part: does it need a Python, and which one? It does when the model has
 * commands to run and either a requirements file says what they need or a Python was named.
 * Without a requirements file nothing is probed: the commands run with the machine's PATH as is
 * (they may be R, make, or a Python the team set up).
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { ModelConfig } from "../config/schema.js";
import { InputError } from "../errors.js";
import { describeLooked, describeMissing, findPython, pythonNextStep } from "./find-python.js";
import type { ProbePython } from "./probe-python.js";
import { DEFAULT_REQUIREMENTS, readRequirements } from "./read-requirements.js";
import type { PythonUsed } from "./run-result.js";

export type PythonPlan =
  | { kind: "none-needed" }
  | { kind: "chosen"; python: PythonUsed; requirementsFile: string | null; summary: string }
  | { kind: "missing"; reason: string; next: string };

export interface PreparePythonOptions {
  model: ModelConfig;
  root: string;
  /** `--python` / SLIPWAY_PYTHON. */
  explicit?: string | null;
  /** `--requirements` (absolute or relative to `root`); default requirements.txt in `root` when it exists. */
  requirements?: string | null;
  env: NodeJS.ProcessEnv;
  probe: ProbePython;
}

export async function preparePython(options: PreparePythonOptions): Promise<PythonPlan> {
  const { model, root } = options;
  if (!model.test && !model.evaluate) return { kind: "none-needed" };
  const requirementsPath =
    options.requirements ?? (existsSync(resolve(root, DEFAULT_REQUIREMENTS)) ? DEFAULT_REQUIREMENTS : null);
  if (!requirementsPath && !options.explicit) return { kind: "none-needed" };

  const requirements = requirementsPath ? readRequirements(requirementsPath, root) : null;
  const file = requirements?.file ?? "(no requirements file)";
  const choice = await findPython({
    explicit: options.explicit ?? null,
    requirements: requirements?.requirements ?? [],
    env: options.env,
    cwd: root,
    probe: options.probe,
  });
  if (choice.chosen) {
    const { command, executable, version, requirements: found, checkedVersions } = choice.chosen;
    const have = found
      .filter((requirement) => requirement.installed)
      .map((requirement) => `${requirement.name} ${requirement.installed}`);
    const skippedLines = requirements?.unchecked.length
      ? `; not checked: ${requirements.unchecked.join(", ")}`
      : "";
    return {
      kind: "chosen",
      python: { command, executable, version },
      requirementsFile: requirements?.file ?? null,
      summary:
        `${command} (Python ${version})` +
        (requirements
          ? ` has what ${file} asks for${have.length ? `: ${have.join(", ")}` : ""}${checkedVersions ? "" : " (versions not checked: no `packaging` module)"}${skippedLines}`
          : ""),
    };
  }
  if (options.explicit) {
    // A Python the user named and that cannot run the model is a usage error, never a skip.
    const look = choice.looked[0];
    throw new InputError(
      "--python",
      `${look?.command ?? options.explicit}${look?.facts ? ` (Python ${look.facts.version}) lacks ${describeMissing(look.missing)}` : `: ${look?.error ?? "no answer"}`}. ${pythonNextStep(choice.looked, file)}`,
    );
  }
  return {
    kind: "missing",
    reason: describeLooked(choice.looked, file),
    next: pythonNextStep(choice.looked, file),
  };
}
