/**
 * Decides a pending gate again and acts on it: the one place the app answers GitHub for a gate.
 * Under the store's lock for the gate, so concurrent re-evaluations (two deliveries, the sweep, two
 * replicas) take turns; settleGate is true for exactly one caller, so one caller answers. A settled
 * gate whose answer GitHub has not taken yet is answered again (app/gate/answer-gate.ts). Every
 * decision is recorded with its facts and reasons (the audit trail). Comment approvals are the
 * approvals the app recorded as events, never comments' current text (approval-events.ts). Fails
 * closed: a policy that cannot be read or parsed is said on the deployment; a failure to gather
 * facts keeps the gate pending and tries again a little later.
 */
import { isSlipwayError } from "../../src/errors.js";
import { decideGate } from "../../src/gate/decide-gate.js";
import type { GateDecision } from "../../src/gate/gate-decision.js";
import type { GateFacts } from "../../src/gate/gate-facts.js";
import { gatherFacts } from "../../src/gate/github/gather-facts.js";
import { policyFor, policyFromText } from "../../src/gate/policy-for.js";
import { renderDecisionMarkdown } from "../../src/gate/render-decision.js";
import type { AppDeps } from "../deps.js";
import type { Octokit } from "../github/app-octokit.js";
import type { Gate, GateState, GateStore } from "../store/store.js";
import { type AnswerResult, answerGate } from "./answer-gate.js";
import { recordedCommandComments } from "./approval-events.js";
import { gateContextOf, gateMarker } from "./gate-context.js";
import { octokitGateGitHub } from "./octokit-gate-github.js";

const RETRY_MS = 5 * 60_000;

export interface Reviewed {
  state: GateState;
  decision: GateDecision | null;
}

export async function reviewGate(
  octokit: Octokit,
  deps: AppDeps,
  gate: Pick<Gate, "repositoryId" | "deploymentId" | "environment">,
  deliveryId: string | null,
): Promise<Reviewed> {
  const { store } = deps;
  return store.withLock(`gate:${gate.repositoryId}:${gate.deploymentId}:${gate.environment}`, async () => {
    const current = await store.gate(gate.repositoryId, gate.deploymentId, gate.environment);
    if (!current) return { state: "expired", decision: null };
    if (current.state !== "pending") {
      if (current.answeredAt === null) await answerGate(octokit, deps, current, deliveryId);
      return { state: current.state, decision: null };
    }
    const now = deps.now();
    const context = gateContextOf(current.context);
    const { decision, facts } =
      current.expiresAt && now >= current.expiresAt
        ? expired(current, current.expiresAt, now)
        : await decide(octokit, deps, current, now);
    await store.recordDecision({
      gateId: current.id,
      repositoryId: current.repositoryId,
      environment: current.environment,
      deploymentId: current.deploymentId,
      sha: current.sha,
      outcome: current.expiresAt && now >= current.expiresAt ? "expired" : decision.outcome,
      reasons: decision.reasons,
      facts,
      decidedAt: now,
      deliveryId,
    });
    const pulls = facts?.pull_requests ?? [];
    if (decision.outcome === "pending") {
      const retry = facts === null || facts.gaps.length > 0 ? new Date(now.getTime() + RETRY_MS) : null;
      const recheck = decision.recheckAt ? new Date(decision.recheckAt) : retry;
      const commentId = await upsertStatus(octokit, context, current, pulls[0]?.number, decision, facts);
      await store.updatePendingGate(current.id, {
        reasons: decision.reasons,
        recheckAt: recheck,
        statusCommentId: commentId,
        at: now,
      });
      return { state: "pending", decision };
    }
    const state: GateState = current.expiresAt && now >= current.expiresAt ? "expired" : decision.outcome;
    if (!(await store.settleGate(current.id, state, decision.reasons, now))) {
      return { state: (await storedGate(store, gate)).state, decision };
    }
    const settled = await storedGate(store, gate);
    const answered = await answerGate(octokit, deps, settled, deliveryId);
    await upsertStatus(octokit, context, current, pulls[0]?.number, decision, facts, answered);
    return { state, decision };
  });
}

