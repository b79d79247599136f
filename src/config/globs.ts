/**
 * File globs (`reports/*.xml`, `results/**\/junit-*.xml`, `data/part-[0-9].csv`) expanded under a
 * folder. The syntax is picomatch's (the glob library the gate's branch patterns already use), so
 * every glob in the config means the same thing; Node 20 has no fs.glob to walk with.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import picomatch from "picomatch";

/**
 * Whether `pattern` holds glob syntax (`*`, `?`, `[…]`, `{a,b}`), so it names files by a rule.
 * Parentheses alone do not make a glob: `results (1).json` is a file people have, and picomatch
 * would read `(1)` as a group.
 */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern) && picomatch.scan(normalise(pattern)).isGlob;
}

/** A matcher of whole relative paths (with "/" separators) against `pattern`. */
export function globMatcher(pattern: string): (path: string) => boolean {
  const matcher = picomatch(normalise(pattern));
  // One argument only: picomatch's second one asks for a result object (truthy), as `filter` would pass.
  return (path) => matcher(path);
}

/** Relative paths (sorted, "/" separators) of the files under `root` that match `pattern`. */
export function expandGlob(root: string, pattern: string): string[] {
  const normalised = normalise(pattern);
  const { base } = picomatch.scan(normalised);
  const matches = globMatcher(normalised);
  const out: string[] = [];
  const walk = (relative: string) => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(join(root, relative), { withFileTypes: true });
    } catch {
      return; // a folder that does not exist matches nothing
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== ".git" && entry.name !== "node_modules") walk(path);
      } else if (matches(path)) out.push(path);
    }
  };
  walk(base);
  return out.sort();
}

/** A path or glob as the config writes it, in "/" separators without a leading "./". */
export function normalise(pattern: string): string {
  return pattern.replace(/\\/g, "/").replace(/^\.\//, "");
}
