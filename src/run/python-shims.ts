/**
 * Makes the chosen Python the `python` and `python3` of the team's commands (`python train.py`,
 * `python -m pytest`) without touching the machine: two tiny scripts in a temporary folder put
 * first on the commands' PATH. Scripts, not symlinks: a symlinked venv interpreter would lose its
 * venv (Python finds pyvenv.cfg next to the path it was started by).
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";

export interface PythonEnv {
  env: NodeJS.ProcessEnv;
  /** Removes the temporary folder (nothing on Windows). */
  remove(): void;
}

export function pythonEnv(
  executable: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): PythonEnv {
  if (platform === "win32") {
    // cmd.exe runs no shell scripts: the interpreter's own folder goes first instead.
    return { env: { ...env, PATH: `${dirname(executable)};${env.PATH ?? ""}` }, remove: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), "slipway-python-"));
  const quoted = `'${executable.replace(/'/g, `'\\''`)}'`;
  for (const name of ["python", "python3"]) {
    const file = join(dir, name);
    writeFileSync(
      file,
      `#!/bin/sh\n# Made by slipway run: the Python it chose for this run.\nexec ${quoted} "$@"\n`,
    );
    chmodSync(file, 0o755);
  }
  return {
    env: { ...env, PATH: `${dir}${delimiter}${env.PATH ?? ""}` },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
