import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { openPgliteStore } from "../../../app/store/pglite-store.js";
import { buildReport } from "../helpers/build-report.js";
import { openTestPgliteStore } from "../helpers/pglite-template.js";
import { describeStore } from "./store-contract.js";

describeStore("embedded (PGlite)", { open: openTestPgliteStore });

describe("embedded store in a data directory", () => {
  const dir = mkdtempSync(join(tmpdir(), "slipway-pglite-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps what it stored across a restart, and migrates only once", async () => {
    const first = await openPgliteStore({ dataDir: dir });
    const report = buildReport();
    await first.saveReport({
      repositoryId: 1,
      commit: "a".repeat(40),
      workflowId: 2,
      variant: "",
      repository: "acme/churn",
      workflowName: "ml",
      branch: "main",
      event: "push",
      trusted: true,
      runId: 3,
      runAttempt: 1,
      runUrl: "https://github.com/acme/churn/actions/runs/3",
      runCreatedAt: new Date("2026-01-01T00:00:00Z"),
      passed: true,
      report,
    });
    await first.close();
    const second = await openPgliteStore({ dataDir: dir });
    expect((await second.reportsAt(1, "a".repeat(40)))[0]?.report).toEqual(report);
    await second.close();
  });
});
