/**
 * What the gate knows about one deployment, as plain data: the single input of the decision besides
 * the policy and the clock. The same shape is a facts file for `slipway gate explain`, what the app
 * and the action gather from GitHub, and what the audit trail keeps, so a decision can be replayed.
 * Keys are snake_case like the report and GitHub's API. A fact that could not be established is
 * `null` (or listed in `gaps`), never guessed: the engine reads it as "not approved" and says why.
 */
import { z } from "zod";

export const GATE_FACTS_SCHEMA = "slipway/gate-facts@1";

export const reportPartSchema = z.enum(["data", "model", "package"]);
export type ReportPartName = z.output<typeof reportPartSchema>;

const instant = z.iso.datetime({ offset: true }).describe("ISO 8601 date-time with Z or an offset.");
const login = z.string().min(1).describe("A GitHub login.");

export const reportFactSchema = z
  .object({
    part: reportPartSchema,
    passed: z.boolean(),
    detail: z.string().optional().describe("What passed or failed, in plain words."),
    source: z.string().optional().describe("Where this came from: a run URL, a file."),
  })
  .strict();

export const reviewStateSchema = z.enum([
  "APPROVED",
  "CHANGES_REQUESTED",
  "COMMENTED",
  "DISMISSED",
  "PENDING",
]);

export const reviewFactSchema = z
  .object({
    pull_request: z.number().int().positive(),
    user: login,
    state: reviewStateSchema,
    submitted_at: instant.nullable().describe("null for a review not submitted yet."),
  })
  .strict();

export const approveCommandFactSchema = z
  .object({
    pull_request: z.number().int().positive().optional(),
    user: login,
    environment: z.string().min(1),
    at: instant,
    url: z.string().optional(),
  })
  .strict();

export const deploymentFactSchema = z
  .object({
    environment: z.string().min(1),
    sha: z.string().min(1),
    state: z.string().min(1).describe("The deployment's latest status: success, failure, in_progress…"),
    at: instant.describe("When that status was set."),
  })
  .strict();

export const pullRequestFactSchema = z
  .object({
    number: z.number().int().positive(),
    author: login,
    url: z.string().optional(),
  })
  .strict();

export const gateFactsSchema = z
  .object({
    schema: z.literal(GATE_FACTS_SCHEMA).default(GATE_FACTS_SCHEMA),
    repository: z.string().optional().describe("owner/name"),
    environment: z.string().min(1).describe("The environment being deployed to."),
    commit: z.string().regex(/^[0-9a-f]{7,64}$/i, "expected a commit SHA (hex)"),
    ref: z
      .string()
      .min(1)
      .describe('What is deployed: "refs/heads/<branch>" or "refs/tags/<tag>"; a bare name is unknown.'),
    deployer: login.nullable().default(null).describe("Who started the deployment; null when unknown."),
    pull_requests: z
      .array(pullRequestFactSchema)
      .nullable()
      .default(null)
      .describe("The pull request(s) that brought the commit; null when unknown."),
    reports: z.array(reportFactSchema).default([]).describe("Each report part seen for the commit."),
    reviews: z.array(reviewFactSchema).default([]),
    commands: z
      .array(approveCommandFactSchema)
      .default([])
      .describe("`/slipway approve <environment>` comments on those pull requests."),
    teams: z
      .record(z.string(), z.array(login).nullable())
      .default({})
      .describe('Members of each "@org/team" approver; null when they could not be read.'),
    deployments: z
      .array(deploymentFactSchema)
      .nullable()
      .default(null)
      .describe("Earlier deployments of the commit; null when unknown."),
    gaps: z
      .array(z.string())
      .default([])
      .describe("Facts that could not be gathered, and why: each keeps the gate from approving."),
    notes: z
      .array(z.string())
      .default([])
      .describe("Why a fact is null (a team that could not be read…): shown, blocks nothing by itself."),
    now: instant.optional().describe("The clock the decision was made at (for replay)."),
  })
  .strict();

/** Facts as written (defaults optional). */
export type GateFactsInput = z.input<typeof gateFactsSchema>;
export type GateFacts = z.output<typeof gateFactsSchema>;
export type ReportFact = z.output<typeof reportFactSchema>;
export type ReviewFact = z.output<typeof reviewFactSchema>;
export type ApproveCommandFact = z.output<typeof approveCommandFactSchema>;
export type DeploymentFact = z.output<typeof deploymentFactSchema>;
export type PullRequestFact = z.output<typeof pullRequestFactSchema>;
