/**
 * Load: two app replicas (each a Node process running Probot's real HTTP server with the app,
 * load-replica.ts) on one PostgreSQL server, 1,000 signed deliveries through them — every pull request's run in two
 * attempts, half of them delivered newest first, and 20% of all deliveries sent again with the
 * same delivery id (GitHub's redelivery), some while the first is still being handled. Then every
 * pull request must end with exactly one comment and exactly one check run (found by external_id
 * and updated, never created twice), both showing its newest attempt. Prints deliveries per second and the handling time (the HTTP answer
 * comes when the handler is done) at p50/p95/max. Octokit's write spacing is off: this measures the
 * app and its store, not GitHub's one-write-a-second etiquette (with it, one installation's
 * comments are three seconds apart whatever the app does).
 * Run from the repository root (needs the server .ci/setup-postgres starts):
 *   npx tsc -p bench/app/tsconfig.json && node build/bench/bench/app/bench-load.js [--deliveries 1000]
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { sign } from "@octokit/webhooks-methods";
import pg from "pg";
import { openPgStore } from "../../app/store/pg-store.js";
import { WEBHOOK_SECRET } from "../../test/app/helpers/app-harness.js";
import { baseBranchRun, newId, newRepo, pullRequestRun, sha } from "../../test/app/helpers/scenario.js";
import { GitHubDouble } from "../../test/helpers/github/github-double.js";
import type { RepoFacts } from "../../test/helpers/github/objects.js";

const PG_URL =
  process.env.SLIPWAY_TEST_DATABASE_URL || "postgres://slipway:slipway@127.0.0.1:5432/slipway_test";
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const DELIVERIES = arg("--deliveries", 1000);
const DUPLICATE_SHARE = 0.2;
const IN_FLIGHT = arg("--in-flight", 16);
const PULLS = Math.round((DELIVERIES * (1 - DUPLICATE_SHARE)) / 2);

interface Planned {
  id: string;
  payload: unknown;
  pull: number;
  attempt: number;
}

/** A seeded generator, so every run plans the same order. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

type Replica = { url: string; process: ChildProcess };

async function startReplica(schema: string, githubUrl: string): Promise<Replica> {
  const script = fileURLToPath(new URL("./load-replica.js", import.meta.url));
  const child = spawn(process.execPath, [script, PG_URL, schema, githubUrl], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const first = await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next();
  return { url: (JSON.parse(String(first.value)) as { url: string }).url, process: child };
}

/** A signed delivery POSTed to a replica; resolves with the HTTP status once the app answered. */
async function deliver(replica: Replica, id: string, payload: unknown): Promise<number> {
  const body = JSON.stringify(payload);
  const response = await fetch(`${replica.url}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "workflow_run",
      "x-github-delivery": id,
      "x-hub-signature-256": await sign(WEBHOOK_SECRET, body),
    },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

async function main(): Promise<void> {
  const schema = `slipway_load_${process.pid}`;
  const replicas: Replica[] = [];
  const double = await GitHubDouble.start();
  double.contract = false;
  try {
    // Migrated once before the replicas start, so start-up stays out of the figures.
    await (await openPgStore({ connectionString: PG_URL, schema })).close();
    replicas.push(...(await Promise.all([0, 1].map(() => startReplica(schema, double.url)))));
    const repo = newRepo(double);
    const base = await baseBranchRun(double, repo, { runId: newId(), headSha: sha(1) });
    for (const replica of replicas) await deliver(replica, randomUUID(), base);
    const plan = await planDeliveries(double, repo);
    console.log(
      `${plan.length} deliveries (${PULLS} pull requests × 2 attempts, ${plan.length - PULLS * 2} sent again), ` +
        `2 replicas on PostgreSQL, ${IN_FLIGHT} in flight`,
    );
    const { seconds, times, statuses } = await run(replicas, plan);
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(0);
    console.log(`deliveries/s: ${(plan.length / seconds).toFixed(1)} (${seconds.toFixed(1)} s in all)`);
    console.log(`handling time ms: p50 ${at(0.5)} · p95 ${at(0.95)} · max ${at(1)}`);
    console.log(
      `answers: ${Object.entries(statuses)
        .map(([status, n]) => `${n}× ${status}`)
        .join(", ")}`,
    );
    const problems = verify(double, repo);
    const checkRuns = double.checkRuns(repo).filter((check) => check.head_sha !== sha(1)).length;
    console.log(`check runs created: ${checkRuns} for ${PULLS} pull requests`);
    console.log(
      problems.length === 0
        ? "every pull request: exactly one comment and one check run, both of attempt 2"
        : `PROBLEMS (${problems.length}):\n${problems.slice(0, 20).join("\n")}`,
    );
    if (problems.length > 0) process.exitCode = 1;
  } finally {
    for (const replica of replicas) replica.process.kill("SIGTERM");
    await Promise.all(
      replicas.map((replica) => new Promise((resolve) => replica.process.once("exit", resolve))),
    );
    await double.close();
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}

async function planDeliveries(double: GitHubDouble, repo: RepoFacts): Promise<Planned[]> {
  const next = random(13);
  const plan: Planned[] = [];
  for (let pull = 1; pull <= PULLS; pull++) {
    const runId = newId();
    const run = {
      runId,
      pull,
      headSha: sha(1000 + pull),
      baseSha: sha(1),
      createdAt: "2026-03-02T10:00:00Z",
    };
    const attempts: Planned[] = [];
    for (const attempt of [1, 2]) {
      const payload = await pullRequestRun(double, repo, { ...run, attempt });
      attempts.push({ id: randomUUID(), payload, pull, attempt });
    }
    // Half the pull requests get their newest attempt first.
    plan.push(...(next() < 0.5 ? attempts.reverse() : attempts));
  }
  // Interleave pull requests, keeping each pull request's own order.
  const shuffled = plan
    .map((delivery, i) => ({ delivery, key: Math.floor(i / 2) + next() * PULLS * 0.02 }))
    .sort((a, b) => a.key - b.key)
    .map(({ delivery }) => delivery);
  const duplicates = DELIVERIES - shuffled.length;
  for (let i = 0; i < duplicates; i++) {
    const original = Math.floor(next() * shuffled.length);
    // Soon after (often while the first is in flight) or much later.
    const at = Math.min(shuffled.length, original + 1 + Math.floor(next() * (next() < 0.5 ? 4 : 200)));
    shuffled.splice(at, 0, { ...shuffled[original]! });
  }
  return shuffled;
}

async function run(replicas: Replica[], plan: Planned[]) {
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < plan.length) {
      const index = next++;
      const delivery = plan[index]!;
      const replica = replicas[index % replicas.length]!;
      const t0 = performance.now();
      const status = await deliver(replica, delivery.id, delivery.payload);
      times.push(performance.now() - t0);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { seconds: (performance.now() - started) / 1000, times, statuses };
}

function verify(double: GitHubDouble, repo: RepoFacts): string[] {
  const problems: string[] = [];
  const checks = double.checkRuns(repo);
  for (let pull = 1; pull <= PULLS; pull++) {
    const comments = double.comments(repo, pull);
    if (comments.length !== 1) problems.push(`#${pull}: ${comments.length} comments`);
    else if (!comments[0].body.includes(", attempt 2"))
      problems.push(`#${pull}: the comment does not show attempt 2`);
    const head = sha(1000 + pull);
    const mine = checks.filter((check) => check.head_sha === head);
    if (mine.length !== 1) problems.push(`#${pull}: ${mine.length} check runs`);
    else if (!mine[0].request.output.summary.includes(", attempt 2"))
      problems.push(`#${pull}: the check run does not show attempt 2`);
  }
  return problems;
}

await main();
