/**
 * What the gate asks of GitHub, behind one interface: the CLI and the action use the fetch client
 * below; tests use a local HTTP double checked against GitHub's OpenAPI description. Each method
 * answers with a value or a reason it could not.
 */

import { readZipEntry } from "../../model/baseline/read-zip-entry.js";
import { parseReport } from "../../report/report-schema.js";
import type { DeploymentFact, PullRequestFact, ReportFact, ReviewFact } from "../gate-facts.js";
import { reportFacts } from "../report-facts.js";
import { type Answer, RestClient, type RestClientOptions } from "./rest-client.js";

export type { Answer } from "./rest-client.js";

export interface IssueComment {
  user: string;
  body: string;
  at: string;
  url: string;
}

export interface GateGitHub {
  /** `.github/slipway.yml` on the default branch (null when there is none) and that branch. */
  policyFile(): Promise<Answer<{ branch: string; text: string | null }>>;
  /** The commit a full ref (refs/heads/…, refs/tags/…) points at. */
  resolveRef(ref: string): Promise<Answer<string>>;
  pullRequestsForCommit(sha: string): Promise<Answer<PullRequestFact[]>>;
  reviews(pull: number): Promise<Answer<ReviewFact[]>>;
  comments(pull: number): Promise<Answer<IssueComment[]>>;
  teamMembers(org: string, slug: string): Promise<Answer<string[]>>;
  deployments(sha: string, environment: string): Promise<Answer<DeploymentFact[]>>;
  /** Report parts from the trusted (not pull-request) runs of the commit. */
  reportsForCommit(sha: string): Promise<Answer<{ facts: ReportFact[]; problems: string[] }>>;
}

export const POLICY_PATH = ".github/slipway.yml";
const REPORT_ARTIFACT = /^slipway-report(-[\w.-]+)?$/;
const REPORT_FILE = "slipway-report.json";
const MAX_ZIP = 20 * 1024 * 1024;

interface WorkflowRun {
  id: number;
  event: string;
  html_url: string;
  head_repository?: { full_name?: string } | null;
}

export class FetchGateGitHub implements GateGitHub {
  private readonly client: RestClient;
  private readonly repo: string;
  constructor(
    private readonly repository: string,
    options: RestClientOptions,
  ) {
    this.client = new RestClient(options);
    this.repo = `/repos/${repository}`;
  }

  async policyFile(): Promise<Answer<{ branch: string; text: string | null }>> {
    const repo = await this.client.json<{ default_branch: string }>(this.repo, `reading ${this.repository}`);
    if (!repo.ok) return repo;
    const branch = repo.value.default_branch;
    const file = await this.client.json<{ content?: string; encoding?: string }>(
      `${this.repo}/contents/${POLICY_PATH}?ref=${encodeURIComponent(branch)}`,
      `reading ${POLICY_PATH} on ${branch}`,
    );
    if (!file.ok) return file.status === 404 ? { ok: true, value: { branch, text: null } } : file;
    if (file.value.encoding !== "base64" || typeof file.value.content !== "string") {
      return { ok: false, status: 200, reason: `${POLICY_PATH} on ${branch} came back without its content` };
    }
    return { ok: true, value: { branch, text: Buffer.from(file.value.content, "base64").toString("utf8") } };
  }

