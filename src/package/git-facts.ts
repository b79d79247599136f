/**
 * What the image's tags and labels are made from: the commit, the ref, and the repository's
 * public facts. On GitHub they come from the step's environment and event payload; on a laptop
 * from git (read-git-facts.ts). Pure: the caller reads the environment and the payload file.
 */
export interface GitFacts {
  /** Full commit SHA (on pull_request events GitHub's merge commit, as docker/metadata-action uses). */
  sha: string | null;
  /** refs/heads/<branch>, refs/tags/<tag> or refs/pull/<n>/merge. */
  ref: string | null;
  /** https://github.com/owner/name, for org.opencontainers.image.url and .source. */
  repositoryUrl: string | null;
  description: string | null;
  /** SPDX identifier of the repository's license. */
  license: string | null;
}

export const NO_GIT_FACTS: GitFacts = {
  sha: null,
  ref: null,
  repositoryUrl: null,
  description: null,
  license: null,
};

interface EventRepository {
  html_url?: unknown;
  description?: unknown;
  license?: { spdx_id?: unknown } | null;
}

/** From GITHUB_* variables and the parsed event payload (GITHUB_EVENT_PATH), as a step sees them. */
export function gitFactsFromGithub(env: NodeJS.ProcessEnv, payload: unknown): GitFacts {
  const repository = ((payload as { repository?: EventRepository } | null)?.repository ??
    {}) as EventRepository;
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const url =
    typeof repository.html_url === "string"
      ? repository.html_url
      : env.GITHUB_REPOSITORY
        ? `${server}/${env.GITHUB_REPOSITORY}`
        : null;
  const spdx = repository.license?.spdx_id;
  return {
    sha: env.GITHUB_SHA || null,
    ref: env.GITHUB_REF || null,
    repositoryUrl: url,
    description: typeof repository.description === "string" ? repository.description : null,
    // GitHub says NOASSERTION for a license file it cannot classify: that is not a license.
    license: typeof spdx === "string" && spdx !== "NOASSERTION" ? spdx : null,
  };
}

/** git@github.com:o/r.git, ssh://git@host/o/r.git, https://host/o/r.git → https://host/o/r. */
export function webUrlFromRemote(remote: string): string | null {
  const text = remote.trim();
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(text);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  try {
    const url = new URL(text);
    if (!["http:", "https:", "ssh:", "git:"].includes(url.protocol)) return null;
    const path = url.pathname.replace(/\.git\/?$/, "").replace(/\/$/, "");
    return `https://${url.hostname}${path}`;
  } catch {
    return null;
  }
}
