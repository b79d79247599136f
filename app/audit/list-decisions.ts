/**
 * The audit trail of deployment gates, per repository and environment: every decision the app
 * made, newest first, with its reasons (and, with --json, the facts it decided on).
 */
import { textTable } from "../../src/report/text/text-table.js";
import type { Decision, Store } from "../store/store.js";

export interface AuditQuery {
  repositoryId: number;
  environment: string;
  limit: number;
}

export async function listDecisions(store: Store, query: AuditQuery): Promise<Decision[]> {
  return store.decisions(query.repositoryId, query.environment, { limit: query.limit });
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
