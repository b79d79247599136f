/**
 * deployment_protection_rule.requested: GitHub asks whether a job may deploy to an environment
 * whose protection rules include this app. Remember the gate, then decide it (app/gate/review-gate):
 * approved or rejected is answered at once; pending keeps a status comment on the pull request and
 * is decided again when something changes (reviews, commands, reports, the sweep). Wiring only.
 */
import { gateContextOf, runIdOfCallback } from "../gate/gate-context.js";
import { octokitGateGitHub } from "../gate/octokit-gate-github.js";
import { reviewGate } from "../gate/review-gate.js";
import { defineHandler } from "./handler.js";

/** GitHub gives up on a pending rule after 30 days; the app answers (rejected, expired) a day before. */
export const GATE_EXPIRY_MS = 29 * 24 * 3600 * 1000;

export const handleDeploymentProtectionRuleRequested = defineHandler({
  name: "deployment-protection-rule-requested",
  events: ["deployment_protection_rule.requested"],
  async handle(context, deps) {
    // GitHub sends sha and ref (see @octokit/openapi's webhook schema); @octokit/webhooks' types predate them.
    const payload = context.payload as typeof context.payload & { sha?: string; ref?: string };
    const sha = payload.sha ?? payload.deployment?.sha;
    const log = context.log.child({ delivery: context.id, environment: payload.environment });
    const callbackUrl = payload.deployment_callback_url ?? "";
    const runId = callbackUrl ? runIdOfCallback(callbackUrl) : null;
    const repository = payload.repository;
    if (!payload.environment || !sha || runId === null || !payload.installation || !repository) {
      log.error(
        "deployment_protection_rule without environment, sha, callback, installation or repository: cannot answer it",
      );
      return;
    }
    const { owner, repo } = context.repo();
    const github = octokitGateGitHub(context.octokit, deps.store, {
      owner,
      repo,
      repositoryId: repository.id,
      defaultBranch: repository.default_branch,
    });
    const bare = payload.ref ?? payload.deployment?.ref ?? "";
    const qualified = await github.qualifyRef(bare);
    const now = deps.now();
    const gate = await deps.store.saveGate({
      repositoryId: repository.id,
      repository: repository.full_name,
      installationId: payload.installation.id,
      environment: payload.environment,
      deploymentId: payload.deployment?.id ?? runId,
      sha,
      ref: qualified.ok ? qualified.value : bare,
      callbackUrl,
      requestedAt: now,
      expiresAt: new Date(now.getTime() + GATE_EXPIRY_MS),
      recheckAt: null,
      context: {
        ...gateContextOf({}),
        owner,
        repo,
        defaultBranch: repository.default_branch,
        ref: qualified.ok ? qualified.value : bare,
        deployer: payload.deployment?.creator?.login ?? payload.sender?.login ?? null,
        runId,
      },
    });
    const reviewed = await reviewGate(context.octokit, deps, gate, context.id);
    log.info({ gate: gate.id, state: reviewed.state }, `gate ${reviewed.state}`);
  },
});
