/**
 * The one check of the files a config names, run by `slipway config check` and before anything
 * `slipway run` does: every path (or glob) a key holds must name at least one file, and the metrics
 * files must be readable and must not give a metric the predictions also give (checkMetricsFiles).
 * Files a run writes (metrics, predictions, JUnit results, the trained model) may be missing before
 * the run that writes them; those are warnings when a configured command can write them, errors
 * when nothing could. Pure: the file system comes in as a seam (repositoryFilesAt for a folder).
 */
import { checkMetricsFiles } from "./check-metrics-files.js";
import { isGlob, normalise } from "./globs.js";
import type { Config } from "./schema.js";

/** What the check may ask of the repository; paths are relative to its root, with "/" separators. */
export interface RepositoryFiles {
  /** Whether a file (or folder, for `folder: true` keys) exists. */
  exists(path: string, kind: "file" | "folder"): boolean;
  /** The files a glob matches. */
  glob(pattern: string): string[];
  /** A file's text, or null when there is none. */
  read(path: string): string | null;
}

export interface ConfigFileProblem {
  /** Key path in the config: ["data", 0, "schema"] is `data[0].schema`. */
  keyPath: (string | number)[];
  /** The path or glob as written (or the file a glob matched, for a problem in that file). */
  path: string;
  /** error: the run cannot work; warning: a run writes it, it is just not there yet. */
  level: "error" | "warning";
  detail: string;
}

interface Reference {
  keyPath: (string | number)[];
  path: string;
  kind: "file" | "folder";
  /** The configured command that writes this file, when one does. */
  writtenBy?: string;
}

/** Every file reference in the config, with its key path. */
export function fileReferences(config: Config): Reference[] {
  const refs: Reference[] = [];
  /** One path, or a list of them (each then has its index in the key path). */
  const add = (
    keyPath: (string | number)[],
    value: string | readonly string[] | undefined,
    extra: Partial<Reference> = {},
  ) => {
    if (typeof value === "string") {
      if (value) refs.push({ keyPath, path: value, kind: "file", ...extra });
      return;
    }
    for (const [i, path] of (value ?? []).entries()) {
      refs.push({ keyPath: [...keyPath, i], path, kind: "file", ...extra });
    }
  };
  for (const [i, dataset] of config.data.entries()) {
    add(["data", i, "path"], dataset.path);
    add(["data", i, "schema"], dataset.schema);
    // `postgres:<table>`: a table in the dataset's database (drift inside it), not a file.
    if (!dataset.reference?.startsWith("postgres:")) add(["data", i, "reference"], dataset.reference);
  }
  const model = config.model;
  // Metrics, predictions and the trained model come from the model's commands.
  const producer = model?.evaluate ? "model.evaluate" : model?.test ? "model.test" : undefined;
  if (model) {
    add(["model", "metrics"], model.metrics, written(producer));
    add(["model", "params"], model.params);
    add(["model", "predictions", "path"], model.predictions?.path, written(producer));
    add(["model", "junit"], model.junit, written(model.test ? "model.test" : undefined));
    add(["model", "baseline", "report"], model.baseline?.report);
  }
  const pkg = config.package;
  if (pkg) {
    add(["package", "model"], pkg.model, written(producer));
    add(["package", "requirements"], pkg.requirements);
    add(["package", "sample"], pkg.sample);
    // Only a custom image is built from the team's Dockerfile and context folder.
    if (pkg.framework === "custom") {
      add(["package", "dockerfile"], pkg.dockerfile);
      add(["package", "context"], pkg.context, { kind: "folder" });
    }
  }
  return refs;
}

export function checkConfigFiles(config: Config, files: RepositoryFiles): ConfigFileProblem[] {
  const missing: ConfigFileProblem[] = [];
  for (const ref of fileReferences(config)) {
    const found = isGlob(ref.path)
      ? files.glob(normalise(ref.path)).length > 0
      : files.exists(normalise(ref.path), ref.kind);
    if (found) continue;
    const what = isGlob(ref.path)
      ? "matches no file"
      : ref.kind === "folder"
        ? "is not a folder"
        : "does not exist";
    missing.push({
      keyPath: ref.keyPath,
      path: ref.path,
      level: ref.writtenBy ? "warning" : "error",
      detail: ref.writtenBy
        ? `"${ref.path}" ${what} yet; ${ref.writtenBy} is expected to write it.`
        : `"${ref.path}" ${what}. Fix the path, or add the file (paths start at the repository root).`,
    });
  }
  return config.model ? [...missing, ...checkMetricsFiles(config.model, files)] : missing;
}

function written(by: string | undefined): Partial<Reference> {
  return by ? { writtenBy: by } : {};
}
