/**
 * Before anything runs: the config's files checked as `slipway config check` checks them, and every
 * error named at once, each with its key, so one edit fixes them all rather than one per (possibly
 * minutes-long) run. Warnings (outputs a command has not written yet) are the run's to find.
 */
import { ConfigError } from "../errors.js";
import { type ConfigFileProblem, checkConfigFiles } from "./check-config-files.js";
import type { LoadedConfig } from "./load-config.js";
import { formatPath } from "./parse-config.js";
import { repositoryFilesAt } from "./repository-files-at.js";

/** Throws one ConfigError naming every file problem of the config; does nothing when there is none. */
export function assertConfigFiles(loaded: LoadedConfig): void {
  const errors = checkConfigFiles(loaded.config, repositoryFilesAt(loaded.root)).filter(
    (problem) => problem.level === "error",
  );
  if (errors.length === 0) return;
  const hint =
    `Paths are relative to the repository root (${loaded.root}, the folder that holds .github/)` +
    (errors.some(isMissingSchema) ? "; `slipway infer-schema DATA -o SCHEMA` drafts a missing schema." : ".");
  const [only] = errors;
  if (only && errors.length === 1) {
    throw new ConfigError(loaded.file, formatPath(only.keyPath), `${only.detail} ${hint}`);
  }
  throw new ConfigError(
    loaded.file,
    "",
    `${errors.length} problems with the files it names:\n${errors.map((error) => `  ${formatPath(error.keyPath)}: ${error.detail}`).join("\n")}\n${hint}`,
  );
}

function isMissingSchema(problem: ConfigFileProblem): boolean {
  return problem.keyPath.at(-1) === "schema";
}
