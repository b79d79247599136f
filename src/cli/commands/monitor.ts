/**
 * `slipway monitor`: measures the datasets of the config's monitor: section, judges them against
 * the history file, writes the history back, and — with GITHUB_TOKEN and GITHUB_REPOSITORY, as in
 * the monitor workflow — opens, updates and closes issues and dispatches retraining.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfig } from "../../config/load-config.js";
import { openDuckDB } from "../../data/duckdb.js";
import { InputError } from "../../errors.js";
import { octokitMonitorGitHub } from "../../github/octokit-monitor-github.js";
import { emptyHistory, parseHistory, serialiseHistory } from "../../monitor/history.js";
import { MONITOR_RUN_FILE, serialiseMonitorRun } from "../../monitor/monitor-run-file.js";
import { renderMonitorText } from "../../monitor/render-monitor-text.js";
import { runMonitor } from "../../monitor/run-monitor.js";
import type { RegisterCommand } from "./index.js";

interface Options {
  config?: string;
  history: string;
  json?: boolean;
  dryRun?: boolean;
  runFile?: string;
}

export const registerMonitor: RegisterCommand = (program, io, setExit) => {
  program
    .command("monitor")
    .description("Measure the monitored datasets, judge them against their history, open/close issues.")
    .option(
      "--history <path>",
      "history file read and written back (an artifact in CI)",
      "slipway-monitor-history.json",
    )
    .option(
      "--run-file <path>",
      `also write this run's measurements (slipway/monitor-run@1, e.g. ${MONITOR_RUN_FILE}), which the app reads with monitor.by: app`,
    )
    .option("--config <path>", "config file (default: .github/slipway.yml, looked for upwards)")
    .option("--dry-run", "plan issues and retraining without calling GitHub")
    .option("--json", "print the run, its problems and the issue actions as JSON")
    .action(async (options: Options) => {
      const loaded = loadConfig({ cwd: io.cwd, ...(options.config ? { path: options.config } : {}) });
      const byApp = loaded.config.monitor?.by === "app";
      const historyFile = resolve(io.cwd, options.history);
      const history = existsSync(historyFile)
        ? parseHistory(readFileSync(historyFile, "utf8"), options.history)
        : emptyHistory();
      const result = await runMonitor(loaded.config, history, {
        now: new Date(),
        cwd: loaded.root,
        env: io.env,
        openDuckDB,
        // monitor.by: app — the app judges against its store and acts; the workflow only measures.
        github: options.dryRun || byApp ? null : githubFrom(io.env),
        configFile: loaded.file,
      });
      writeFileSync(historyFile, serialiseHistory(result.history));
      if (options.runFile) writeFileSync(resolve(io.cwd, options.runFile), serialiseMonitorRun(result.run));
      if (options.json) {
        const { history: _, ...shown } = result;
        io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
      } else {
        io.stdout(renderMonitorText(result));
        if (byApp) {
          const file = options.runFile ?? "(none: pass --run-file)";
          io.stdout(
            `monitor.by: app — the Slipway app judges this run against its store and acts; the run's measurements: ${file}\n`,
          );
        }
      }
      setExit(result.problems.length === 0 ? 0 : 1);
    });
};

function githubFrom(env: NodeJS.ProcessEnv) {
  const token = env.GITHUB_TOKEN;
  const repository = env.GITHUB_REPOSITORY;
  if (!token || !repository) return null;
  const [owner, repo] = repository.split("/");
  if (!owner || !repo) throw new InputError("GITHUB_REPOSITORY", `must be owner/name, not "${repository}".`);
  return octokitMonitorGitHub({
    token,
    owner,
    repo,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
  });
}
