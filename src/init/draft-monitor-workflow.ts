// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are workflow YAML with GitHub expressions
/**
 * `.github/workflows/monitor.yml`, offered when the project looks like it runs in production: an
 * env example naming a database URL, or a workflow that already runs on a schedule. A daily cron
 * runs actions/monitor over the configured datasets (the monitor's defaults when the config has no
 * monitor: section); a database URL found is passed from the repository secret of that name.
 */
import { withMarker } from "./generated-marker.js";
import type { DraftFile } from "./plan-init.js";

export const MONITOR_WORKFLOW_PATH = ".github/workflows/monitor.yml";
const ENV_EXAMPLES = [".env.example", ".env.sample", ".env.template", ".env.dist"];

export interface MonitorHint {
  /** Why the monitor is offered, said in the plan's notes. */
  reason: string;
  /** The database URL's variable name, when an env example names one. */
  urlEnv?: string;
}

/** Reads the signs of a production setting from the repository's files, or null when there are none. */
export function findMonitorHint(
  files: readonly string[],
  read: (path: string) => string | null,
): MonitorHint | null {
  for (const path of ENV_EXAMPLES) {
    const name = /^\s*(?:export\s+)?([A-Z][A-Z0-9_]*DATABASE_URL)\s*=/m.exec(read(path) ?? "")?.[1];
    if (name) return { reason: `${path} names ${name}`, urlEnv: name };
  }
  const scheduled = files.find(
    (path) =>
      /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) &&
      path !== MONITOR_WORKFLOW_PATH &&
      /^\s*schedule\s*:/m.test(read(path) ?? ""),
  );
  return scheduled ? { reason: `${scheduled} runs on a schedule` } : null;
}

export function draftMonitorWorkflow(hint: MonitorHint, configPath: string): DraftFile {
  const lines = [
    `# Every morning: the datasets of ${configPath} measured and judged against their history; one issue`,
    "# per dataset and problem while it lasts (see the monitor: section to choose metrics and limits).",
    "name: monitor",
    "on:",
    "  schedule:",
    '    - cron: "30 6 * * *"',
    "  workflow_dispatch:",
    "permissions:",
    "  contents: read",
    "  issues: write # the monitor's issues",
    "  actions: write # the previous run's history artifact; a retrain dispatch",
    "jobs:",
    "  monitor:",
    "    runs-on: ubuntu-24.04",
    ...(hint.urlEnv ? ["    env:", `      ${hint.urlEnv}: \${{ secrets.${hint.urlEnv} }}`] : []),
    "    steps:",
    "      - uses: actions/checkout@v4",
    "      - uses: slipway-dev/slipway/actions/monitor@v1",
    ...(configPath !== ".github/slipway.yml" ? ["        with:", `          config: ${configPath}`] : []),
  ];
  return {
    path: MONITOR_WORKFLOW_PATH,
    content: withMarker(`${lines.join("\n")}\n`, "#"),
    purpose: `scheduled data monitoring (offered: ${hint.reason})`,
  };
}
