/**
 * The breast-cancer example's monitor as its workflow runs it: scripts/seed_postgres.sh loads the
 * data into PostgreSQL, `slipway monitor --config .github/slipway-monitor.yml` checks the table
 * inside the database (all passing), and a damaged table gives the problems, the planned issues
 * and the retrain the example configures.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import pg from "pg";
import { runCli } from "../helpers/run-cli.js";
import { postgresRequired, postgresUnreachable, postgresUrl } from "../helpers/test-postgres.js";

const problem = await postgresUnreachable();
const example = join(import.meta.dirname, "..", "..", "examples", "breast-cancer");

if (problem && !postgresRequired) {
  console.log(`Skipping the example monitor: no PostgreSQL at ${postgresUrl} (${problem}).`);
  describe.skip("example monitor (no PostgreSQL server reachable)", () => {
    it("needs a server", () => {});
  });
} else {
  const env = { DATABASE_URL: postgresUrl };
  const seed = () =>
    execFileSync("bash", ["scripts/seed_postgres.sh"], {
      cwd: example,
      env: { ...process.env, ...env },
      stdio: "pipe",
    });
  const history = join(mkdtempSync(join(tmpdir(), "slipway-example-monitor-")), "history.json");
  const monitor = () =>
    runCli(
      ["monitor", "--config", ".github/slipway-monitor.yml", "--history", history, "--dry-run", "--json"],
      {
        cwd: example,
        env,
      },
    );

  afterAll(async () => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query("DROP TABLE IF EXISTS public.patients");
    await client.end();
  });

  describe("the example's monitor", () => {
    it("passes on the seeded table, then reports a damaged one with issues and a retrain", async () => {
      seed();
      const clean = await monitor();
      expect(clean.stderr).toBe("");
      expect(clean.code).toBe(0);
      const first = JSON.parse(clean.stdout);
      const metrics = first.run.datasets.patients.metrics;
      expect(metrics.rows).toBe(353);
      expect(metrics["custom.malignant_share"]).toBeGreaterThan(0.2);
      expect(Object.keys(metrics).filter((k) => k.startsWith("check.")).length).toBeGreaterThan(60);
      expect(first.run.datasets.patients.failedChecks).toEqual([]);

      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query("UPDATE public.patients SET mean_radius = NULL WHERE sample_id % 10 = 0");
      await client.end();
      const damaged = await monitor();
      expect(damaged.code).toBe(1);
      const second = JSON.parse(damaged.stdout);
      expect(second.run.datasets.patients.failedChecks).toEqual(["mean_radius.required"]);
      expect(second.problems.map((p: { kind: string; metric: string }) => [p.kind, p.metric])).toEqual([
        ["null-share", "null_share.mean_radius"],
        ["checks", "check.mean_radius.required"],
      ]);
      expect(
        second.issues.map((i: { action: { action: string; title: string } }) => [
          i.action.action,
          i.action.title,
        ]),
      ).toEqual([
        ["create", "Monitor: patients — NULL share anomaly"],
        ["create", "Monitor: patients — failed checks"],
      ]);
      expect(second.retrain).toMatchObject({ workflow: "retrain.yml", dispatched: false });
      expect(second.retrain.reason).toMatch(/anomaly in patients, checks in patients$/);
      expect(damaged.stdout).not.toContain("slipway:slipway@");
    });
  });
}
