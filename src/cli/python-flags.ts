/**
 * The flags that choose the Python of the model's commands, shared by `slipway run` and
 * `slipway test-model` so both choose it alike (src/run/prepare-python.ts does the choosing).
 */
import { resolve } from "node:path";
import { Option } from "commander";

export interface PythonFlags {
  python?: string;
  requirements?: string;
}

export function pythonOption(): Option {
  return new Option(
    "--python <path>",
    "the Python for the model's commands (default: SLIPWAY_PYTHON, else the project's .venv or venv, else the first on PATH with the requirements)",
  );
}

export function requirementsOption(): Option {
  return new Option(
    "--requirements <path>",
    "what the model's commands need (default: model.requirements, else requirements.txt at the root, beside the scripts or in dvc.yaml's deps)",
  );
}

/** --requirements as a path: relative to the shell's folder, as flag paths are; null when not given. */
export function requirementsFlag(flags: PythonFlags, cwd: string): string | null {
  return flags.requirements ? resolve(cwd, flags.requirements) : null;
}
