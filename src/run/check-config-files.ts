/**
 * Before anything runs: every file .github/slipway.yml names as an input exists. Outputs of the
 * team's commands (metrics, predictions, JUnit, the model file) are not checked here: the run
 * makes them. All missing files are named at once, each with its key, so one edit fixes them all
 * rather than one per (possibly minutes-long) run.
 */
import { existsSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { expandGlob, isGlob } from "../config/globs.js";
import type { LoadedConfig } from "../config/load-config.js";
import { ConfigError } from "../errors.js";

export interface MissingFile {
  keyPath: string;
  path: string;
  /** What the file is for, to say what to do. */
  kind: "file" | "folder" | "glob";
}

/** The input files of a config that do not exist (relative paths start at the repository root). */
export function findMissingFiles(loaded: LoadedConfig): MissingFile[] {
  const { config, root } = loaded;
  const missing: MissingFile[] = [];
  const file = (keyPath: string, path: string | undefined) => {
    if (path === undefined) return;
    if (isGlob(path)) {
      const absolute = isAbsolute(path);
      const matches = absolute ? [] : expandGlob(root, path);
      if (!absolute && matches.length === 0) missing.push({ keyPath, path, kind: "glob" });
      return;
    }
    const at = resolve(root, path);
    if (!existsSync(at) || !statSync(at).isFile()) missing.push({ keyPath, path, kind: "file" });
  };
  config.data.forEach((dataset, index) => {
    file(`data[${index}].path`, dataset.path);
    file(`data[${index}].schema`, dataset.schema);
    file(`data[${index}].reference`, dataset.reference);
  });
  config.model?.params.forEach((path, index) => {
    file(`model.params[${index}]`, path);
  });
  file("model.baseline.report", config.model?.baseline?.report);
  const pkg = config.package;
  if (pkg) {
    file("package.requirements", pkg.requirements);
    file("package.sample", pkg.sample);
    if (pkg.framework === "custom") {
      file("package.dockerfile", pkg.dockerfile);
      const context = resolve(root, pkg.context);
      if (!existsSync(context) || !statSync(context).isDirectory()) {
        missing.push({ keyPath: "package.context", path: pkg.context, kind: "folder" });
      }
    }
  }
  return missing;
}

/** Throws one ConfigError naming every missing input file; does nothing when all exist. */
export function checkConfigFiles(loaded: LoadedConfig): void {
  const missing = findMissingFiles(loaded);
  if (missing.length === 0) return;
  const describe = (item: MissingFile) =>
    item.kind === "glob"
      ? `${item.path} matches no file`
      : `${item.path} does not exist${item.kind === "folder" ? " (a folder)" : ""}`;
  const hint =
    `Paths are relative to the repository root (${loaded.root}, the folder that holds .github/). ` +
    "Fix the paths or add the files" +
    (missing.some((item) => item.keyPath.endsWith(".schema"))
      ? "; `slipway infer-schema DATA -o SCHEMA` drafts a missing schema."
      : ".");
  if (missing.length === 1) {
    const only = missing[0]!;
    throw new ConfigError(loaded.file, only.keyPath, `${describe(only)}. ${hint}`);
  }
  throw new ConfigError(
    loaded.file,
    "",
    `${missing.length} files it names do not exist:\n${missing.map((item) => `  ${item.keyPath}: ${describe(item)}`).join("\n")}\n${hint}`,
  );
}
