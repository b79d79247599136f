/**
 * The seam through which model testing reads its inputs: the working tree for the head, a git
 * revision for the baseline. Paths are relative to the repository root, as written in the config.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expandGlob, isGlob } from "../../config/globs.js";
import { InputError } from "../../errors.js";

export interface ModelFiles {
  /** Where the files come from, for messages: "the working tree", "origin/main". */
  readonly where: string;
  /** The file's bytes, or null when it does not exist there. */
  read(path: string): Promise<Buffer | null>;
  /** The paths a pattern names: itself when it has no wildcard, else the matching files (maybe none). */
  expand(pattern: string): Promise<string[]>;
}

export function workingTreeFiles(root: string): ModelFiles {
  return {
    where: "the working tree",
    async read(path) {
      try {
        return readFileSync(join(root, path));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") return null;
        throw new InputError(path, `cannot be read (${code ?? String(error)}).`, {}, { cause: error });
      }
    },
    async expand(pattern) {
      return isGlob(pattern) ? expandGlob(root, pattern) : [pattern];
    },
  };
}
