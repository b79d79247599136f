/**
 * The one way packaging runs other programs (docker, buildah, podman, git). Never throws for a
 * non-zero exit or a missing program: the caller decides what that means and says it.
 */
import { type ChildProcess, spawn } from "node:child_process";

export interface ProcessResult {
  /** Exit code; null when the program could not be started or was killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as they arrived, for showing a build log. */
  output: string;
  /** Set when the program could not be started (ENOENT: not installed). */
  startError: NodeJS.ErrnoException | null;
}

export interface ProcessOptions {
  env: NodeJS.ProcessEnv;
  cwd?: string;
  input?: string;
  /** Called with output as it arrives (build logs streamed to a job log). */
  onOutput?: (text: string) => void;
}

export type RunProcess = (
  command: string,
  args: readonly string[],
  options: ProcessOptions,
) => Promise<ProcessResult>;

export const runProcess: RunProcess = (command, args, options) =>
  new Promise((resolvePromise) => {
    let stdout = "";
    let stderr = "";
    let output = "";
    let startError: NodeJS.ErrnoException | null = null;
    const child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    child.stdout?.setEncoding("utf8").on("data", (text: string) => {
      stdout += text;
      output += text;
      options.onOutput?.(text);
    });
    child.stderr?.setEncoding("utf8").on("data", (text: string) => {
      stderr += text;
      output += text;
      options.onOutput?.(text);
    });
    child.on("error", (error: NodeJS.ErrnoException) => {
      startError = error;
    });
    child.on("close", (code) => resolvePromise({ code, stdout, stderr, output, startError }));
    if (options.input !== undefined) child.stdin?.end(options.input);
  });

/** A long-running program (a container serving the model), in its own process group. */
export interface BackgroundProcess {
  readonly pid: number | undefined;
  /** Output so far (the last `limit` characters). */
  output(): string;
  /** The exit code once it ended, else undefined. */
  exitCode(): number | null | undefined;
  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves when it has ended. */
  stop(graceMs?: number): Promise<void>;
}

export type StartProcess = (
  command: string,
  args: readonly string[],
  options: ProcessOptions,
) => BackgroundProcess;

const OUTPUT_LIMIT = 256 * 1024;

export const startProcess: StartProcess = (command, args, options) => {
  let output = "";
  let exit: number | null | undefined;
  const child: ChildProcess = spawn(command, args, {
    env: options.env,
    cwd: options.cwd,
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so stopping it stops whatever it started.
    detached: true,
  });
  const ended = new Promise<void>((resolvePromise) => {
    child.on("close", (code) => {
      exit = code;
      resolvePromise();
    });
    child.on("error", (error) => {
      output += `${command}: ${error.message}\n`;
      exit = null;
      resolvePromise();
    });
  });
  const append = (text: string) => {
    output = (output + text).slice(-OUTPUT_LIMIT);
    options.onOutput?.(text);
  };
  child.stdout?.setEncoding("utf8").on("data", append);
  child.stderr?.setEncoding("utf8").on("data", append);
  const signal = (name: NodeJS.Signals) => {
    if (child.pid === undefined || exit !== undefined) return;
    try {
      process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  return {
    pid: child.pid,
    output: () => output,
    exitCode: () => exit,
    async stop(graceMs = 5000) {
      signal("SIGTERM");
      const timer = setTimeout(() => signal("SIGKILL"), graceMs);
      await ended;
      clearTimeout(timer);
    },
  };
};
