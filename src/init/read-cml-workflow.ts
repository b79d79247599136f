/**
 * A workflow a team wrote for CML (`cml comment create report.md`, the older `cml-send-comment`):
 * its `run:` scripts already say how the model is trained and evaluated here — the `python …`
 * commands with their arguments, in order — and which requirements file `pip install -r` installs.
 * Pure: the files and a reader come in.
 */
import { parse } from "yaml";

export interface CmlWorkflow {
  /** The workflow file. */
  file: string;
  /** Its `python …` commands, in order, exactly as written. */
  commands: string[];
  requirements?: string;
}

const CML = /(^|[\s;&|])(cml[\s-](comment|send-comment|publish|pr\b)|cml-send-comment|cml-publish)/m;

export function readCmlWorkflow(
  files: readonly string[],
  read: (path: string) => string | null,
): CmlWorkflow | null {
  const workflows = files.filter((path) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path));
  for (const file of workflows) {
    const text = read(file);
    if (!text || !CML.test(text)) continue;
    let doc: { jobs?: Record<string, { steps?: { run?: unknown }[] }> } = {};
    try {
      doc = parse(text) ?? {};
    } catch {
      continue;
    }
    const scripts = Object.values(doc.jobs ?? {}).flatMap((job) =>
      (job?.steps ?? []).map((step) => (typeof step?.run === "string" ? step.run : "")),
    );
    const lines = scripts.flatMap(scriptLines);
    const commands = lines.filter(
      (line) => /^python3?\s+(?!-m\s+pip\b)\S/.test(line) && !line.includes("${{") && !/[|>]/.test(line),
    );
    const requirements = lines
      .map((line) => /\bpip3?\s+install\b.*\s-r\s+(\S+)/.exec(line)?.[1])
      .find(Boolean);
    if (commands.length === 0) continue;
    return { file, commands, ...(requirements ? { requirements } : {}) };
  }
  return null;
}

/** A shell script's commands: comments dropped, `\` continuations joined, one command a line. */
function scriptLines(script: string): string[] {
  return script
    .replace(/\s*\\\r?\n\s*/g, " ")
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}
