/**
 * Which Python runs the team's model commands: the one named (`--python`, SLIPWAY_PYTHON), else the
 * project's own virtual environment (.venv, venv), else the first `python3` / `python` along PATH
 * that has what the requirements file asks for. Looking past
 * the first one on PATH matters on real machines: a pyenv or Homebrew Python often shadows the
 * system one that has the scientific packages (Debian's python3-sklearn, for one).
 */
import { accessSync, constants, existsSync, realpathSync, statSync } from "node:fs";
import { delimiter, isAbsolute, join, resolve } from "node:path";
import { InputError } from "../errors.js";
import type { ProbePython, PythonFacts, RequirementStatus } from "./probe-python.js";

export interface PythonLook {
  command: string;
  /** What it answered, or why it could not. */
  facts: PythonFacts | null;
  error: string | null;
  /** The requirements it lacks (empty when it has them all). */
  missing: RequirementStatus[];
}

export interface PythonChoice {
  /** The chosen interpreter, or null when none qualifies. */
  chosen: (PythonFacts & { command: string }) | null;
  looked: PythonLook[];
}

export interface FindPythonOptions {
  /** `--python` / SLIPWAY_PYTHON: a path or a name looked up on PATH. */
  explicit?: string | null;
  requirements: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  probe: ProbePython;
  platform?: NodeJS.Platform;
  /** Interpreters tried before PATH's (the project's virtual environments). */
  first?: readonly string[];
}

/** The project's virtual environments' interpreters, in the order tried: .venv, then venv. */
export function projectVenvs(root: string, platform: NodeJS.Platform = process.platform): string[] {
  const inside = platform === "win32" ? ["Scripts", "python.exe"] : ["bin", "python"];
  return [".venv", "venv"].map((dir) => join(root, dir, ...inside)).filter(isExecutable);
}

export async function findPython(options: FindPythonOptions): Promise<PythonChoice> {
  const path = options.env.PATH ?? "";
  const platform = options.platform ?? process.platform;
  let candidates: string[];
  if (options.explicit) {
    const found = resolveCommand(options.explicit, path, options.cwd, platform);
    if (!found) {
      throw new InputError(
        "--python",
        `"${options.explicit}" is not an executable file${options.explicit.includes("/") ? "" : " on PATH"}. Give the path of a Python interpreter (e.g. .venv/bin/python).`,
      );
    }
    candidates = [found];
  } else {
    candidates = [...(options.first ?? []), ...pythonCandidates(path, platform)];
  }
  const looked: PythonLook[] = [];
  const seen = new Set<string>();
  for (const command of candidates) {
    const answer = await options.probe(command, options.requirements, options.env);
    if ("error" in answer) {
      looked.push({ command, facts: null, error: answer.error, missing: [] });
      continue;
    }
    // pyenv's python and python3 shims are one interpreter: say it once.
    if (seen.has(answer.executable)) continue;
    seen.add(answer.executable);
    const missing = answer.requirements.filter((requirement) => !requirement.ok);
    looked.push({ command, facts: answer, error: null, missing });
    if (missing.length === 0) return { chosen: { ...answer, command }, looked };
  }
  return { chosen: null, looked };
}

/** Every python3 / python executable along PATH, in PATH order, each real file once. */
export function pythonCandidates(path: string, platform: NodeJS.Platform = process.platform): string[] {
  const names = platform === "win32" ? ["python.exe", "python3.exe"] : ["python3", "python"];
  const found: string[] = [];
  const real = new Set<string>();
  for (const dir of path.split(platform === "win32" ? ";" : delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      if (!isExecutable(candidate)) continue;
      // A venv's python links to its base interpreter but is another Python (its own packages):
      // the same file counts once per venv, found by the pyvenv.cfg above it.
      const venv = existsSync(join(dir, "..", "pyvenv.cfg")) ? resolve(dir, "..") : "";
      const target = `${realpathSync(candidate)}\0${venv}`;
      if (real.has(target)) continue;
      real.add(target);
      found.push(candidate);
    }
  }
  return found;
}

function resolveCommand(
  command: string,
  path: string,
  cwd: string,
  platform: NodeJS.Platform,
): string | null {
  if (isAbsolute(command) || command.includes("/") || command.includes("\\")) {
    const absolute = resolve(cwd, command);
    return isExecutable(absolute) ? absolute : null;
  }
  for (const dir of path.split(platform === "win32" ? ";" : delimiter)) {
    if (!dir) continue;
    for (const name of platform === "win32" ? [command, `${command}.exe`] : [command]) {
      if (isExecutable(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** "scikit-learn>=1.2 (not installed)", "pandas>=2 (has 1.5.3)". */
export function describeMissing(missing: readonly RequirementStatus[], limit = 6): string {
  const shown = missing.slice(0, limit).map((requirement) => {
    if (requirement.error) return `${requirement.requirement} (unreadable: ${requirement.error})`;
    return requirement.installed === null
      ? `${requirement.requirement} (not installed)`
      : `${requirement.requirement} (has ${requirement.installed})`;
  });
  if (missing.length > limit) shown.push(`and ${missing.length - limit} more`);
  return shown.join(", ");
}

/** Why no Python qualified, one clause per interpreter looked at. */
export function describeLooked(looked: readonly PythonLook[], requirementsFile: string): string {
  if (looked.length === 0) return "no Python on PATH (looked for python3 and python)";
  const parts = looked.map((look) => {
    if (!look.facts) return `${look.command}: ${look.error}`;
    const which = `${look.command} (Python ${look.facts.version})`;
    return `${which} lacks ${describeMissing(look.missing)}`;
  });
  return `no Python here has what ${requirementsFile} asks for: ${parts.join("; ")}`;
}

/**
 * The next step: the exact commands that make a Python with the requirements (a .venv in the
 * project, which the next run finds by itself), or naming one.
 */
export function pythonNextStep(
  looked: readonly PythonLook[],
  requirementsFile: string,
  slipway = "slipway run",
): string {
  const first = looked.find((look) => look.facts)?.command;
  const name = `or name a Python that has them: ${slipway} --python PATH (or SLIPWAY_PYTHON=PATH).`;
  if (!first) {
    return `Install Python 3, then: python3 -m venv .venv && .venv/bin/python -m pip install -r ${requirementsFile} (${slipway} then uses .venv); ${name}`;
  }
  return `Make one: ${first} -m venv .venv && .venv/bin/python -m pip install -r ${requirementsFile} (${slipway} then uses .venv); ${name}`;
}
