/**
 * `slipway run`: everything .github/slipway.yml asks for — validate the data, train and test the
 * model, package it — then slipway-report.json and the pull-request comment exactly as the app
 * would post it (stdout). Progress, the team's command output, one line per part and the verdict
 * go to stderr, so `slipway run > comment.md` keeps the comment alone. Exit 0 passed (skipped
 * parts named), 1 a part failed, 2 could not run (or, with --strict, a part could not run here).
 */
import { rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { findConfig, loadConfig, repositoryRootOf } from "../../config/load-config.js";
import { ConfigError, InputError } from "../../errors.js";
import { BUILDER_NAMES, type BuilderName } from "../../package/builders/builder.js";
import { readGitFacts } from "../../package/read-git-facts.js";
import { DEFAULT_REPORT_PATH } from "../../report/report-file.js";
import { defaultRunSeams } from "../../run/default-seams.js";
import { renderLocalComment } from "../../run/local-comment.js";
import { parseParts } from "../../run/parse-parts.js";
import { renderRunParts, runVerdict } from "../../run/render-run.js";
import { runPipeline } from "../../run/run-pipeline.js";
import { PART_NAMES } from "../../run/run-result.js";
import { type PythonFlags, pythonOption, requirementsFlag, requirementsOption } from "../python-flags.js";
import type { RegisterCommand } from "./index.js";

interface Options extends PythonFlags {
  config?: string;
  report?: string;
  skip?: string;
  strict?: boolean;
  builder?: string;
  push?: boolean;
  verbose?: boolean;
  json?: boolean;
  allowEmpty?: boolean;
}

export const registerRun: RegisterCommand = (program, io, setExit) => {
  program
    .command("run")
    .description(
      "Do what .github/slipway.yml asks for: validate the data, train and test the model, package it; print the PR comment.",
    )
    .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
    .option(
      "--report <path>",
      "where to write the report (default: slipway-report.json in the repository root)",
    )
    .addOption(pythonOption())
    .addOption(requirementsOption())
    .option("--skip <parts>", `parts not to run, comma-separated: ${PART_NAMES.join(", ")}`)
    .option("--strict", "a part the config asks for that cannot run here is an error (exit 2), not a skip")
    .option(
      "--builder <name>",
      `container builder: ${BUILDER_NAMES.join(" | ")} (default: the first that works)`,
    )
    .option("--push", "push the image after a passing smoke test (SLIPWAY_REGISTRY_USERNAME/_PASSWORD)")
    .option("--allow-empty", "exit 0, not 2, when every part was skipped and nothing was checked")
    .option("--verbose", "stream the container builder's output to stderr")
    .option("--json", "print the run (parts, report, comment) as JSON instead of the comment")
    .action(async (options: Options) => {
      const skip = parseParts(options.skip, "--skip");
      if (options.builder && !BUILDER_NAMES.includes(options.builder as BuilderName)) {
        throw new InputError(
          "--builder",
          `must be one of ${BUILDER_NAMES.join(", ")}, not "${options.builder}".`,
        );
      }
      const configFile = options.config ? resolve(io.cwd, options.config) : findConfig(io.cwd);
      if (!configFile) {
        throw new ConfigError(
          ".github/slipway.yml",
          "",
          `not found in ${io.cwd} or any folder above it. \`slipway run\` does what that file asks for: ` +
            "create it (docs/quickstart.md has one to copy and adapt), or point at one with --config PATH.",
        );
      }
      // The report says what this run did: a config too broken to load must not leave an earlier one.
      const reportPath = options.report
        ? resolve(io.cwd, options.report)
        : join(repositoryRootOf(configFile), DEFAULT_REPORT_PATH);
      rmSync(reportPath, { force: true });
      const loaded = loadConfig({ cwd: io.cwd, path: configFile });
      for (const warning of loaded.warnings) io.stderr(`warning: ${warning}\n`);
      const env = { ...process.env, ...io.env };
      const git = await readGitFacts(loaded.root, env);
      const result = await runPipeline(
        {
          loaded,
          reportPath,
          meta: { ...(git.sha ? { commit: git.sha } : {}), ...(git.ref ? { ref: git.ref } : {}) },
          now: new Date(),
          env,
          strict: Boolean(options.strict),
          allowEmpty: Boolean(options.allowEmpty),
          skip,
          python: options.python ?? null,
          requirements: requirementsFlag(options, io.cwd),
          builder: (options.builder as BuilderName | undefined) ?? null,
          push: Boolean(options.push),
          onProgress: (line) => io.stderr(`slipway: ${line}\n`),
          onOutput: io.stderr,
          ...(options.verbose ? { onBuildOutput: io.stderr } : {}),
        },
        defaultRunSeams(),
      );
      const comment = renderLocalComment({
        report: result.report,
        config: loaded.config,
        warnings: loaded.warnings,
      });
      const shownReport = relative(io.cwd, reportPath) || reportPath;
      if (options.json) {
        io.stdout(
          `${JSON.stringify(
            {
              passed: result.passed,
              exit_code: result.exitCode,
              report_path: reportPath,
              parts: result.parts,
              python: result.python,
              builder: result.builder,
              warnings: result.warnings,
              report: result.report,
              comment,
            },
            null,
            2,
          )}\n`,
        );
      } else {
        io.stdout(`${comment}\n`);
        if (!loaded.config.comment.enabled) {
          io.stderr(
            "slipway: comment.enabled is false: the app posts this as the check run's summary only.\n",
          );
        }
      }
      for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
      io.stderr(`\n${renderRunParts(result.parts).join("\n")}\n${runVerdict(result, shownReport)}\n`);
      setExit(result.exitCode);
    });
};
