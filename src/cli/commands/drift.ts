/**
 * `slipway drift`: per-column data drift of a current dataset against a reference, Evidently's
 * defaults. Two files (--reference, --current), or datasets of .github/slipway.yml with their
 * `drift:` settings (--dataset NAME, or every dataset that has a reference). Exit 0: no dataset
 * drift; 1: dataset drift; 2: could not run.
 */
import type { Command } from "commander";
import { driftTestSchema } from "../../config/schema.js";
import { resolveDriftTargets, runDriftTargets } from "../../data/drift/drift-targets.js";
import { openDuckDB } from "../../data/duckdb.js";
import { renderDriftMarkdown } from "../../report/markdown/render-drift.js";
import { renderDriftText } from "../../report/text/render-drift.js";
import { addDialectFlags, type DialectFlags, readDialectFlags } from "../dialect-flags.js";
import type { RegisterCommand } from "./index.js";

interface Options extends DialectFlags {
  reference?: string;
  current?: string;
  method?: string;
  threshold?: string;
  share?: string;
  dataset?: string;
  config?: string;
  json?: boolean;
  markdown?: boolean;
}

const METHODS = driftTestSchema.options;

export const registerDrift: RegisterCommand = (program, io, setExit) => {
  const command = program
    .command("drift")
    .description(
      "Per-column data drift of current data against a reference (Evidently's tests and defaults).",
    )
    .option("--reference <path>", "reference data file or glob (csv, tsv, parquet, jsonl, .gz)")
    .option("--current <path>", "current data file or glob")
    .option("--method <test>", `test for every column: ${METHODS.join(", ")} (default auto)`)
    .option("--threshold <number>", "p-value (ks, chi2, z) or distance threshold for every column")
    .option("--share <number>", "the dataset drifts when at least this share of columns drift (default 0.5)")
    .option("--dataset <name>", "a dataset of the config: its reference, path and drift settings")
    .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
    .option("--json", "print the drift report as JSON (a list of them for several datasets)")
    .option("--markdown", "print Markdown, as a job summary or PR comment shows it");
  addDialectFlags(command).action(async (options: Options, command: Command) => {
    const usage = (message: string) => command.error(`error: ${message}`, { exitCode: 2 });
    const method = options.method;
    if (method !== undefined && !(METHODS as readonly string[]).includes(method))
      usage(`--method must be one of ${METHODS.join(", ")}, not "${method}".`);
    const threshold = parseNumber(options.threshold, "--threshold", (n) => n > 0, "a number above 0", usage);
    const share = parseNumber(
      options.share,
      "--share",
      (n) => n >= 0 && n <= 1,
      "a number from 0 to 1",
      usage,
    );

    const { targets, notices } = resolveDriftTargets({
      cwd: io.cwd,
      ...(options.reference ? { reference: options.reference } : {}),
      ...(options.current ? { current: options.current } : {}),
      ...(options.dataset ? { dataset: options.dataset } : {}),
      ...(options.config ? { config: options.config } : {}),
      ...(method ? { method: method as (typeof METHODS)[number] } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
      ...(share !== undefined ? { share } : {}),
      ...readFlags(options),
    });
    for (const notice of notices) io.stderr(`slipway: ${notice}\n`);
    const sql = await openDuckDB();
    let runs: Awaited<ReturnType<typeof runDriftTargets>>;
    try {
      runs = await runDriftTargets(sql, targets);
    } finally {
      sql.close();
    }
    for (const notice of runs.flatMap((run) => run.notices)) io.stderr(`slipway: ${notice}\n`);
    const reports = runs.map((run) => run.report);
    if (options.json) io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
    else if (options.markdown) io.stdout(`${reports.map(renderDriftMarkdown).join("\n\n")}\n`);
    else io.stdout(reports.map(renderDriftText).join("\n"));
    setExit(reports.some((report) => report.drifted) ? 1 : 0);
  });
};

/** The dialect flags, when any was given: they then apply to both sides of every comparison. */
function readFlags(options: Options) {
  const { dialect, encoding } = readDialectFlags(options);
  if (Object.keys(dialect).length === 0 && !encoding) return {};
  return { read: { dialect, ...(encoding ? { encoding } : {}) } };
}

function parseNumber(
  text: string | undefined,
  flag: string,
  valid: (n: number) => boolean,
  expected: string,
  usage: (message: string) => never,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || !valid(value))
    usage(`${flag} must be ${expected}, not "${text}".`);
  return value;
}
