/**
 * `slipway config schema`: the JSON Schema of .github/slipway.yml, for editors.
 * `slipway config check`: validates a repository's config — keys, types and values (with the file,
 * line, key path and nearest valid key), then that the files it names exist and that its data
 * schemas are valid Table Schemas. Exit 0 valid (warnings allowed), 2 not.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { checkConfigFiles } from "../../config/check-config-files.js";
import { configJsonSchemaText } from "../../config/config-json-schema.js";
import { DEFAULT_CONFIG_PATH, findConfig } from "../../config/load-config.js";
import { formatPath, parseConfig } from "../../config/parse-config.js";
import { repositoryFilesAt } from "../../config/repository-files-at.js";
import type { Config } from "../../config/schema.js";
import { loadTableSchema } from "../../data/table-schema/load-table-schema.js";
import { ConfigError, describeFailure, ExitError, isSlipwayError } from "../../errors.js";
import type { RegisterCommand } from "./index.js";

interface CheckOptions {
  config?: string;
  json?: boolean;
  files: boolean;
}

export interface ConfigCheck {
  file: string;
  valid: boolean;
  errors: string[];
  warnings: string[];
}

export const registerConfig: RegisterCommand = (program, io) => {
  const config = program.command("config").description("The configuration file, .github/slipway.yml.");
  config
    .command("schema")
    .description("Print the JSON Schema of .github/slipway.yml (for editors: completion and checks).")
    .option("--config <path>", "(accepted for symmetry; not used)")
    .option("--json", "(the schema is JSON already)")
    .action(() => {
      io.stdout(configJsonSchemaText());
    });
  config
    .command("check")
    .description(
      "Validate .github/slipway.yml: keys, types and values, the files it names, and its data schemas.",
    )
    .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
    .option("--no-files", "check the file alone, not the files it names")
    .option("--json", "print the result as JSON")
    .action((options: CheckOptions) => {
      const file = options.config ? resolve(io.cwd, options.config) : findConfig(io.cwd);
      if (!file) {
        throw new ConfigError(
          DEFAULT_CONFIG_PATH,
          "",
          `not found in ${resolve(io.cwd)} or any folder above it. Create one (\`slipway init\`) or pass --config PATH.`,
        );
      }
      const result = checkConfigFile(file, { shown: shownPath(io.cwd, file), files: options.files });
      if (options.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      else {
        for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
        for (const error of result.errors) io.stderr(`${error}\n`);
        if (result.valid) io.stdout(`${result.file} is valid.\n`);
        else io.stderr(`${result.file}: ${plural(result.errors.length, "problem")} to fix.\n`);
      }
      if (!result.valid) throw new ExitError(2);
    });
};

/** Every problem of one config file, as `file:line: key.path: detail` lines. */
export function checkConfigFile(file: string, options: { shown: string; files: boolean }): ConfigCheck {
  const shown = options.shown;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new ConfigError(shown, "", "cannot be read. Check the path passed with --config.", { cause });
  }
  const parsed = parseConfig(text, shown);
  if (!parsed.ok) return { file: shown, valid: false, errors: parsed.errors, warnings: [] };
  if (!options.files) return { file: shown, valid: true, errors: [], warnings: parsed.warnings };

  // Relative paths in the config start at the repository root: the folder that holds .github/.
  const root = dirname(file).endsWith(".github") ? dirname(dirname(file)) : dirname(file);
  const lineOf = keyLines(text);
  const at = (keyPath: (string | number)[]) => {
    const line = lineOf(keyPath);
    return `${shown}${line ? `:${line}` : ""}: ${formatPath(keyPath)}`;
  };
  const errors: string[] = [];
  const warnings = [...parsed.warnings];
  for (const missing of checkConfigFiles(parsed.config, repositoryFilesAt(root))) {
    (missing.level === "error" ? errors : warnings).push(`${at(missing.keyPath)}: ${missing.detail}`);
  }
  errors.push(...checkDataSchemas(parsed.config, root, at, warnings));
  return { file: shown, valid: errors.length === 0, errors, warnings };
}

/** A data schema that exists must also be a valid Table Schema; its own messages name its lines. */
function checkDataSchemas(
  config: Config,
  root: string,
  at: (keyPath: (string | number)[]) => string,
  warnings: string[],
): string[] {
  const errors: string[] = [];
  for (const [i, dataset] of config.data.entries()) {
    if (!dataset.schema || !existsSync(join(root, dataset.schema))) continue;
    try {
      warnings.push(...loadTableSchema(join(root, dataset.schema), dataset.schema).warnings);
    } catch (error) {
      if (!isSlipwayError(error)) throw error;
      errors.push(
        `${at(["data", i, "schema"])}: not a valid Table Schema: ${describeFailure(error).message}`,
      );
    }
  }
  return errors;
}

/** The 1-based line of a key path in a YAML text (for keys that passed validation, so present). */
function keyLines(text: string): (keyPath: (string | number)[]) => number | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  return (keyPath) => {
    const node = document.getIn(keyPath, true) as { range?: [number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
}

/** The config as the person would type it from where they are (absolute on another drive). */
function shownPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !isAbsolute(rel) ? rel : file;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
