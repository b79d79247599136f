/**
 * The gate's GitHub look-ups for the app: the one GateGitHub of src/github on the installation's
 * Octokit, with the commit's report parts taken from the store (the trusted reports the app kept
 * from workflow_run deliveries) instead of downloading artifacts, and bare refs from webhooks
 * qualified. Comment approvals are replaced by the recorded events in review-gate.ts.
 */

import { reportFacts } from "../../src/gate/report-facts.js";
import { type Answer, createGateGitHub, type GateGitHub } from "../../src/github/gate-github.js";
import type { Octokit } from "../github/app-octokit.js";
import type { Store } from "../store/store.js";

export interface RepoRef {
  owner: string;
  repo: string;
  repositoryId: number;
  defaultBranch: string;
}

export function octokitGateGitHub(
  octokit: Octokit,
  store: Store,
  where: RepoRef,
): GateGitHub & {
  qualifyRef(ref: string): Promise<Answer<string>>;
} {
  const { owner, repo } = where;
  const ask = async <T>(doing: string, call: () => Promise<T>): Promise<Answer<T>> => {
    try {
      return { ok: true, value: await call() };
    } catch (error) {
      const status = (error as { status?: number }).status ?? null;
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        status,
        reason: `GitHub answered ${status ?? "nothing"} (${message}) while ${doing}`,
      };
    }
  };
  return {
    ...createGateGitHub(octokit, { owner, repo, defaultBranch: where.defaultBranch }),
    /** The webhook's ref may be bare ("main", "v1.2.0"): which one is it, a branch or a tag? */
    qualifyRef: (ref) =>
      ask(`finding whether ${ref} is a branch or a tag`, async () => {
        if (ref.startsWith("refs/")) return ref;
        for (const kind of ["heads", "tags"]) {
          try {
            await octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
              owner,
              repo,
              ref: `${kind}/${ref}`,
            });
            return `refs/${kind}/${ref}`;
          } catch (error) {
            if ((error as { status?: number }).status !== 404) throw error;
          }
        }
        return ref;
      }),
    reportsForCommit: (sha) =>
      ask(`reading the stored reports of ${sha.slice(0, 7)}`, async () => {
        const stored = await store.reportsAt(where.repositoryId, sha, { trustedOnly: true });
        return { facts: stored.flatMap((report) => reportFacts(report.report, report.runUrl)), problems: [] };
      }),
  };
}
