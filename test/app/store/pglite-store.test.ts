import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { openPgliteStore } from "../../../app/store/pglite-store.js";
import type { Report } from "../../../src/report/types.js";
import { buildReport } from "../helpers/build-report.js";
import { openTestPgliteStore } from "../helpers/pglite-template.js";
import { describeStore } from "./store-contract.js";
import { stored } from "./store-contract-fixtures.js";

describeStore("embedded (PGlite)", { open: openTestPgliteStore });

/** A stored report row for `commit`, run on day `day` of 2026; `report` as written, valid or not. */
function storedRow(repositoryId: number, commit: string, report: unknown, day = 1) {
  return stored({
    repositoryId,
    commit,
    report: report as Report,
    runCreatedAt: new Date(Date.UTC(2026, 0, day)),
  });
}

describe("embedded store in a data directory", () => {
  const dir = mkdtempSync(join(tmpdir(), "slipway-pglite-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps what it stored across a restart, and migrates only once", async () => {
    const first = await openPgliteStore({ dataDir: dir });
    const report = buildReport();
    await first.saveReport(storedRow(1, "a".repeat(40), report));
    await first.close();
    const second = await openPgliteStore({ dataDir: dir });
    expect((await second.reportsAt(1, "a".repeat(40)))[0]?.report).toEqual(report);
    await second.close();
  });
});

describe("reports read back from the store", () => {
  it("go through the report schema: one that no longer reads is left out, not rendered", async () => {
    const store = await openTestPgliteStore();
    const good = buildReport();
    await store.saveReport(storedRow(7, "b".repeat(40), good, 1));
    // As an older writer (or a hand edit) could have left it: the right schema tag, a wrong shape.
    await store.saveReport(storedRow(7, "c".repeat(40), { ...good, data: "not a list" }, 2));
    expect((await store.reportsAt(7, "b".repeat(40)))[0]?.report).toEqual(good);
    expect(await store.reportsAt(7, "c".repeat(40))).toEqual([]);
    // The newest on main is the unreadable one: no baseline, rather than a broken one.
    expect(await store.latestOnBranch(7, 77, "main")).toEqual([]);
    await store.close();
  });
});
