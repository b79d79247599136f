/**
 * The gate step, first in a deploy job: read the policy from the default branch, gather the facts
 * with the job's token, decide — and while pending, decide again every poll interval until the
 * time-out. Approved: the step passes and the job goes on. Rejected, still pending, or anything
 * that goes wrong: the step fails with the reasons (fail closed). The only try/catch.
 */
import * as core from "@actions/core";
import { parseDuration } from "../../config/duration.js";
import { ConfigError, describeFailure, InputError } from "../../errors.js";
import { awaitDecision } from "../../gate/await-decision.js";
import { decideGate } from "../../gate/decide-gate.js";
import { formatSpan, shortSha } from "../../gate/format-instant.js";
import { gatherFacts } from "../../gate/github/gather-facts.js";
import { assertPolicyUsable, policyFor, policyFromDefaultBranch } from "../../gate/policy-for.js";
import { renderDecisionMarkdown, renderDecisionText } from "../../gate/render-decision.js";
import { createGitHubClient } from "../../github/client.js";
import { createGateGitHub, POLICY_PATH, withTeamClient } from "../../github/gate-github.js";
import { actionSetting } from "../action-setting.js";

export async function run(): Promise<void> {
  try {
    const environment = core.getInput("environment", { required: true });
    const token = core.getInput("token") || process.env.GITHUB_TOKEN || "";
    if (!token)
      throw new InputError(
        "token",
        "is empty; leave the token input at its default, the job's github.token, or pass one.",
      );
    const timeoutMs = durationInput("timeout", "30m");
    const intervalMs = durationInput("poll-interval", "1m");
    const repository = requiredEnv("GITHUB_REPOSITORY");
    const sha = requiredEnv("GITHUB_SHA");
    const ref = requiredEnv("GITHUB_REF");
    const apiUrl = process.env.GITHUB_API_URL || "https://api.github.com";
    const deployer =
      core.getInput("deployer") || process.env.GITHUB_TRIGGERING_ACTOR || process.env.GITHUB_ACTOR || null;
    const teamToken = core.getInput("team-token");
    const [owner, repo] = repository.split("/") as [string, string];
    const gateGitHub = (auth: string) =>
      createGateGitHub(createGitHubClient({ token: auth, baseUrl: apiUrl, warn: core.warning }), {
        owner,
        repo,
      });
    const github = withTeamClient(gateGitHub(token), teamToken ? gateGitHub(teamToken) : undefined);

    const { config, configFile } = policyFromDefaultBranch(
      await github.policyFile(),
      repository,
      POLICY_PATH,
    );
    const policy = policyFor(config, environment);
    if (!policy) {
      throw new ConfigError(
        configFile,
        "environments",
        `no policy for environment "${environment}"; nothing can approve this deploy.`,
      );
    }
    assertPolicyUsable(configFile, environment, policy);

    core.info(
      `Deciding ${environment} for ${shortSha(sha)} (${ref}), deployed by ${deployer ?? "someone unknown"}.`,
    );
    const result = await awaitDecision({
      decideOnce: async (now) => {
        const facts = await gatherFacts(github, { repository, environment, sha, ref, deployer, policy });
        return { facts, decision: decideGate(policy, facts, now) };
      },
      now: () => new Date(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      timeoutMs,
      intervalMs,
      onPending: ({ decision, facts }, waitMs) => {
        core.info(`${renderDecisionText(decision, facts)}Deciding again in ${formatSpan(waitMs)}.`);
      },
    });
    const { decision, facts } = result;
    core.info(renderDecisionText(decision, facts));
    await core.summary.addRaw(renderDecisionMarkdown(decision, facts), true).write();
    core.setOutput("outcome", decision.outcome);
    core.setOutput("reasons", JSON.stringify(decision.reasons));
    core.setOutput("decision", JSON.stringify(decision));
    if (decision.outcome === "rejected") {
      core.setFailed(
        `The Slipway gate rejected deploying ${shortSha(sha)} to ${environment}: ${decision.reasons.join(" ")}`,
      );
    } else if (decision.outcome === "pending") {
      core.setFailed(
        `The Slipway gate was still pending after ${core.getInput("timeout") || "30m"}: ${decision.reasons.join(" ")} Re-run this job once that is done.`,
      );
    }
  } catch (error) {
    core.setOutput("outcome", "rejected");
    core.setFailed(describeFailure(error).message);
  }
}

function durationInput(name: string, fallback: string): number {
  const text = actionSetting(name, { fallback });
  const ms = parseDuration(text);
  if (ms === null || ms < 0)
    throw new InputError(name, `"${text}" is not a duration such as "30m", "1h" or "0s".`);
  return ms;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new InputError(name, "is not set; run this step in a GitHub Actions job.");
  return value;
}