  async resolveRef(ref: string): Promise<Answer<string>> {
    const name = ref.replace(/^refs\//, "");
    const found = await this.client.json<{ object: { sha: string; type: string } }>(
      `${this.repo}/git/ref/${name.split("/").map(encodeURIComponent).join("/")}`,
      `resolving ${ref}`,
    );
    if (!found.ok) return found;
    if (found.value.object.type !== "tag") return { ok: true, value: found.value.object.sha };
    // An annotated tag points at a tag object, which points at the commit.
    const tag = await this.client.json<{ object: { sha: string } }>(
      `${this.repo}/git/tags/${found.value.object.sha}`,
      `reading the tag object of ${ref}`,
    );
    return tag.ok ? { ok: true, value: tag.value.object.sha } : tag;
  }

  pullRequestsForCommit(sha: string): Promise<Answer<PullRequestFact[]>> {
    return this.client.list<
      { number: number; user: { login: string } | null; html_url: string }[],
      PullRequestFact
    >(`${this.repo}/commits/${sha}/pulls`, `listing the pull requests of commit ${sha.slice(0, 7)}`, (page) =>
      page.map((pull) => ({ number: pull.number, author: pull.user?.login ?? "ghost", url: pull.html_url })),
    );
  }

  reviews(pull: number): Promise<Answer<ReviewFact[]>> {
    return this.client.list<
      { user: { login: string } | null; state: string; submitted_at?: string | null }[],
      ReviewFact
    >(`${this.repo}/pulls/${pull}/reviews`, `listing the reviews of #${pull}`, (page) =>
      page
        .filter((review) => review.user)
        .map((review) => ({
          pull_request: pull,
          user: review.user!.login,
          state: (["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED"].includes(review.state)
            ? review.state
            : "PENDING") as ReviewFact["state"],
          submitted_at: review.submitted_at ?? null,
        })),
    );
  }

  comments(pull: number): Promise<Answer<IssueComment[]>> {
    return this.client.list<
      { user: { login: string } | null; body?: string; created_at: string; html_url: string }[],
      IssueComment
    >(`${this.repo}/issues/${pull}/comments`, `listing the comments of #${pull}`, (page) =>
      page
        .filter((comment) => comment.user)
        .map((comment) => ({
          user: comment.user!.login,
          body: comment.body ?? "",
          at: comment.created_at,
          url: comment.html_url,
        })),
    );
  }

  teamMembers(org: string, slug: string): Promise<Answer<string[]>> {
    return this.client.list<{ login: string }[], string>(
      `/orgs/${encodeURIComponent(org)}/teams/${encodeURIComponent(slug)}/members`,
      `listing the members of @${org}/${slug}`,
      (page) => page.map((member) => member.login),
    );
  }

  async deployments(sha: string, environment: string): Promise<Answer<DeploymentFact[]>> {
    const listed = await this.client.list<
      { id: number; sha: string; environment: string }[],
      { id: number; sha: string; environment: string }
    >(
      `${this.repo}/deployments?${new URLSearchParams({ sha, environment })}`,
      `listing the deployments of ${sha.slice(0, 7)} to ${environment}`,
      (page) => page,
    );
    if (!listed.ok) return listed;
    const facts: DeploymentFact[] = [];
    for (const deployment of listed.value) {
      const statuses = await this.client.list<
        { state: string; created_at: string }[],
        { state: string; created_at: string }
      >(
        `${this.repo}/deployments/${deployment.id}/statuses`,
        `listing the statuses of deployment ${deployment.id}`,
        (page) => page,
      );
      if (!statuses.ok) return statuses;
      // A deployment that succeeded counts from its first success, even once a later one made it inactive.
      const success = statuses.value
        .filter((status) => status.state === "success")
        .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))[0];
      const latest = success ?? statuses.value[0];
      if (latest) {
        facts.push({
          environment: deployment.environment,
          sha: deployment.sha,
          state: latest.state,
          at: latest.created_at,
        });
      }
    }
    return { ok: true, value: facts };
  }

  async reportsForCommit(sha: string): Promise<Answer<{ facts: ReportFact[]; problems: string[] }>> {
    const runs = await this.client.json<{ workflow_runs: WorkflowRun[] }>(
      `${this.repo}/actions/runs?${new URLSearchParams({ head_sha: sha, status: "completed", exclude_pull_requests: "true", per_page: "50" })}`,
      `listing the workflow runs of ${sha.slice(0, 7)}`,
    );
    if (!runs.ok) return runs;
    const facts: ReportFact[] = [];
    const problems: string[] = [];
    const trusted = runs.value.workflow_runs
      .filter((run) => !run.event.startsWith("pull_request"))
      .filter((run) => run.head_repository?.full_name?.toLowerCase() === this.repository.toLowerCase());
    for (const run of trusted) {
      const artifacts = await this.client.list<
        { artifacts: { id: number; name: string; expired: boolean; size_in_bytes: number }[] },
        { id: number; name: string; expired: boolean; size_in_bytes: number }
      >(
        `${this.repo}/actions/runs/${run.id}/artifacts`,
        `listing the artifacts of run ${run.id}`,
        (page) => page.artifacts,
      );
      if (!artifacts.ok) return artifacts;
      for (const artifact of artifacts.value.filter((a) => REPORT_ARTIFACT.test(a.name))) {
        const where = `the ${artifact.name} artifact of run ${run.id}`;
        if (artifact.expired) {
          problems.push(`${where} has expired`);
          continue;
        }
        if (artifact.size_in_bytes > MAX_ZIP) {
          problems.push(`${where} is over the ${MAX_ZIP}-byte limit`);
          continue;
        }
        const zip = await this.client.download(
          `${this.repo}/actions/artifacts/${artifact.id}/zip`,
          MAX_ZIP,
          `downloading ${where}`,
        );
        if (!zip.ok) return zip;
        let text: string | null;
        try {
          text = (await readZipEntry(zip.value, REPORT_FILE))?.toString("utf8") ?? null;
        } catch (error) {
          problems.push(`${where} is ${error instanceof Error ? error.message : String(error)}`);
          continue;
        }
        if (text === null) {
          problems.push(`${where} holds no ${REPORT_FILE}`);
          continue;
        }
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          problems.push(`${where}: ${REPORT_FILE} is not JSON`);
          continue;
        }
        const parsed = parseReport(raw, where);
        if (!parsed.ok) {
          problems.push(parsed.message);
          continue;
        }
        facts.push(...reportFacts(parsed.report, run.html_url));
      }
    }
    return { ok: true, value: { facts, problems } };
  }
}

/**
 * The same look-ups, with team membership asked through another client: a workflow's GITHUB_TOKEN
 * cannot read an organisation's teams, so the gate step may be given a second token just for that.
 */
export function withTeamClient(github: GateGitHub, teams: GateGitHub | undefined): GateGitHub {
  if (!teams) return github;
  return {
    policyFile: () => github.policyFile(),
    resolveRef: (ref) => github.resolveRef(ref),
    pullRequestsForCommit: (sha) => github.pullRequestsForCommit(sha),
    reviews: (pull) => github.reviews(pull),
    comments: (pull) => github.comments(pull),
    teamMembers: (org, slug) => teams.teamMembers(org, slug),
    deployments: (sha, environment) => github.deployments(sha, environment),
    reportsForCommit: (sha) => github.reportsForCommit(sha),
  };
}
