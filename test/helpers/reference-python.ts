/**
 * Runs a Python snippet with Debian's /usr/bin/python3 (which has scipy, scikit-learn and pandas;
 * the python3 on PATH is a pyenv build without them) and returns what it printed as JSON.
 * The reference values our numbers are checked against are computed this way at test time.
 */
import { execFileSync } from "node:child_process";

export const REFERENCE_PYTHON = process.env.SLIPWAY_REFERENCE_PYTHON ?? "/usr/bin/python3";

export function runReferencePython<T = unknown>(script: string, args: string[] = []): T {
  const out = execFileSync(REFERENCE_PYTHON, ["-c", script, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as T;
}
