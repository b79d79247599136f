/** Small builders for gate tests: a policy and facts with the schema's defaults, and a fixed clock. */
import type { z } from "zod";
import { type EnvironmentPolicy, environmentSchema } from "../../../src/config/schema.js";
import { type GateFacts, type GateFactsInput, gateFactsSchema } from "../../../src/gate/gate-facts.js";

/** Wednesday 2025-01-08 10:00 UTC: two days before the Friday-evening freeze in the tables. */
export const NOW = new Date("2025-01-08T10:00:00Z");
export const SHA = "0123456789abcdef0123456789abcdef01234567";

export function buildPolicy(overrides: z.input<typeof environmentSchema> = {}): EnvironmentPolicy {
  return environmentSchema.parse(overrides);
}

export function buildFacts(overrides: Partial<GateFactsInput> = {}): GateFacts {
  return gateFactsSchema.parse({
    environment: "production",
    commit: SHA,
    ref: "refs/heads/main",
    deployer: "deploy-bot",
    pull_requests: [{ number: 12, author: "carol" }],
    deployments: [],
    ...overrides,
  });
}

export function hoursBefore(hours: number, from: Date = NOW): string {
  return new Date(from.getTime() - hours * 3_600_000).toISOString();
}

export function approvedReview(user: string, hoursAgo = 1, pull = 12) {
  return { pull_request: pull, user, state: "APPROVED" as const, submitted_at: hoursBefore(hoursAgo) };
}

export function approveCommand(user: string, hoursAgo = 1, environment = "production") {
  return { pull_request: 12, user, environment, at: hoursBefore(hoursAgo) };
}
