/**
 * The app's cost per workflow_run delivery, through Probot's real HTTP server against the GitHub
 * API double on 127.0.0.1 (which answers at once: the times are the app's own, GitHub's latency
 * excluded; the double's own answering time is printed too). Measures:
 *   - GitHub API calls per delivery and handling time, warm store (base report and comment id
 *     stored) and cold (fresh installation: backfill of the base-branch baseline, comment search);
 *   - deliveries per second through the server, concurrent deliveries for different pull requests,
 *     with Octokit's throttling off (the app's capacity) and on (what GitHub's guidance for writes
 *     allows: Probot's default);
 *   - each with the embedded store (PGlite) and a PostgreSQL server side by side, as ratios.
 * Run from the repository root:
 *   npx tsc -p bench/app/tsconfig.json && node build/bench/bench/app/bench-app.js [--quick]
 * The PostgreSQL column needs SLIPWAY_TEST_DATABASE_URL or the server .ci/setup-postgres starts.
 */
import pg from "pg";
import { openPgStore } from "../../app/store/pg-store.js";
import { openPgliteStore } from "../../app/store/pglite-store.js";
import type { Store } from "../../app/store/store.js";
import { type ServerHarness, serverHarness } from "../../test/app/helpers/app-harness.js";
import {
  artifactsOf,
  baseBranchRun,
  newId,
  newRepo,
  pullRequestRun,
  reportWith,
  sha,
} from "../../test/app/helpers/scenario.js";
import { GitHubDouble } from "../../test/helpers/github/github-double.js";
import type { RepoFacts } from "../../test/helpers/github/objects.js";

const quick = process.argv.includes("--quick");
const ROUNDS = quick ? 10 : 40;
const THROUGHPUT = quick ? 20 : 100;
const THROTTLED = quick ? 3 : 6;
const PG_URL =
  process.env.SLIPWAY_TEST_DATABASE_URL || "postgres://slipway:slipway@127.0.0.1:5432/slipway_test";

interface Sample {
  ms: number;
  calls: number;
  doubleMs: number;
}

interface Figures {
  warm: Sample[];
  cold: Sample[];
  throughput: number;
  throttled: number | null;
}

async function main(): Promise<void> {
  const stores: Array<{ name: string; open: () => Promise<{ store: Store; drop: () => Promise<void> }> }> = [
    {
      name: "embedded (PGlite)",
      open: async () => {
        const store = await openPgliteStore();
        return { store, drop: async () => {} };
      },
    },
  ];
  if (await reachable(PG_URL)) {
    stores.push({
      name: "PostgreSQL 15 server",
      open: async () => {
        const schema = `slipway_bench_${process.pid}`;
        const store = await openPgStore({ connectionString: PG_URL, schema });
        return {
          store,
          drop: async () => {
            const client = new pg.Client({ connectionString: PG_URL });
            await client.connect();
            await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
            await client.end();
          },
        };
      },
    });
  } else {
    console.log(`(no PostgreSQL server at ${PG_URL}: the embedded store only)`);
  }

  const results: Array<{ name: string; figures: Figures }> = [];
  for (const { name, open } of stores) {
    const { store, drop } = await open();
    try {
      results.push({ name, figures: await measure(store) });
    } finally {
      await store.close();
      await drop();
    }
  }
  report(results);
}

async function measure(store: Store): Promise<Figures> {
  const double = await GitHubDouble.start();
  double.contract = false;
  const server = await serverHarness({ store, double, logLevel: "info" });
  try {
    // Warm-up: token, app login, code paths compiled by V8.
    await coldDelivery(double, server);

    const cold: Sample[] = [];
    for (let i = 0; i < ROUNDS; i++) cold.push(await coldDelivery(double, server));

    const repo = newRepo(double);
    await deliver(server, await baseBranchRun(double, repo, { runId: newId(), headSha: sha(1) }));
    await deliver(
      server,
      await pullRequestRun(double, repo, { runId: newId(), pull: 1, headSha: sha(2), baseSha: sha(1) }),
    );
    const warm: Sample[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const payload = await pullRequestRun(double, repo, {
        runId: newId(),
        pull: 1,
        headSha: sha(100 + i),
        baseSha: sha(1),
      });
      warm.push(await timed(double, () => deliver(server, payload)));
    }

    const throughput = await deliveriesPerSecond(double, server, THROUGHPUT);
    const throttledServer = await serverHarness({
      store,
      double,
      logLevel: "info",
      resilience: { throttle: true },
    });
    let throttled: number | null = null;
    try {
      throttled = await deliveriesPerSecond(double, throttledServer, THROTTLED);
    } finally {
      await throttledServer.close();
    }
    return { warm, cold, throughput, throttled };
  } finally {
    await server.close();
    await double.close();
  }
}

/** A fresh repository: nothing stored, so the baseline is backfilled and the comment searched for. */
async function coldDelivery(double: GitHubDouble, server: ServerHarness): Promise<Sample> {
  const repo = newRepo(double);
  double.addRun(
    repo,
    { id: newId(), workflowId: 7001, headSha: sha(1), headBranch: "main", event: "push" },
    await baseArtifacts(),
  );
  const payload = await pullRequestRun(double, repo, {
    runId: newId(),
    pull: 1,
    headSha: sha(2),
    baseSha: sha(1),
  });
  return timed(double, () => deliver(server, payload));
}

