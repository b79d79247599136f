/**
 * Runs a bundled JavaScript step (dist/<step>/index.js) the way the runner does: inputs as INPUT_*
 * variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV files, workflow commands on stdout.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface StepRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error file=…,line=…::message` commands, parsed. */
  annotations: { level: string; properties: Record<string, string>; message: string }[];
}

export function runActionStep(
  bundle: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
): StepRun {
  const dir = mkdtempSync(join(tmpdir(), "slipway-step-"));
  const files = {
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STEP_SUMMARY: join(dir, "summary"),
    GITHUB_ENV: join(dir, "env"),
  };
  for (const file of Object.values(files)) writeFileSync(file, "");
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value]),
  );
  const run = spawnSync(process.execPath, [bundle], {
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...files, ...inputEnv, ...env },
  });
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, "utf8")),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
    annotations: parseAnnotations(run.stdout),
  };
}

/** The `name<<delimiter … delimiter` format @actions/core writes to GITHUB_OUTPUT. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      out[heredoc[1]!] = value.join("\n");
    } else if (lines[i]!.includes("=")) {
      const at = lines[i]!.indexOf("=");
      out[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return out;
}

function parseAnnotations(stdout: string): StepRun["annotations"] {
  const found: StepRun["annotations"] = [];
  for (const line of stdout.split("\n")) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties = Object.fromEntries(
      (match[2] ?? "")
        .split(",")
        .filter(Boolean)
        .map((pair) => {
          const at = pair.indexOf("=");
          return [pair.slice(0, at), unescapeCommand(pair.slice(at + 1))];
        }),
    );
    found.push({ level: match[1]!, properties, message: unescapeCommand(match[3]!) });
  }
  return found;
}

/** Undoes @actions/core's escaping of workflow-command data and properties. */
function unescapeCommand(text: string): string {
  return text
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%25/g, "%");
}
