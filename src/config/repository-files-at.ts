/** The file-system side of checkConfigFiles: a repository folder as RepositoryFiles. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { RepositoryFiles } from "./check-config-files.js";
import { expandGlob } from "./globs.js";

export function repositoryFilesAt(root: string): RepositoryFiles {
  const kindOf = (path: string) => {
    const absolute = resolve(root, path);
    if (!existsSync(absolute)) return null;
    return statSync(absolute).isDirectory() ? "folder" : "file";
  };
  return {
    exists: (path, kind) => kindOf(path) === kind,
    // An absolute glob is outside the repository: nothing there is the config's to check.
    glob: (pattern) => (isAbsolute(pattern) ? [pattern] : expandGlob(root, pattern)),
    read: (path) => (kindOf(path) === "file" ? readFileSync(resolve(root, path), "utf8") : null),
  };
}
