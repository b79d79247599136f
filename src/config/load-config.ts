/** Finds and reads `.github/slipway.yml`. The only file I/O of src/config. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ConfigError, listProblems } from "../errors.js";
import { parseConfig, withoutFile } from "./parse-config.js";
import type { Config } from "./schema.js";

export const DEFAULT_CONFIG_PATH = ".github/slipway.yml";

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file read. */
  file: string;
  /** The repository root: the folder that holds `.github/`. Relative paths in the config start here. */
  root: string;
  warnings: string[];
}

/** Looks for `.github/slipway.yml` from `cwd` upwards; returns null when there is none. */
export function findConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, DEFAULT_CONFIG_PATH);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function loadConfig(options: { cwd: string; path?: string }): LoadedConfig {
  const file = options.path ? resolve(options.cwd, options.path) : findConfig(options.cwd);
  if (!file) {
    throw new ConfigError(
      DEFAULT_CONFIG_PATH,
      "",
      `not found in ${resolve(options.cwd)} or any folder above it. Create one (see README) or pass --config PATH.`,
    );
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new ConfigError(file, "", "cannot be read. Check the path passed with --config.", { cause });
  }
  const result = parseConfig(text, file);
  if (!result.ok) {
    const messages = result.errors.map((error) => withoutFile(error, file));
    throw new ConfigError(file, "", listProblems(messages));
  }
  return { config: result.config, file, root: repositoryRootOf(file), warnings: result.warnings };
}

/** The repository root of a config file: the folder that holds `.github/` (else the file's folder). */
export function repositoryRootOf(configFile: string): string {
  const folder = dirname(configFile);
  return folder.endsWith(".github") ? dirname(folder) : folder;
}