let baseZip: Awaited<ReturnType<typeof artifactsOf>> | undefined;
async function baseArtifacts() {
  baseZip ??= await artifactsOf({ "": reportWith(0.9) });
  return baseZip.map((artifact) => ({ ...artifact, id: newId() }));
}

async function deliveriesPerSecond(
  double: GitHubDouble,
  server: ServerHarness,
  count: number,
): Promise<number> {
  // Each delivery its own warm pull request: base stored, comment made.
  const repo: RepoFacts = newRepo(double);
  await deliver(server, await baseBranchRun(double, repo, { runId: newId(), headSha: sha(1) }));
  const payloads: unknown[] = [];
  for (let pull = 1; pull <= count; pull++) {
    await deliver(
      server,
      await pullRequestRun(double, repo, {
        runId: newId(),
        pull,
        headSha: sha(1000 + pull),
        baseSha: sha(1),
      }),
    );
    payloads.push(
      await pullRequestRun(double, repo, {
        runId: newId(),
        pull,
        headSha: sha(5000 + pull),
        baseSha: sha(1),
      }),
    );
  }
  const done = double.checkRuns(repo).length + count;
  const started = performance.now();
  // GitHub's webhook middleware answers 202 after 9 s and goes on handling: wait for the work itself.
  await Promise.all(payloads.map((payload) => deliver(server, payload)));
  while (double.checkRuns(repo).length < done || !commentsUpdated(double, repo, count)) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return count / ((performance.now() - started) / 1000);
}

/** Every pull request's comment shows its second run (head 5000 + n). */
function commentsUpdated(double: GitHubDouble, repo: RepoFacts, count: number): boolean {
  for (let pull = 1; pull <= count; pull++) {
    const [comment] = double.comments(repo, pull);
    if (!comment?.body.includes(`\`${sha(5000 + pull).slice(0, 7)}\``)) return false;
  }
  return true;
}

async function deliver(server: ServerHarness, payload: unknown): Promise<void> {
  const { status } = await server.deliver({ name: "workflow_run", payload });
  if (status !== 200 && status !== 202) throw new Error(`delivery answered ${status}`);
}

async function timed(double: GitHubDouble, fn: () => Promise<void>): Promise<Sample> {
  const before = double.requests.length;
  const started = performance.now();
  await fn();
  const ms = performance.now() - started;
  const requests = double.requests.slice(before);
  return {
    ms,
    calls: double.apiCalls(before).length,
    doubleMs: requests.reduce((sum, request) => sum + request.ms, 0),
  };
}

function report(results: Array<{ name: string; figures: Figures }>): void {
  const rows: string[][] = [["", ...results.map((r) => r.name)]];
  const add = (label: string, pick: (f: Figures) => string) =>
    rows.push([label, ...results.map((r) => pick(r.figures))]);
  add("API calls / delivery, warm store", (f) => range(f.warm.map((s) => s.calls)));
  add("API calls / delivery, cold (backfill)", (f) => range(f.cold.map((s) => s.calls)));
  add(
    "handling ms, warm: median (p95)",
    (f) => `${fmt(median(f.warm.map((s) => s.ms)))} (${fmt(p95(f.warm.map((s) => s.ms)))})`,
  );
  add(
    "handling ms, cold: median (p95)",
    (f) => `${fmt(median(f.cold.map((s) => s.ms)))} (${fmt(p95(f.cold.map((s) => s.ms)))})`,
  );
  add("  of which the double answering, warm", (f) => fmt(median(f.warm.map((s) => s.doubleMs))));
  add(`deliveries/s, ${THROUGHPUT} at once, throttling off`, (f) => fmt(f.throughput));
  add(`deliveries/s, ${THROTTLED} at once, Probot's throttling`, (f) =>
    f.throttled === null ? "—" : fmt(f.throttled),
  );
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows)
    console.log(
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "),
    );
  if (results.length === 2) {
    const [a, b] = results.map((r) => r.figures) as [Figures, Figures];
    console.log(
      `\nratios PostgreSQL server / embedded: warm handling ${ratio(median(b.warm.map((s) => s.ms)), median(a.warm.map((s) => s.ms)))}, ` +
        `cold handling ${ratio(median(b.cold.map((s) => s.ms)), median(a.cold.map((s) => s.ms)))}, ` +
        `throughput ${ratio(b.throughput, a.throughput)}`,
    );
  }
  const warm = results[0]!.figures;
  console.log(
    `ratio cold / warm handling (embedded): ${ratio(median(warm.cold.map((s) => s.ms)), median(warm.warm.map((s) => s.ms)))}`,
  );
  console.log(
    `(${ROUNDS} deliveries per latency row; Node ${process.version}; ${quick ? "quick run" : "full run"})`,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

function range(values: number[]): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? String(min) : `${min}–${max}`;
}

function fmt(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}×`;
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

await main();
process.exit(0);