async function decide(
  octokit: Octokit,
  deps: AppDeps,
  gate: Gate,
  now: Date,
): Promise<{ decision: GateDecision; facts: GateFacts | null }> {
  const context = gateContextOf(gate.context);
  const github = {
    ...octokitGateGitHub(octokit, deps.store, {
      owner: context.owner,
      repo: context.repo,
      repositoryId: gate.repositoryId,
      defaultBranch: context.defaultBranch,
    }),
    comments: (pull: number) => recordedCommandComments(deps.store, gate.repositoryId, pull),
  };
  const file = await github.policyFile();
  if (!file.ok)
    return {
      decision: closed(gate, now, "pending", `the policy could not be read: ${file.reason}.`),
      facts: null,
    };
  if (file.value.text === null) {
    return {
      decision: closed(
        gate,
        now,
        "rejected",
        `there is no .github/slipway.yml on ${file.value.branch}, so nothing can approve this deploy.`,
      ),
      facts: null,
    };
  }
  let policy: ReturnType<typeof policyFor>;
  try {
    policy = policyFor(
      policyFromText(file.value.text, `.github/slipway.yml (${file.value.branch})`),
      gate.environment,
    );
  } catch (error) {
    if (!isSlipwayError(error)) throw error;
    return {
      decision: closed(gate, now, "rejected", `the policy cannot be read: ${error.message}`),
      facts: null,
    };
  }
  const facts = await gatherFacts(github, {
    repository: `${context.owner}/${context.repo}`,
    environment: gate.environment,
    sha: gate.sha,
    ref: context.ref,
    deployer: context.deployer,
    policy,
  });
  return { decision: decideGate(policy, facts, now), facts: { ...facts, now: now.toISOString() } };
}

function expired(gate: Gate, expiresAt: Date, now: Date): { decision: GateDecision; facts: null } {
  return {
    decision: closed(
      gate,
      now,
      "rejected",
      `no approval came before the gate expired at ${expiresAt.toISOString()}; last seen: ${gate.reasons.join(" ") || "nothing"}`,
    ),
    facts: null,
  };
}

function closed(gate: Gate, now: Date, outcome: "pending" | "rejected", reason: string): GateDecision {
  return {
    outcome,
    environment: gate.environment,
    commit: gate.sha,
    decidedAt: now.toISOString(),
    reasons: [reason],
    rules: [
      {
        rule: outcome === "pending" ? "facts" : "policy",
        status: outcome === "pending" ? "wait" : "fail",
        message: reason,
      },
    ],
    recheckAt: null,
    approvals: { required: 0, counted: [], ignored: [] },
  };
}

/** The status comment on the pull request that brought the commit, kept up to date. */
async function upsertStatus(
  octokit: Octokit,
  context: ReturnType<typeof gateContextOf>,
  gate: Gate,
  pull: number | undefined,
  decision: GateDecision,
  facts: GateFacts | null,
  answered?: AnswerResult,
): Promise<number | null> {
  const unanswered =
    answered?.outcome === "failed"
      ? `\n\n⚠️ GitHub has not taken this answer yet (${answered.status ?? "no answer"}); Slipway tries again${answered.retryAt ? ` at ${answered.retryAt.toISOString()}` : ""}.`
      : "";
  const body = `${gateMarker(gate.deploymentId, gate.environment)}\n${renderDecisionMarkdown(decision, facts ?? undefined)}${unanswered}`;
  if (gate.statusCommentId !== null) {
    try {
      await octokit.rest.issues.updateComment({
        owner: context.owner,
        repo: context.repo,
        comment_id: gate.statusCommentId,
        body,
      });
      return gate.statusCommentId;
    } catch (error) {
      if ((error as { status?: number }).status !== 404 || pull === undefined) throw error;
    }
  }
  // No comment to edit (or it was deleted) and no pull request to post a new one on.
  if (pull === undefined) return null;
  const created = await octokit.rest.issues.createComment({
    owner: context.owner,
    repo: context.repo,
    issue_number: pull,
    body,
  });
  return created.data.id;
}

/** The gate as stored; it was created before it is reviewed and gates are never deleted. */
async function storedGate(
  store: GateStore,
  key: Pick<Gate, "repositoryId" | "deploymentId" | "environment">,
): Promise<Gate> {
  const gate = await store.gate(key.repositoryId, key.deploymentId, key.environment);
  if (!gate) throw new Error(`gate ${key.deploymentId}/${key.environment} is missing from the store`);
  return gate;
}
