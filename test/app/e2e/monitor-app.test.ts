/**
 * End to end, `monitor.by: app`: Probot's real HTTP server with the Slipway app, signed
 * workflow_run deliveries over HTTP for a monitor workflow's scheduled runs, each run's
 * measurements in a real zip artifact (slipway-monitor-run). The app keeps the history in its
 * store, opens one issue when the volume drops, closes it when the volume recovers, dispatches the
 * retrain once; a redelivered webhook and a run delivered out of order change nothing. GitHub is
 * the shared double (runs, artifacts, config, issues, dispatches), checked against GitHub's OpenAPI
 * description.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Store } from "../../../app/store/store.js";
import {
  MONITOR_RUN_ARTIFACT,
  MONITOR_RUN_FILE,
  serialiseMonitorRun,
} from "../../../src/monitor/monitor-run-file.js";
import type { MonitorRun } from "../../../src/monitor/types.js";
import { GitHubDouble, type RepoFacts } from "../../helpers/github/github-double.js";
import { makeZip } from "../../helpers/github/make-zip.js";
import { type ServerHarness, serverHarness } from "../helpers/app-harness.js";
import { workflowRunCompleted } from "../helpers/payloads.js";
import { openTestPgliteStore } from "../helpers/pglite-template.js";
import { newId, newRepo, sha } from "../helpers/scenario.js";

const MONITOR_WORKFLOW = 9001;
const CONFIG = `
data:
  - name: orders
    source: { postgres: { url-env: ORDERS_DATABASE_URL, table: public.orders } }
monitor:
  by: app
  metrics: [rows, rows-since-last]
  min-history: 3
  retrain: { when: [anomaly], workflow: retrain.yml }
`;
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 6)).toISOString();
const measured = (n: number, added: number): MonitorRun => ({
  at: day(n),
  datasets: {
    orders: { metrics: { rows: 10_000 + n * 1000, rows_since_last: added }, failedChecks: [], drifted: null },
  },
});

let double: GitHubDouble;
let store: Store;
let server: ServerHarness;
let repo: RepoFacts;

beforeAll(async () => {
  double = await GitHubDouble.start();
  repo = newRepo(double, CONFIG);
  store = await openTestPgliteStore();
  server = await serverHarness({ store, double, now: () => new Date(day(30)) });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await store?.close();
  await double?.close();
});

/** A scheduled monitor run that measured `run`, as its workflow_run.completed delivery. */
async function monitorRun(run: MonitorRun): Promise<unknown> {
  const facts = {
    id: newId(),
    workflowId: MONITOR_WORKFLOW,
    name: "monitor",
    headSha: sha(1),
    headBranch: "main",
    event: "schedule",
    createdAt: run.at,
  };
  const zip = await makeZip([{ name: MONITOR_RUN_FILE, data: serialiseMonitorRun(run) }]);
  double.addRun(repo, facts, [{ id: newId(), name: MONITOR_RUN_ARTIFACT, zip }]);
  return workflowRunCompleted(repo, facts);
}

const history = async () =>
  (await store.monitorRunsBefore(repo.id, day(40), 1000)).map(
    (r) => r.datasets.orders!.metrics.rows_since_last,
  );
const state = () => ({
  open: double.openIssues(repo).map((i) => i.title),
  closed: double
    .issuesOf(repo)
    .filter((i) => i.state === "closed")
    .map((i) => i.title),
  edits: double.issuesOf(repo).map((i) => i.edits),
  dispatches: double.dispatches.length,
});

describe("monitor.by: app, over signed webhooks", () => {
  it("keeps the history in the store, opens one issue on a volume drop, closes it on recovery, never twice", async () => {
    const added = [1000, 1020, 980, 1010, 990];
    for (const [i, rows] of added.entries()) {
      const { status } = await server.deliver({
        name: "workflow_run",
        payload: await monitorRun(measured(i + 1, rows)),
      });
      expect(status).toBe(200);
      expect(await history()).toEqual(added.slice(0, i + 1));
    }
    expect(state()).toEqual({ open: [], closed: [], edits: [], dispatches: 0 });

    // Day 6: the volume drops — one issue, and the retrain dispatched once.
    const drop = await monitorRun(measured(6, 150));
    expect((await server.deliver({ name: "workflow_run", payload: drop })).status).toBe(200);
    expect(state()).toEqual({
      open: ["Monitor: orders — volume anomaly"],
      closed: [],
      edits: [0],
      dispatches: 1,
    });
    expect(double.dispatches[0]).toEqual({
      workflow: "retrain.yml",
      ref: "main",
      inputs: { reason: `slipway monitor at ${day(6)}: anomaly in orders` },
    });
    expect(double.openIssues(repo)[0]!.body).toContain("rows_since_last");

    // GitHub redelivers day 6 (a new delivery id): nothing changes.
    const before = { history: await history(), state: state() };
    expect((await server.deliver({ name: "workflow_run", payload: drop })).status).toBe(200);
    expect({ history: await history(), state: state() }).toEqual(before);

    // A run measured on day 3½ arrives late: it joins the history in its place and acts on nothing.
    const late: MonitorRun = {
      ...measured(3, 1005),
      at: new Date(Date.parse(day(3)) + 12 * 3600_000).toISOString(),
    };
    expect((await server.deliver({ name: "workflow_run", payload: await monitorRun(late) })).status).toBe(
      200,
    );
    expect(await history()).toEqual([1000, 1020, 980, 1005, 1010, 990, 150]);
    expect(state()).toEqual(before.state);

    // Day 7: still low — the issue is updated, not duplicated, and the retrain not dispatched again.
    expect(
      (await server.deliver({ name: "workflow_run", payload: await monitorRun(measured(7, 160)) })).status,
    ).toBe(200);
    expect(state()).toEqual({
      open: ["Monitor: orders — volume anomaly"],
      closed: [],
      edits: [1],
      dispatches: 1,
    });

    // Day 8: recovered — the issue is closed with a comment.
    expect(
      (await server.deliver({ name: "workflow_run", payload: await monitorRun(measured(8, 1000)) })).status,
    ).toBe(200);
    expect(state()).toEqual({
      open: [],
      closed: ["Monitor: orders — volume anomaly"],
      edits: [1],
      dispatches: 1,
    });
    expect(double.issuesOf(repo)[0]!.comments).toHaveLength(1);
    expect(await history()).toHaveLength(9);

    expect(double.problems).toEqual([]);
  }, 120_000);

  it("keeps nothing from a pull request's run, whatever its artifacts say", async () => {
    const facts = {
      id: newId(),
      workflowId: MONITOR_WORKFLOW,
      headSha: sha(2),
      headBranch: "feature",
      event: "pull_request",
      createdAt: day(9),
    };
    const zip = await makeZip([{ name: MONITOR_RUN_FILE, data: serialiseMonitorRun(measured(9, 5)) }]);
    double.addRun(repo, facts, [{ id: newId(), name: MONITOR_RUN_ARTIFACT, zip }]);
    const before = { history: await history(), state: state() };
    const { status } = await server.deliver({
      name: "workflow_run",
      payload: workflowRunCompleted(repo, facts),
    });
    expect(status).toBe(200);
    expect({ history: await history(), state: state() }).toEqual(before);
  }, 60_000);
});
