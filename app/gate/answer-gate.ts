/**
 * Posts a settled gate's answer to GitHub's deployment protection rule callback, and keeps trying
 * until GitHub takes it: decided → answered. Each try is kept in the audit trail with GitHub's
 * status. GitHub taking it, a 422 (it was decided already: by a replica, by a person, or an earlier
 * try whose reply was lost) and a 404/410 (the run or deployment is gone) all end the tries; any
 * other failure (GitHub down, a rate limit, no network) is tried again later, by the sweep, a
 * redelivery or `/slipway status`, with a growing pause. After GitHub's own 30 days nobody waits
 * for the answer any more. Call it under the gate's lock.
 */
import type { AppDeps } from "../deps.js";
import type { Octokit } from "../github/app-octokit.js";
import type { AnswerOutcome, Gate, GateAnswer } from "../store/store.js";
import { gateContextOf } from "./gate-context.js";

/** GitHub's limit for the protection rule's comment. */
const CALLBACK_COMMENT_MAX = 1024;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 30 * 60_000;
/** GitHub stops waiting on a custom protection rule after 30 days. */
const GITHUB_WAITS_MS = 30 * 24 * 3600 * 1000;

export interface AnswerResult {
  outcome: AnswerOutcome;
  status: number | null;
  detail: string;
  retryAt: Date | null;
}

export async function answerGate(
  octokit: Octokit,
  deps: AppDeps,
  gate: Gate,
  deliveryId: string | null,
): Promise<AnswerResult> {
  if (gate.state === "pending") throw new Error(`gate ${gate.id} is pending: nothing to answer`);
  const now = deps.now();
  const state = gate.state === "approved" ? "approved" : "rejected";
  const result =
    now.getTime() - gate.requestedAt.getTime() > GITHUB_WAITS_MS
      ? gone(`GitHub stopped waiting for an answer 30 days after ${gate.requestedAt.toISOString()}`)
      : await post(octokit, gate, state, now);
  const record: GateAnswer = {
    gateId: gate.id,
    repositoryId: gate.repositoryId,
    environment: gate.environment,
    deploymentId: gate.deploymentId,
    state: gate.state,
    outcome: result.outcome,
    status: result.status,
    detail: result.detail,
    at: now,
    deliveryId,
  };
  await deps.store.recordAnswer(record, result.retryAt);
  return result;
}

async function post(
  octokit: Octokit,
  gate: Gate,
  state: "approved" | "rejected",
  now: Date,
): Promise<AnswerResult> {
  const context = gateContextOf(gate.context);
  const heading =
    state === "approved" ? "Slipway approved this deployment" : "Slipway rejected this deployment";
  let comment = `${heading}: ${gate.reasons.join(" ")}`;
  if (comment.length > CALLBACK_COMMENT_MAX) comment = `${comment.slice(0, CALLBACK_COMMENT_MAX - 1)}…`;
  try {
    const response = await octokit.request(
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule",
      {
        owner: context.owner,
        repo: context.repo,
        run_id: context.runId,
        environment_name: gate.environment,
        state,
        comment,
      },
    );
    return {
      outcome: "accepted",
      status: response.status,
      detail: `GitHub took the answer "${state}"`,
      retryAt: null,
    };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const message = error instanceof Error ? error.message : String(error);
    if (status === 422) {
      return {
        outcome: "already-decided",
        status,
        detail: `GitHub had decided this deployment already (${message})`,
        retryAt: null,
      };
    }
    if (status === 404 || status === 410) {
      return { ...gone(`the run or deployment is gone (${message})`), status };
    }
    const pause = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(gate.answerAttempts, 10));
    return {
      outcome: "failed",
      status: typeof status === "number" ? status : null,
      detail: `GitHub did not take the answer: ${message}`,
      retryAt: new Date(now.getTime() + pause),
    };
  }
}

function gone(detail: string): AnswerResult {
  return { outcome: "gone", status: null, detail, retryAt: null };
}
