/**
 * `slipway test-model`: runs the model's tests and evaluation as .github/slipway.yml says, reads
 * the metrics, compares them with a baseline (--baseline-ref, --baseline, or model.baseline) and
 * judges the rules. Exit 0 passed, 1 a rule or test failed, 2 could not run.
 */

import { resolve } from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../../config/load-config.js";
import { FAIL_ON_LEVELS } from "../../config/schema.js";
import { ConfigError } from "../../errors.js";
import { chooseBaseline } from "../../model/baseline/choose-baseline.js";
import { commandGit } from "../../model/baseline/git-files.js";
import { runShell } from "../../model/commands/run-shell.js";
import { workingTreeFiles } from "../../model/files/model-files.js";
import { duckdbPredictions } from "../../model/prediction-metrics-seam.js";
import { modelFails, testModel } from "../../model/test-model.js";
import { renderModelMarkdown } from "../../report/markdown/render-model.js";
import { writeReportPart } from "../../report/report-file.js";
import { renderModelText } from "../../report/text/render-model.js";
import { PartNotRunError } from "../../run/part-not-run-error.js";
import { preparePython } from "../../run/prepare-python.js";
import { probePython } from "../../run/probe-python.js";
import { pythonEnv } from "../../run/python-shims.js";
import { type PythonFlags, pythonOption, requirementsFlag, requirementsOption } from "../python-flags.js";
import type { RegisterCommand } from "./index.js";

interface Options extends PythonFlags {
  baselineRef?: string;
  baseline?: string;
  run: boolean;
  failOn?: "error" | "warning" | "never";
  report?: string;
  config?: string;
  json?: boolean;
  markdown?: boolean;
}

export const registerTestModel: RegisterCommand = (program, io, setExit) => {
  program
    .command("test-model")
    .description(
      "Run the model's tests and evaluation, compare metrics with a baseline, and check the rules.",
    )
    .option(
      "--baseline-ref <ref>",
      "git revision whose metric and params files are the baseline (e.g. origin/main)",
    )
    .option("--baseline <path>", "a slipway-report.json or metrics file to compare with")
    .option("--no-run", "do not run the test and evaluate commands; read the files as they are")
    .option("--fail-on <level>", "error | warning | never (default: model.fail-on, else error)")
    .option("--report <path>", "merge the ModelReport into this slipway-report.json")
    .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
    .addOption(pythonOption())
    .addOption(requirementsOption())
    .option("--json", "print the ModelReport as JSON")
    .option("--markdown", "print Markdown, as a job summary or PR comment shows it")
    .action(async (options: Options, command: Command) => {
      if (options.failOn && !(FAIL_ON_LEVELS as readonly string[]).includes(options.failOn)) {
        command.error(`error: --fail-on must be error, warning or never, not "${options.failOn}".`, {
          exitCode: 2,
        });
      }
      const loaded = loadConfig({ cwd: io.cwd, ...(options.config ? { path: options.config } : {}) });
      for (const warning of loaded.warnings) io.stderr(`warning: ${warning}\n`);
      const model = loaded.config.model;
      if (!model) {
        throw new ConfigError(
          loaded.file,
          "model",
          "is missing: add a model section to test a model (see README).",
        );
      }
      const env = { ...process.env, ...io.env };
      // The same Python `slipway run` would choose, made the commands' python and python3.
      const plan = options.run
        ? await preparePython({
            model,
            root: loaded.root,
            explicit: options.python ?? null,
            requirements: requirementsFlag(options, io.cwd),
            env,
            probe: probePython,
            slipway: "slipway test-model",
          })
        : null;
      if (plan?.kind === "missing") throw new PartNotRunError("model", plan.reason, plan.next);
      if (plan?.kind === "chosen") {
        io.stderr(`slipway: python ${plan.summary}\n`);
        for (const warning of plan.warnings) io.stderr(`warning: ${warning}\n`);
      }
      const shims = plan?.kind === "chosen" ? pythonEnv(plan.python.executable, env) : null;
      const result = await testModel(
        {
          config: model,
          configFile: loaded.file,
          root: loaded.root,
          run: { test: options.run, evaluate: options.run },
          // Relative flag paths are the shell's, config paths the repository's.
          baseline: chooseBaseline({
            file: options.baseline ? resolve(io.cwd, options.baseline) : undefined,
            ref: options.baselineRef,
            config: model.baseline,
            optionNames: "--baseline-ref, --baseline",
          }),
          env: shims?.env ?? env,
          // The team's own output goes to stderr, so stdout stays the report (--json pipes cleanly).
          onOutput: io.stderr,
          log: (line) => io.stderr(`slipway: ${line}\n`),
        },
        {
          files: workingTreeFiles(loaded.root),
          git: commandGit(loaded.root),
          runShell,
          computePredictions: duckdbPredictions,
        },
      ).finally(() => shims?.remove());
      for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
      const { report } = result;
      if (options.report) writeReportPart(resolve(io.cwd, options.report), { model: report });
      if (options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      else if (options.markdown) io.stdout(`${renderModelMarkdown(report)}\n`);
      else io.stdout(renderModelText(report));
      setExit(modelFails(report, options.failOn ?? model["fail-on"]) ? 1 : 0);
    });
};
