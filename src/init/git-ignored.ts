/**
 * Whether git ignores a path, by the repository's own rules: every `.gitignore` (a deeper one
 * overrides a shallower one) and `.git/info/exclude`, matched with the `ignore` package (git's
 * pattern semantics). A path inside an ignored folder is ignored, whatever a negation says, as in
 * git. A person's global excludes file is not read: it is theirs, not the team's or CI's.
 * Pure: the file list and a reader come in.
 */
import ignore, { type Ignore } from "ignore";

/** `path` from the repository's root, "/" separated; a folder ends with "/". */
export type IsIgnored = (path: string) => boolean;

export function gitIgnored(files: readonly string[], read: (path: string) => string | null): IsIgnored {
  const sources = [
    { file: ".git/info/exclude", base: "" },
    ...files
      .filter((path) => path === ".gitignore" || path.endsWith("/.gitignore"))
      .map((file) => ({ file, base: file.slice(0, -".gitignore".length) }))
      .sort((a, b) => a.base.split("/").length - b.base.split("/").length || a.base.localeCompare(b.base)),
  ];
  const matchers: { base: string; rules: Ignore }[] = [];
  for (const { file, base } of sources) {
    const text = read(file);
    if (text) matchers.push({ base, rules: ignore().add(text) });
  }
  return (path) => {
    const parts = path.replace(/\/+$/, "").split("/");
    for (let depth = 1; depth <= parts.length; depth++) {
      const folder = depth < parts.length || path.endsWith("/");
      const prefix = `${parts.slice(0, depth).join("/")}${folder ? "/" : ""}`;
      let ignored = false;
      for (const { base, rules } of matchers) {
        if (!prefix.startsWith(base) || prefix === base) continue;
        const result = rules.test(prefix.slice(base.length));
        if (result.ignored) ignored = true;
        else if (result.unignored) ignored = false;
      }
      if (ignored) return true;
    }
    return false;
  };
}
