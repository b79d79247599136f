/**
 * `slipway init [dir]`: drafts Slipway's files for an existing data-science repository — the config
 * (with Table Schemas inferred from its data), the workflow and a dev container. A dry run by
 * default: it shows what it would write; `--write` writes. Files a person wrote or edited are never
 * overwritten.
 */
import { existsSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { DEFAULT_CONFIG_PATH } from "../../config/load-config.js";
import { openDuckDB } from "../../data/duckdb.js";
import { inferDataset } from "../../data/infer-schema.js";
import { dialectConfig } from "../../data/read/dialect.js";
import { describeFailure, InputError, isSlipwayError } from "../../errors.js";
import type { SchemaResult } from "../../init/draft-config.js";
import { findProjectFiles } from "../../init/find-project-files.js";
import { applyPlan, type InitPlan, writes } from "../../init/plan-init.js";
import { datasetsToInfer, planInit } from "../../init/plan-init-for.js";
import { repositoryFiles } from "../../init/repository-files.js";
import type { RegisterCommand } from "./index.js";

interface Options {
  write?: boolean;
  json?: boolean;
  config?: string;
}

export const registerInit: RegisterCommand = (program, io) => {
  program
    .command("init")
    .description(
      "Draft .github/slipway.yml (with inferred data schemas), the ml.yml workflow and a dev container for this repository. Shows them first; --write writes.",
    )
    .argument("[dir]", "the repository's root", ".")
    .option("--write", "write the files (default: only show what would be written)")
    .option("--config <path>", `where the config goes, from the root (default: ${DEFAULT_CONFIG_PATH})`)
    .option("--json", "print the plan as JSON")
    .action(async (dir: string, options: Options) => {
      const root = resolve(io.cwd, dir);
      if (!existsSync(root) || !statSync(root).isDirectory())
        throw new InputError(dir, "is not a folder. Give the repository's root folder.");
      const repository = repositoryFiles(root);
      const files = repository.list();
      const project = findProjectFiles(files, repository.read);
      const inferred = await inferSchemas(datasetsToInfer(project, repository.read), root, (path) =>
        io.stderr(`inferring the schema of ${path}\n`),
      );
      const plan = planInit({
        project,
        inferred,
        existing: repository.read,
        name: basename(root),
        configPath: options.config ?? DEFAULT_CONFIG_PATH,
        files,
      });
      const written = options.write ? applyPlan(plan, repository) : [];
      if (options.json) {
        const files = plan.files.map(({ content: _, preview: __, extends: ___, ...file }) => file);
        io.stdout(
          `${JSON.stringify({ root, write: Boolean(options.write), files, notes: plan.notes, written }, null, 2)}\n`,
        );
      } else io.stdout(renderPlan(plan, { root, write: Boolean(options.write) }));
    });
};

async function inferSchemas(
  paths: string[],
  root: string,
  onProgress: (path: string) => void,
): Promise<Map<string, SchemaResult>> {
  const inferred = new Map<string, SchemaResult>();
  if (paths.length === 0) return inferred;
  const sql = await openDuckDB();
  try {
    for (const path of paths) {
      onProgress(path);
      try {
        // The same detection validate-data uses; what is not the default goes into the config.
        const { schema, readAs } = await inferDataset(sql, path, { cwd: root });
        const dialect = readAs ? dialectConfig(readAs.dialect) : {};
        inferred.set(path, {
          schema,
          ...(Object.keys(dialect).length > 0 ? { dialect } : {}),
          ...(readAs && readAs.encoding !== "utf-8" ? { encoding: readAs.encoding } : {}),
        });
      } catch (error) {
        // One unreadable file should not stop the rest: it is configured without a schema, and said.
        if (!isSlipwayError(error)) throw error;
        inferred.set(path, { error: describeFailure(error).message });
      }
    }
  } finally {
    sql.close();
  }
  return inferred;
}

const LABEL = {
  create: "create",
  update: "update",
  extend: "extend",
  unchanged: "unchanged",
  skip: "skip",
} as const;

function renderPlan(plan: InitPlan, options: { root: string; write: boolean }): string {
  const width = Math.max(...plan.files.map((file) => file.path.length));
  const lines = [`slipway init in ${options.root}`, ""];
  for (const file of plan.files) {
    const why = file.action === "skip" ? file.reason : file.purpose;
    lines.push(`  ${LABEL[file.action].padEnd(9)} ${file.path.padEnd(width)}  ${why}`);
  }
  if (plan.notes.length > 0) lines.push("", ...plan.notes.map((note) => `note: ${note}`));
  const changing = plan.files.filter(writes);
  const files = (n: number) => `${n} file${n === 1 ? "" : "s"}`;
  if (changing.length === 0) {
    lines.push("", "Nothing to write.");
  } else if (options.write) {
    lines.push(
      "",
      `Wrote ${files(changing.length)}. Next: review the drafted schemas, add rules for the model's metrics, run \`slipway config check\`, and commit.`,
    );
  } else {
    for (const file of changing)
      lines.push("", `── ${file.path} (${file.action}) ──`, (file.preview ?? file.content).trimEnd());
    lines.push(
      "",
      `Dry run: nothing written. Run \`slipway init --write\` to write the ${files(changing.length)} above.`,
    );
  }
  return `${lines.join("\n")}\n`;
}
