/**
 * `slipway package`: build the model's image from the package: section, smoke-test it, and push
 * it when asked. Exit 0 when the smoke test passed, 1 when it failed, 2 when packaging could not
 * run (missing model, no builder, a requirement that does not install, a refused push).
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfig } from "../../config/load-config.js";
import { InputError } from "../../errors.js";
import { BUILDER_NAMES, type BuilderName } from "../../package/builders/builder.js";
import { detectBuilder } from "../../package/builders/detect-builder.js";
import { PackageError } from "../../package/errors.js";
import { packageModel } from "../../package/package-model.js";
import { readGitFacts } from "../../package/read-git-facts.js";
import { credentialsFromEnv } from "../../package/registry-credentials.js";
import { renderPackageMarkdown } from "../../report/markdown/render-package.js";
import { DEFAULT_REPORT_PATH, readReportFile, writeReportPart } from "../../report/report-file.js";
import { renderPackageText } from "../../report/text/render-package.js";
import type { RegisterCommand } from "./index.js";

interface Options {
  config?: string;
  builder?: string;
  push?: boolean;
  tag?: string[];
  smoke: boolean;
  cache: boolean;
  contextDir?: string;
  report: string;
  json?: boolean;
  markdown?: boolean;
  verbose?: boolean;
}

export const registerPackage: RegisterCommand = (program, io, setExit) => {
  program
    .command("package")
    .description(
      "Build the model's container image (package: in the config), smoke-test it, push it with --push.",
    )
    .option("--builder <name>", `use this builder: ${BUILDER_NAMES.join(" | ")} (default: the first found)`)
    .option(
      "--push",
      "push every tag after a passing smoke test (credentials: SLIPWAY_REGISTRY_USERNAME/_PASSWORD)",
    )
    .option("--tag <tag>", "an extra tag (repeatable)", (value: string, all: string[] = []) => [
      ...all,
      value,
    ])
    .option("--no-smoke", "skip the smoke test")
    .option("--no-cache", "rebuild every layer")
    .option("--context-dir <dir>", "write the generated build context here and keep it")
    .option(
      "--report <path>",
      "slipway-report.json to read model metrics from and merge into",
      DEFAULT_REPORT_PATH,
    )
    .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
    .option("--json", "print the PackageReport as JSON")
    .option("--markdown", "print Markdown, as the job summary shows it")
    .option("--verbose", "stream the builder's output to stderr")
    .action(async (options: Options) => {
      if (options.builder && !BUILDER_NAMES.includes(options.builder as BuilderName)) {
        throw new InputError(
          "--builder",
          `must be one of ${BUILDER_NAMES.join(", ")}, not "${options.builder}".`,
        );
      }
      const loaded = loadConfig({ cwd: io.cwd, ...(options.config ? { path: options.config } : {}) });
      const reportPath = resolve(io.cwd, options.report);
      const previous = existsSync(reportPath) ? readReportFile(reportPath) : null;
      const builder = await detectBuilder({
        env: io.env,
        force: (options.builder as BuilderName | undefined) ?? null,
      });
      const progress = (line: string) => io.stderr(`${line}\n`);
      let outcome: Awaited<ReturnType<typeof packageModel>>;
      try {
        outcome = await packageModel({
          loaded,
          builder,
          git: await readGitFacts(loaded.root, io.env),
          now: new Date(),
          previous,
          push: Boolean(options.push),
          extraTags: options.tag ?? [],
          credentials: credentialsFromEnv(io.env),
          smoke: options.smoke,
          noCache: !options.cache,
          ...(options.contextDir ? { contextDir: resolve(io.cwd, options.contextDir) } : {}),
          onProgress: progress,
          ...(options.verbose ? { onBuildOutput: io.stderr } : {}),
        });
      } catch (error) {
        // Built and smoke-tested, then refused by the registry: keep that evidence in the report.
        if (error instanceof PackageError && error.report)
          writeReportPart(reportPath, { package: error.report });
        throw error;
      }
      writeReportPart(reportPath, { package: outcome.report });
      if (options.json) io.stdout(`${JSON.stringify(outcome.report, null, 2)}\n`);
      else if (options.markdown) io.stdout(`${renderPackageMarkdown(outcome.report)}\n`);
      else io.stdout(renderPackageText(outcome.report));
      setExit(outcome.passed ? 0 : 1);
    });
};
