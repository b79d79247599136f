/**
 * Runs a bundled step as the runner does (INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files), like test/helpers/run-action-step.ts but without blocking this process: the gate step
 * talks to a GitHub double served from the test's own event loop.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFileCommands, type StepRun } from "../../helpers/run-action-step.js";

export async function runActionStepAsync(
  bundle: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
): Promise<Omit<StepRun, "annotations"> & { errors: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "slipway-step-"));
  const files = { GITHUB_OUTPUT: join(dir, "output"), GITHUB_STEP_SUMMARY: join(dir, "summary") };
  for (const file of Object.values(files)) writeFileSync(file, "");
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value]),
  );
  const child = spawn(process.execPath, [bundle], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...files, ...inputEnv, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return {
    status,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, "utf8")),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
    // `::error::` lines, their %-escapes undone as the runner does.
    errors: stdout
      .split("\n")
      .filter((line) => line.startsWith("::error::"))
      .map((line) => decodeURIComponent(line.slice("::error::".length).replace(/%(?![0-9A-F]{2})/g, "%25"))),
  };
}
