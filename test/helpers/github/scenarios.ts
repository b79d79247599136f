/**
 * Scenarios described up front, for suites that set GitHub's state once per test (the gate's
 * facts, the baseline reader's runs and artifacts): each starts the one GitHub double and seeds it.
 * Both ask every REST request to carry a token, as the clients under test always send one.
 */
import type { DoubleArtifact } from "./artifacts.js";
import { GitHubDouble } from "./github-double.js";
import type { RepoFacts } from "./objects.js";

const REPO_ID = 1296269;

/** "owner/name" as the double's repository facts; another repository (a fork) gets its own id. */
export function repoFacts(fullName: string, id = REPO_ID): RepoFacts {
  const [owner, name] = fullName.split("/") as [string, string];
  return { id, owner, name };
}

function otherRepo(fullName: string, base: string): RepoFacts {
  if (fullName === base) return repoFacts(fullName);
  const id = 700_000 + [...fullName].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 100_000, 0);
  return repoFacts(fullName, id);
}

export interface GateScenario {
  repository: string;
  defaultBranch?: string;
  /** Text of .github/slipway.yml on the default branch; null: there is none. */
  policy?: string | null;
  /** Full ref → commit; `tagObject` makes it an annotated tag. */
  refs?: Record<string, { sha: string; tagObject?: string }>;
  /** Head commit → the pull requests it is the head of. */
  pulls?: Record<string, { number: number; author: string }[]>;
  reviews?: Record<number, { user: string; state: string; submitted_at: string }[]>;
  /** `edited_at`: the comment was edited then; `bot`: written by an app. */
  comments?: Record<
    number,
    { user: string; body: string; created_at: string; edited_at?: string; bot?: boolean }[]
  >;
  /** "org/slug" → logins, or an HTTP status to refuse with. */
  teams?: Record<string, string[] | number>;
  /** When set, team members are served only to this token (as an org-scoped token); others get 403. */
  teamToken?: string;
  deployments?: {
    id: number;
    sha: string;
    environment: string;
    statuses: { state: string; created_at: string }[];
  }[];
  runs?: {
    id: number;
    headSha: string;
    event?: string;
    headRepository?: string;
    artifacts: { id: number; name: string; zip: Buffer; expired?: boolean }[];
  }[];
  /** Route template → status to refuse with (GitHub's error body). */
  refuse?: Record<string, number>;
}

export async function startGateScenario(scenario: GateScenario): Promise<GitHubDouble> {
  const double = await GitHubDouble.start();
  double.requireToken = true;
  const repo = repoFacts(scenario.repository);
  const branch = scenario.defaultBranch ?? "main";
  const state = double.addRepo(repo, scenario.policy ?? null, branch);
  for (const [ref, target] of Object.entries(scenario.refs ?? {})) state.refs.set(ref, target);
  for (const [sha, pulls] of Object.entries(scenario.pulls ?? {}))
    for (const pull of pulls)
      double.addPull(repo, {
        number: pull.number,
        headSha: sha,
        headRef: `pull-${pull.number}`,
        baseRef: branch,
        baseSha: "0".repeat(40),
        author: pull.author,
      });
  for (const [pull, reviews] of Object.entries(scenario.reviews ?? {}))
    double.gates.reviews.set(`${repo.owner}/${repo.name}#${pull}`, reviews);
  for (const [issue, comments] of Object.entries(scenario.comments ?? {}))
    for (const comment of comments)
      double.addComment(repo, Number(issue), comment.body, comment.user, {
        createdAt: comment.created_at,
        updatedAt: comment.edited_at ?? comment.created_at,
        type: comment.bot ? "Bot" : "User",
      });
  for (const [team, members] of Object.entries(scenario.teams ?? {})) double.gates.teams.set(team, members);
  double.gates.teamToken = scenario.teamToken;
  for (const deployment of scenario.deployments ?? [])
    double.gates.deployments.push({ owner: repo.owner, repo: repo.name, ...deployment });
  for (const run of scenario.runs ?? [])
    double.addRun(
      repo,
      {
        id: run.id,
        headSha: run.headSha,
        headBranch: branch,
        event: run.event ?? "push",
        headRepository: otherRepo(run.headRepository ?? scenario.repository, scenario.repository),
      },
      run.artifacts,
    );
  for (const [template, status] of Object.entries(scenario.refuse ?? {})) double.refuse(template, status);
  return double;
}

export interface ArtifactScenario {
  repository: string;
  runs: { id: number; branch?: string; event?: string; headSha?: string; headRepository?: string }[];
  /** Status for the runs listing (default 200), with GitHub's error body. */
  runsStatus?: number;
  artifacts: Record<number, { id: number; name?: string; expired?: boolean; size?: number }[]>;
  /** Zip bytes per artifact id, or a status the download answers with. */
  zips: Record<number, Buffer | number>;
}

export async function startArtifactScenario(scenario: ArtifactScenario): Promise<GitHubDouble> {
  const double = await GitHubDouble.start();
  double.requireToken = true;
  const repo = repoFacts(scenario.repository);
  double.addRepo(repo);
  for (const run of scenario.runs) {
    const artifacts = (scenario.artifacts[run.id] ?? []).map((spec): DoubleArtifact => {
      const zip = scenario.zips[spec.id];
      return {
        id: spec.id,
        name: spec.name ?? "slipway-report",
        expired: spec.expired,
        zip: Buffer.isBuffer(zip) ? zip : Buffer.alloc(0),
        reportedSize: spec.size ?? (Buffer.isBuffer(zip) ? zip.length : 1000),
        downloadStatus: typeof zip === "number" ? zip : undefined,
      };
    });
    double.addRun(
      repo,
      {
        id: run.id,
        headSha: run.headSha ?? `${run.id}`.padStart(40, "a"),
        headBranch: run.branch ?? "main",
        event: run.event ?? "push",
        headRepository: otherRepo(run.headRepository ?? scenario.repository, scenario.repository),
      },
      artifacts,
    );
  }
  if (scenario.runsStatus && scenario.runsStatus !== 200)
    double.refuse("/repos/{owner}/{repo}/actions/runs", scenario.runsStatus);
  return double;
}
export type { GitHubDouble };
