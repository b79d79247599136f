/**
 * The one trust rule: which workflow runs' reports count as evidence for a commit — a baseline to
 * compare with, a report a deployment gate requires, a base branch's history. A run counts only
 * when it ran the repository's own code on an event that no pull request, comment or outside
 * caller chose. An allow-list: an event GitHub adds later is untrusted until someone decides.
 * The reasoning per event is in docs/trust.md; the app, the gate action, the CLI and the baseline
 * reader all call this function.
 */

/** Events whose runs are the repository's own code, started by a push or by someone with write access. */
export const TRUSTED_EVENTS: ReadonlySet<string> = new Set([
  "push",
  "schedule",
  "workflow_dispatch",
  "merge_group",
]);

export interface RunOrigin {
  event: string;
  head_repository?: { id?: number; full_name?: string } | null;
}

/** The repository asking: its id when known (the app), else its `owner/name` (an action, the CLI). */
export type RepositoryRef = { id: number } | { fullName: string };

export function isTrustedRun(run: RunOrigin, repository: RepositoryRef): boolean {
  if (!TRUSTED_EVENTS.has(run.event)) return false;
  const head = run.head_repository;
  if (!head) return false;
  if ("id" in repository) return head.id === repository.id;
  return (
    typeof head.full_name === "string" && head.full_name.toLowerCase() === repository.fullName.toLowerCase()
  );
}
