/**
 * `slipway validate-data`: with --data, one file (and --schema, --reference); otherwise every
 * dataset of .github/slipway.yml (or the one named by --dataset).
 */

import { resolve } from "node:path";
import { FAIL_ON_LEVELS } from "../../config/schema.js";
import type { FailOn } from "../../data/data-passed.js";
import { validateData } from "../../data/validate-datasets.js";
import { InputError } from "../../errors.js";
import { renderDataMarkdown } from "../../report/markdown/render-data.js";
import { writeReportPart } from "../../report/report-file.js";
import { renderDataText } from "../../report/text/render-data.js";
import { addDialectFlags, type DialectFlags, readDialectFlags } from "../dialect-flags.js";
import type { RegisterCommand } from "./index.js";

interface Options extends DialectFlags {
  data?: string;
  schema?: string;
  reference?: string;
  name?: string;
  dataset?: string;
  config?: string;
  failOn?: FailOn;
  report?: string;
  json?: boolean;
  markdown?: boolean;
  all?: boolean;
}

export const registerValidateData: RegisterCommand = (program, io, setExit) => {
  const command = program
    .command("validate-data")
    .description("Check datasets against their Table Schema, and drift against a reference.")
    .option(
      "--data <path>",
      "data file or glob (csv, tsv, parquet, jsonl, .gz); without it, the datasets of the config",
    )
    .option("--schema <path>", "Frictionless Table Schema (YAML or JSON), with --data")
    .option("--reference <path>", "reference data for drift, with --data")
    .option("--name <name>", "dataset name shown in the report, with --data")
    .option("--dataset <name>", "only this dataset of the config")
    .option("--fail-on <level>", "error | warning | never (default: each dataset's fail-on, else error)")
    .option("--report <path>", "merge the result into this slipway-report.json")
    .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
    .option("--json", "print the DataReport (a list of them for config datasets) as JSON")
    .option("--markdown", "print Markdown, as a job summary or PR comment shows it")
    .option("--all", "list passed checks one by one too");
  addDialectFlags(command).action(async (options: Options) => {
    if (options.failOn && !(FAIL_ON_LEVELS as readonly string[]).includes(options.failOn)) {
      throw new InputError("--fail-on", `must be error, warning or never, not "${options.failOn}".`);
    }
    const stated = readDialectFlags(options);
    const { reports, passed } = await validateData(
      { ...options, encoding: undefined, ...stated, cwd: io.cwd },
      { now: new Date(), ...(options.failOn ? { failOn: options.failOn } : {}) },
    );
    if (options.report) writeReportPart(resolve(io.cwd, options.report), { data: reports });
    if (options.json) io.stdout(`${JSON.stringify(options.data ? reports[0] : reports, null, 2)}\n`);
    else if (options.markdown) io.stdout(`${reports.map((r) => renderDataMarkdown(r)).join("\n\n")}\n`);
    else io.stdout(reports.map((r) => renderDataText(r, { all: options.all ?? false })).join("\n"));
    setExit(passed ? 0 : 1);
  });
};
