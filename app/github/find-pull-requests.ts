/**
 * The open pull requests a workflow run tested. The payload lists them for branches of the same
 * repository; for a pull request from a fork the list is empty, so the pull request is found from
 * the run's head commit — the pulls GitHub associates with that commit, else the open pulls of the
 * fork's branch — keeping only those whose head is still that commit (a newer push makes this run
 * outdated, and its results must not overwrite the newer ones).
 */
import type { Octokit } from "./app-octokit.js";

export interface PullRequestRef {
  number: number;
  baseRef: string;
  baseSha: string;
  headSha: string;
}

interface RunFacts {
  event: string;
  head_sha: string;
  head_branch: string | null;
  head_repository?: { owner?: { login?: string } | null } | null;
  pull_requests?: Array<{
    number: number;
    head: { sha: string };
    base: { ref: string; sha: string; repo: { id: number } };
  } | null> | null;
}

export async function findPullRequests(
  octokit: Octokit,
  where: { owner: string; repo: string; repositoryId: number },
  run: RunFacts,
): Promise<PullRequestRef[]> {
  const listed = (run.pull_requests ?? [])
    .flatMap((pull) => (pull && pull.base.repo.id === where.repositoryId ? [pull] : []))
    .map((pull) => ({
      number: pull.number,
      baseRef: pull.base.ref,
      baseSha: pull.base.sha,
      headSha: pull.head.sha,
    }));
  if (listed.length > 0) return listed.filter((pull) => pull.headSha === run.head_sha);
  if (!run.event.startsWith("pull_request")) return [];

  const fromCommit = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: where.owner,
    repo: where.repo,
    commit_sha: run.head_sha,
    per_page: 100,
  });
  let pulls = fromCommit.data.filter((pull) => pull.state === "open" && pull.head.sha === run.head_sha);
  const forkOwner = run.head_repository?.owner?.login;
  if (pulls.length === 0 && forkOwner && run.head_branch) {
    const byBranch = await octokit.rest.pulls.list({
      owner: where.owner,
      repo: where.repo,
      state: "open",
      head: `${forkOwner}:${run.head_branch}`,
      per_page: 100,
    });
    pulls = byBranch.data.filter((pull) => pull.head.sha === run.head_sha);
  }
  return pulls
    .filter((pull) => pull.base.repo.id === where.repositoryId)
    .map((pull) => ({
      number: pull.number,
      baseRef: pull.base.ref,
      baseSha: pull.base.sha,
      headSha: pull.head.sha,
    }));
}
