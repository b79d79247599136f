/**
 * File globs (`reports/*.xml`, `results/**\/junit-*.xml`) expanded under a folder. Hand-written
 * because Node 20 has no fs.glob and no glob package is a declared dependency; the syntax is the
 * small part people write in CI config: `*` and `?` within one path segment, `**` across segments.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

export function hasGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** A RegExp matching whole relative paths (with "/" separators) against `pattern`. */
export function globToRegExp(pattern: string): RegExp {
  let source = "";
  const segments = normalise(pattern).split("/");
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === "**") {
      // Zero or more whole segments.
      source += last ? ".*" : "(?:[^/]+/)*";
      return;
    }
    for (const ch of segment) {
      if (ch === "*") source += "[^/]*";
      else if (ch === "?") source += "[^/]";
      else source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
    if (!last) source += "/";
  });
  return new RegExp(`^${source}$`);
}

/** Relative paths (sorted, "/" separators) of the files under `root` that match `pattern`. */
export function expandGlob(root: string, pattern: string): string[] {
  const normalised = normalise(pattern);
  const segments = normalised.split("/");
  const firstWild = segments.findIndex((segment) => hasGlob(segment));
  const base = segments.slice(0, firstWild).join("/");
  const matcher = globToRegExp(normalised);
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
      } else if (matcher.test(path)) out.push(path);
    }
  };
  walk(base);
  return out.sort();
}

function normalise(pattern: string): string {
  return pattern.replace(/\\/g, "/").replace(/^\.\//, "");
}
