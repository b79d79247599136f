/**
 * Runs one of the team's commands (tests, evaluation) through the shell, as CI would: output is
 * passed through as it comes (so a long training run shows progress) and its tail is kept for the
 * report and error messages.
 */
import { spawn } from "node:child_process";

export interface CommandResult {
  command: string;
  exitCode: number;
  /** The last part of stdout and stderr, interleaved as they came. */
  output: string;
  seconds: number;
}

export interface RunShellOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Called with each chunk of output as it arrives. */
  onOutput?: (chunk: string) => void;
}

export type RunShell = (command: string, options: RunShellOptions) => Promise<CommandResult>;

/** What we keep of a command's output: enough for a traceback, bounded for a job summary. */
const KEEP_CHARS = 64 * 1024;

export const runShell: RunShell = (command, options) =>
  new Promise((resolve) => {
    const started = performance.now();
    let output = "";
    const child = spawn(command, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      shell: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const take = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      options.onOutput?.(text);
      output += text;
      if (output.length > 2 * KEEP_CHARS) output = output.slice(-KEEP_CHARS);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    const finish = (exitCode: number, extra = "") =>
      resolve({
        command,
        exitCode,
        output: (output + extra).slice(-KEEP_CHARS),
        seconds: (performance.now() - started) / 1000,
      });
    child.on("error", (error) => finish(127, `\n${error.message}`));
    child.on("close", (code, signal) => {
      if (code !== null) finish(code);
      else finish(128, `\n(stopped by signal ${signal})`);
    });
  });

/** The last `lines` lines of a command's output, for a message. */
export function outputTail(output: string, lines = 40): string {
  const all = output.replace(/\s+$/, "").split("\n");
  const tail = all.slice(-lines).join("\n");
  return all.length > lines ? `… (${all.length - lines} earlier lines in the log)\n${tail}` : tail;
}
