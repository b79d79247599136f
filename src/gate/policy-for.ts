/**
 * The policy of one environment out of `.github/slipway.yml` text (read from the default branch,
 * never from the change being deployed). Environment names match case-insensitively, as on GitHub.
 * A config that does not parse is a ConfigError naming file, line and key: nothing is approved
 * under a policy nobody can read.
 */

import { parseConfig } from "../config/parse-config.js";
import type { Config, EnvironmentPolicy } from "../config/schema.js";
import { ConfigError, listProblems } from "../errors.js";
import { checkPolicy } from "./check-policy.js";

export function policyFromText(text: string, file: string): Config {
  const parsed = parseConfig(text, file);
  if (!parsed.ok) {
    throw new ConfigError(file, "", listProblems(parsed.errors));
  }
  return parsed.config;
}

export function policyFor(config: Config | null, environment: string): EnvironmentPolicy | undefined {
  if (!config) return undefined;
  const key = Object.keys(config.environments).find(
    (name) => name.toLowerCase() === environment.toLowerCase(),
  );
  return key === undefined ? undefined : config.environments[key];
}

/** Policy problems as one ConfigError, for adapters that refuse to run on a broken policy (exit 2). */
export function assertPolicyUsable(file: string, environment: string, policy: EnvironmentPolicy): void {
  const problems = checkPolicy(environment, policy);
  if (problems.length === 0) return;
  const lines = problems.map((problem) => `${problem.path}: ${problem.message}`);
  throw new ConfigError(file, "", listProblems(lines));
}
