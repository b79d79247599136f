/** What a CLI command may touch of the world; tests pass their own. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colours, progress). */
  isTTY: boolean;
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** Options every command takes. */
export interface CommonOptions {
  json?: boolean;
  config?: string;
}
