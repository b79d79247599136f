/**
 * Deciding again and again until the gate is approved or rejected, or the time-out comes: what the
 * gate step does at the start of a deploy job while approvers are asked. The clock and the sleep
 * are passed in, so tests run it in no time.
 */
import type { GateDecision } from "./gate-decision.js";
import type { GateFacts } from "./gate-facts.js";

export interface Decided {
  decision: GateDecision;
  facts: GateFacts;
}

export interface AwaitOptions {
  decideOnce: (now: Date) => Promise<Decided>;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** How long to wait for a pending gate, in ms; 0 decides once. */
  timeoutMs: number;
  intervalMs: number;
  onPending?: (decided: Decided, waitMs: number) => void;
}

export interface Awaited extends Decided {
  /** Still pending when the time-out came. */
  timedOut: boolean;
  rounds: number;
}

export async function awaitDecision(options: AwaitOptions): Promise<Awaited> {
  const deadline = options.now().getTime() + options.timeoutMs;
  for (let rounds = 1; ; rounds++) {
    const decided = await options.decideOnce(options.now());
    if (decided.decision.outcome !== "pending") return { ...decided, timedOut: false, rounds };
    const left = deadline - options.now().getTime();
    if (left <= 0) return { ...decided, timedOut: true, rounds };
    // Wake for a freeze or soak ending if that comes before the next poll.
    const recheck = decided.decision.recheckAt
      ? Date.parse(decided.decision.recheckAt) - options.now().getTime()
      : Infinity;
    const waitMs = Math.max(1000, Math.min(options.intervalMs, left, recheck));
    options.onPending?.(decided, waitMs);
    await options.sleep(waitMs);
  }
}
