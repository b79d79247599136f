/**
 * issue_comment.created on a pull request: `/slipway approve <environment>` and `/slipway status`.
 * An approval is recorded as an event the moment it arrives (author, time, environment): the gate
 * counts it from the record, never from the comment's text later (app/gate/approval-events.ts).
 * Every command is acknowledged with a reaction; an approval that does not count gets a reply that
 * says why (not an approver, self-approval, team membership unknown…); a malformed one gets usage.
 * `/slipway status` also answers again every decided gate whose answer GitHub has not taken yet.
 * Wiring only: the engine decides, app/gate/review-gate answers GitHub.
 */

import { parseCommand } from "../../src/gate/parse-command.js";
import { isBot } from "../../src/github/gate-github.js";
import { inlineText } from "../../src/report/markdown/escape.js";
import { reviewGate } from "../gate/review-gate.js";
import { defineHandler } from "./handler.js";

export const handleGateCommand = defineHandler({
  name: "gate-command",
  events: ["issue_comment.created"],
  async handle(context, deps) {
    const { comment, issue, repository } = context.payload;
    // The one rule for bots (src/github/gate-github.ts): a bot never approves.
    if (!issue.pull_request || isBot(comment.user)) return;
    const command = parseCommand(comment.body ?? "");
    if (!command) return;
    const { owner, repo } = context.repo();
    const user = comment.user?.login ?? "";
    const react = (content: "+1" | "eyes" | "confused") =>
      context.octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: comment.id, content });
    const reply = (body: string) =>
      context.octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body });

    if (command.kind === "invalid") {
      await react("confused");
      await reply(`@${user} ${inlineText(command.problem, 500)}`);
      return;
    }
    if (command.kind === "approve") {
      await deps.store.recordApproval({
        repositoryId: repository.id,
        pullNumber: issue.number,
        source: "comment",
        sourceId: comment.id,
        login: user,
        environment: command.environment,
        url: comment.html_url,
        at: new Date(comment.created_at),
        receivedAt: deps.now(),
        deliveryId: context.id,
      });
    }
    const pending = await deps.store.pendingGates({ repositoryId: repository.id });
    if (command.kind === "status") {
      await react("eyes");
      const lines: string[] = [];
      for (const gate of await deps.store.unansweredGates({ repositoryId: repository.id })) {
        await reviewGate(context.octokit, deps, gate, context.id);
        const now = await deps.store.gate(gate.repositoryId, gate.deploymentId, gate.environment);
        const answered = now?.answeredAt
          ? `GitHub has the answer now (${now.answer})`
          : `GitHub has not taken the answer yet; Slipway tries again at ${now?.nextAnswerAt?.toISOString() ?? "its next sweep"}`;
        lines.push(
          `- **${inlineText(gate.environment)}** (\`${gate.sha.slice(0, 7)}\`): ${gate.state} — ${answered}`,
        );
      }
      for (const gate of pending) {
        const { state, decision } = await reviewGate(context.octokit, deps, gate, context.id);
        lines.push(
          `- **${inlineText(gate.environment)}** (\`${gate.sha.slice(0, 7)}\`): ${state}${decision ? ` — ${inlineText(decision.reasons.join(" "), 1500)}` : ""}`,
        );
      }
      await reply(
        lines.length
          ? `Deployments waiting on Slipway:\n\n${lines.join("\n")}`
          : "No deployment is waiting on Slipway in this repository.",
      );
      return;
    }
    await react("+1");
    const gates = pending.filter(
      (gate) => gate.environment.toLowerCase() === command.environment.toLowerCase(),
    );
    if (gates.length === 0) {
      await reply(
        `@${user} noted, but no deployment to ${inlineText(command.environment)} is waiting on Slipway right now; your approval counts when one asks for a commit of this pull request.`,
      );
      return;
    }
    for (const gate of gates) {
      const { decision } = await reviewGate(context.octokit, deps, gate, context.id);
      const ignored = decision?.approvals.ignored.find(
        (entry) =>
          entry.user.toLowerCase() === user.toLowerCase() && entry.via.startsWith("/slipway approve"),
      );
      const counted = decision?.approvals.counted.some(
        (entry) => entry.user.toLowerCase() === user.toLowerCase(),
      );
      if (ignored && !counted) {
        await reply(
          `@${user} your approval of ${inlineText(gate.environment)} did not count: ${inlineText(ignored.why, 500)}.`,
        );
      }
    }
  },
});
