/**
 * The timer side of gates: pending gates whose freeze or soak has ended (recheck_at passed), whose
 * look-ups failed a while ago, or that expired, are decided again without waiting for an event;
 * settled gates whose answer GitHub has not taken are answered again when their next try is due.
 * Runs once when the app starts — so gates left by a restart are picked up — and then on an
 * interval. Each gate is handled under its lock, whichever replica's sweep wins.
 */
import type { Probot } from "probot";
import type { AppDeps } from "../deps.js";
import type { Octokit } from "../github/app-octokit.js";
import { reviewGate } from "./review-gate.js";

export async function sweepGates(app: Probot, deps: AppDeps): Promise<number> {
  const now = deps.now();
  const due = [
    ...(await deps.store.pendingGates({ dueBefore: now })),
    ...(await deps.store.unansweredGates({ dueBefore: now })),
  ];
  for (const gate of due) {
    try {
      const octokit = (await app.auth(gate.installationId)) as unknown as Octokit;
      const reviewed = await reviewGate(octokit, deps, gate, null);
      app.log.info(
        { gate: gate.id, state: reviewed.state },
        gate.state === "pending" ? "gate decided again by the sweep" : "gate answered again by the sweep",
      );
    } catch (error) {
      app.log.error({ err: error, gate: gate.id }, "the gate sweep could not decide a gate; it tries again");
    }
  }
  return due.length;
}

export function startGateSweep(app: Probot, deps: AppDeps, intervalMs: number): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    sweepGates(app, deps)
      .catch((error: unknown) => app.log.error({ err: error }, "the gate sweep failed"))
      .finally(() => {
        running = false;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
