/**
 * An MLflow project's `MLproject`: the main entry point's command with its parameters' defaults
 * filled in (what `mlflow run .` runs), and the Python version and requirements file of its
 * python_env.yaml or conda.yaml. Pure: a reader comes in.
 */
import { parse } from "yaml";

export interface MlProject {
  /** The command with every `{param}` filled from its default; null when a parameter has none. */
  command: string | null;
  /** Parameters without a default, when command is null. */
  missing: string[];
  python?: string;
  requirements?: string;
}

interface EntryPoint {
  command?: string;
  parameters?: Record<string, unknown>;
}

export function readMlProject(read: (path: string) => string | null): MlProject | null {
  const text = read("MLproject") ?? read("MLProject");
  if (text === null) return null;
  let doc: {
    entry_points?: Record<string, EntryPoint>;
    python_env?: string;
    conda_env?: string;
  } = {};
  try {
    doc = parse(text) ?? {};
  } catch {
    return { command: null, missing: [] };
  }
  const entry = doc.entry_points?.main ?? Object.values(doc.entry_points ?? {})[0];
  const missing: string[] = [];
  const command =
    entry?.command?.replace(/\{([\w-]+)\}/g, (placeholder, name: string) => {
      const definition = entry.parameters?.[name];
      const fallback =
        definition && typeof definition === "object"
          ? (definition as { default?: unknown }).default
          : // `alpha: float` declares a type, not a default.
            undefined;
      if (fallback === undefined || fallback === null) {
        missing.push(name);
        return placeholder;
      }
      return shellWord(String(fallback));
    }) ?? null;
  return {
    command: command && missing.length === 0 ? command : null,
    missing,
    ...environment(read, doc.python_env, doc.conda_env),
  };
}

/** python_env.yaml (`python:`, `dependencies: [-r requirements.txt]`) or conda.yaml (`python=3.x`, pip `-r`). */
function environment(
  read: (path: string) => string | null,
  pythonEnv: string | undefined,
  condaEnv: string | undefined,
): { python?: string; requirements?: string } {
  const file = pythonEnv ?? condaEnv;
  const text = file ? read(file) : null;
  if (!text) return {};
  let doc: { python?: unknown; dependencies?: unknown[] } = {};
  try {
    doc = parse(text) ?? {};
  } catch {
    return {};
  }
  const entries = (doc.dependencies ?? []).flatMap((entry) =>
    typeof entry === "string"
      ? [entry]
      : entry && typeof entry === "object"
        ? (Object.values(entry).flat() as unknown[]).map(String)
        : [],
  );
  const condaPython = entries.map((e) => /^python\s*[=<>~]*\s*(\d+\.\d+)/.exec(e)?.[1]).find(Boolean);
  const pinned = doc.python !== undefined ? /^(\d+\.\d+)/.exec(String(doc.python))?.[1] : condaPython;
  const requirements = entries.map((e) => /^-r\s+(\S+)$/.exec(e.trim())?.[1]).find(Boolean);
  return { ...(pinned ? { python: pinned } : {}), ...(requirements ? { requirements } : {}) };
}

function shellWord(value: string): string {
  return /^[\w./:=+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
