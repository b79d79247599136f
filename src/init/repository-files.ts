/**
 * The file-system seam of `slipway init`: list a repository's files (not descending into the
 * folders the finder skips), read one, write one. Tests use it on temporary folders.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { SKIPPED_DIRS } from "./find-project-files.js";

export interface RepositoryFiles {
  /** Relative paths with "/" separators, sorted. */
  list(): string[];
  read(path: string): string | null;
  write(path: string, content: string): void;
}

export function repositoryFiles(root: string): RepositoryFiles {
  return {
    list() {
      const out: string[] = [];
      const walk = (relative: string) => {
        for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
          const path = relative ? `${relative}/${entry.name}` : entry.name;
          if (entry.isDirectory()) {
            if (!SKIPPED_DIRS.has(entry.name)) walk(path);
          } else if (entry.isFile()) out.push(path);
        }
      };
      walk("");
      return out.sort();
    },
    read(path) {
      const file = join(root, path);
      return existsSync(file) && statSync(file).isFile() ? readFileSync(file, "utf8") : null;
    },
    write(path, content) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    },
  };
}
