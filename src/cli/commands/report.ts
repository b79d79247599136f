/**
 * `slipway report render [REPORT…]`: a slipway-report.json (or several, one per model variant, as a
 * matrix uploads them) rendered as the pull-request comment the app would post — without the app's
 * stored base-branch report and trend. Reports are validated first, as the app does.
 */
import { basename, resolve } from "node:path";
import { findConfig, loadConfig } from "../../config/load-config.js";
import { configSchema } from "../../config/schema.js";
import { renderComment } from "../../report/markdown/render-comment.js";
import { readReportFile } from "../../report/report-file.js";
import { localCommentInput } from "../../run/local-comment.js";
import type { RegisterCommand } from "./index.js";

interface Options {
  config?: string;
  json?: boolean;
}

export const registerReport: RegisterCommand = (program, io) => {
  const report = program.command("report").description("Slipway reports (slipway-report.json).");
  report
    .command("render")
    .description("Render reports as the pull-request comment the app posts (several files: one per variant).")
    .argument("[reports...]", "report files; slipway-report-<variant>.json names a variant", [
      "slipway-report.json",
    ])
    .option(
      "--config <path>",
      "config for the primary metric and directions (default: .github/slipway.yml if found)",
    )
    .option("--json", "print the validated reports as JSON instead")
    .action((paths: string[], options: Options) => {
      const reports = paths.map((path) => ({ path, report: readReportFile(resolve(io.cwd, path)) }));
      if (options.json) {
        io.stdout(
          `${JSON.stringify(
            reports.map((r) => r.report),
            null,
            2,
          )}\n`,
        );
        return;
      }
      const configFile = options.config ?? findConfig(io.cwd);
      const loaded = configFile ? loadConfig({ cwd: io.cwd, path: configFile }) : null;
      const config = loaded?.config ?? configSchema.parse({});
      // Commander gives the argument's default (slipway-report.json) when no path is named.
      const [first] = reports;
      if (!first) throw new Error("slipway report render was given no report path, not even the default");
      const input = localCommentInput({
        report: first.report,
        config,
        warnings: loaded?.warnings ?? [],
      });
      if (reports.length > 1) {
        input.variants = reports.map(({ path, report }) => ({
          name: variantName(path),
          head: report,
          base: null,
        }));
      }
      io.stdout(`${renderComment(input)}\n`);
    });
};

/** "slipway-report-random_forest.json" → "random_forest"; any other file name is its own name. */
function variantName(path: string): string {
  const name = basename(path).replace(/\.json$/, "");
  return name.startsWith("slipway-report-") ? name.slice("slipway-report-".length) : name;
}
