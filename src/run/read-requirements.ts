/**
 * The requirements the team's model commands need, from a pip requirements file: the lines pip
 * would install, with `-r other.txt` includes followed. Only which requirement lines there are is
 * decided here; whether a Python satisfies them is asked of that Python (probe-python.ts), which
 * parses them with `packaging`, as pip does.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { InputError } from "../errors.js";

/** The file `slipway run` looks for in the repository root when none is named. */
export const DEFAULT_REQUIREMENTS = "requirements.txt";

export interface ParsedRequirements {
  /** Requirement specifiers as written (`scikit-learn>=1.2`, `pandas; python_version >= "3.9"`). */
  requirements: string[];
  /** Files named by `-r` / `--requirement`, as written. */
  includes: string[];
  /** Lines pip understands but we do not check (URLs, local paths, editable installs, options). */
  unchecked: string[];
}

/** Parses one requirements file's text (pip's format: comments, `\` continuations, options). */
export function parseRequirements(text: string): ParsedRequirements {
  const parsed: ParsedRequirements = { requirements: [], includes: [], unchecked: [] };
  for (const raw of joinContinuations(text)) {
    // A comment starts at "#" at the line's start or after whitespace (pip's rule: URLs keep their fragments).
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) continue;
    const include = /^(?:-r|--requirement)(?:\s+|=)(.+)$/.exec(line);
    if (include) {
      parsed.includes.push((include[1] ?? "").trim());
      continue;
    }
    if (line.startsWith("-") || /^[a-z+]+:\/\//i.test(line) || /^[./~]/.test(line)) {
      parsed.unchecked.push(line);
      continue;
    }
    parsed.requirements.push(line);
  }
  return parsed;
}

function joinContinuations(text: string): string[] {
  const lines: string[] = [];
  let current = "";
  for (const line of text.split(/\r?\n/)) {
    if (line.endsWith("\\")) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    lines.push(current + line);
    current = "";
  }
  if (current) lines.push(current);
  return lines;
}

export interface RequirementsFile {
  /** The file as the user named it (relative to the repository root when it is inside it). */
  file: string;
  requirements: string[];
  unchecked: string[];
}

/** Reads a requirements file and the files it includes; a missing include is an error naming the line's file. */
export function readRequirements(path: string, root: string): RequirementsFile {
  const shown = (file: string) => {
    const rel = relative(root, file);
    return rel && !rel.startsWith("..") ? rel : file;
  };
  const requirements: string[] = [];
  const unchecked: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, from: string | null) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) {
      throw new InputError(
        shown(file),
        from
          ? `does not exist (included with -r from ${shown(from)}). Fix the -r line or add the file.`
          : "does not exist. Pass an existing requirements file, or none.",
      );
    }
    const parsed = parseRequirements(readFileSync(file, "utf8"));
    requirements.push(...parsed.requirements);
    unchecked.push(...parsed.unchecked);
    for (const include of parsed.includes) visit(resolve(dirname(file), include), file);
  };
  visit(resolve(root, path), null);
  return { file: shown(resolve(root, path)), requirements: [...new Set(requirements)], unchecked };
}
