/**
 * The audit trail of deployment gates, per repository and environment: every decision the app
 * made, newest first, with its reasons (and, with --json, the facts it decided on), and every try
 * to post a settled gate's answer to GitHub with what GitHub said.
 */
import { textTable } from "../../src/report/text/text-table.js";
import type { Decision, GateAnswer, Store } from "../store/store.js";

export interface AuditQuery {
  repositoryId: number;
  environment: string;
  limit: number;
}

export async function listDecisions(store: Store, query: AuditQuery): Promise<Decision[]> {
  return store.decisions(query.repositoryId, query.environment, { limit: query.limit });
}

export async function listAnswers(store: Store, query: AuditQuery): Promise<GateAnswer[]> {
  return store.answers(query.repositoryId, query.environment, { limit: query.limit });
}

/** The tries to answer GitHub, newest first; "" when there were none. */
export function renderAnswers(answers: readonly GateAnswer[]): string {
  if (answers.length === 0) return "";
  const rows = answers.map((answer) => [
    answer.at.toISOString(),
    answer.state,
    String(answer.deploymentId),
    answer.outcome,
    answer.status === null ? "" : String(answer.status),
    answer.detail,
  ]);
  return `\nAnswers to GitHub:\n${textTable(["At", "Answer", "Deployment", "Outcome", "HTTP", "Detail"], rows)}\n`;
}

export function renderDecisions(decisions: readonly Decision[], query: AuditQuery): string {
  if (decisions.length === 0) {
    return `No gate decisions recorded for repository ${query.repositoryId}, environment "${query.environment}".\n`;
  }
  const rows = decisions.map((decision) => [
    decision.decidedAt.toISOString(),
    decision.outcome,
    decision.sha.slice(0, 7),
    decision.deploymentId === null ? "" : String(decision.deploymentId),
    decision.reasons.join("; "),
  ]);
  return `${textTable(["Decided", "Outcome", "Commit", "Deployment", "Why"], rows)}\n`;
}

/** Reads `--repository-id N --environment NAME [--limit 50] [--json]`; null with a message when wrong. */
export function parseAuditArgs(
  args: readonly string[],
): { query: AuditQuery; json: boolean } | { error: string } {
  const value = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const repositoryId = Number(value("--repository-id"));
  const environment = value("--environment");
  const limit = Number(value("--limit") ?? 50);
  if (!Number.isInteger(repositoryId) || repositoryId <= 0) {
    return {
      error: "--repository-id must be the repository's numeric id (GitHub: GET /repos/OWNER/NAME → id).",
    };
  }
  if (!environment) return { error: "--environment is required (e.g. production)." };
  if (!Number.isInteger(limit) || limit <= 0) return { error: "--limit must be a positive whole number." };
  return { query: { repositoryId, environment, limit }, json: args.includes("--json") };
}
