/**
 * Gathers the facts for one deployment from GitHub through the GateGitHub interface, asking only
 * what the policy needs. Nothing is guessed: a look-up that fails leaves its fact null (the engine
 * then explains what it could not tell) or, where a wrong answer could let a deploy through — a
 * report or a review that could not be read — records a gap, which keeps the gate closed.
 */
import type { EnvironmentPolicy } from "../../config/schema.js";
import type { GateGitHub } from "../../github/gate-github.js";
import { parseApprover } from "../approver-entry.js";
import { GATE_FACTS_SCHEMA, type GateFacts } from "../gate-facts.js";
import { parseCommand } from "../parse-command.js";

export interface GatherInput {
  repository: string;
  environment: string;
  sha: string;
  ref: string;
  deployer: string | null;
  policy: EnvironmentPolicy | undefined;
}

export const TEAM_TOKEN_HINT =
  'a workflow\'s GITHUB_TOKEN cannot read team membership: give the step a token that can (a GitHub App installation token with "members: read", or a fine-grained token with organization "Members: read"), or list approvers by login; see docs/gates.md';

export async function gatherFacts(github: GateGitHub, input: GatherInput): Promise<GateFacts> {
  const { policy } = input;
  const facts: GateFacts = {
    schema: GATE_FACTS_SCHEMA,
    repository: input.repository,
    environment: input.environment,
    commit: input.sha,
    ref: input.ref,
    deployer: input.deployer,
    pull_requests: null,
    reports: [],
    reviews: [],
    commands: [],
    teams: {},
    deployments: null,
    gaps: [],
    notes: [],
  };
  if (!policy) return facts;

  if (policy.require.length > 0) {
    const reports = await github.reportsForCommit(input.sha);
    if (reports.ok) {
      facts.reports = reports.value.facts;
      facts.gaps.push(...reports.value.problems);
    } else facts.gaps.push(reports.reason);
  }

  if (policy.approvals > 0 || policy.freeze.length > 0) {
    const pulls = await github.pullRequestsForCommit(input.sha);
    if (pulls.ok) {
      facts.pull_requests = pulls.value;
      for (const pull of pulls.value) {
        const [reviews, comments] = await Promise.all([
          github.reviews(pull.number),
          github.comments(pull.number),
        ]);
        if (reviews.ok) facts.reviews.push(...reviews.value);
        else facts.gaps.push(reviews.reason);
        if (!comments.ok) {
          facts.gaps.push(comments.reason);
          continue;
        }
        for (const comment of comments.value) {
          const command = parseCommand(comment.body);
          if (command?.kind === "approve") {
            facts.commands.push({
              pull_request: pull.number,
              user: comment.user,
              environment: command.environment,
              at: comment.at,
              url: comment.url,
            });
          }
        }
      }
    } else facts.notes.push(pulls.reason);
  }

  const teams = new Map<string, { org: string; slug: string }>();
  for (const text of [...policy.approvers, ...policy["override-approvers"]]) {
    const entry = parseApprover(text);
    if (entry?.kind === "team") teams.set(entry.key, entry);
  }
  for (const [key, team] of teams) {
    const members = await github.teamMembers(team.org, team.slug);
    facts.teams[key] = members.ok ? members.value : null;
    if (!members.ok) {
      facts.notes.push(
        `${members.reason}${members.status === 403 || members.status === 404 ? `; ${TEAM_TOKEN_HINT}` : ""}`,
      );
    }
  }

  if (policy.after) {
    const deployments = await github.deployments(input.sha, policy.after.environment);
    if (deployments.ok) facts.deployments = deployments.value;
    else facts.notes.push(deployments.reason);
  }
  return facts;
}
