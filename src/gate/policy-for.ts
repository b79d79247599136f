/**
 * The policy of one environment out of `.github/slipway.yml` text (read from the default branch,
 * never from the change being deployed). Environment names match case-insensitively, as on GitHub.
 * A config that does not parse is a ConfigError naming file, line and key: nothing is approved
 * under a policy nobody can read.
 */

import { parseConfig } from "../config/parse-config.js";
import type { Config, EnvironmentPolicy } from "../config/schema.js";
import { ConfigError, InputError, listProblems } from "../errors.js";
import { checkPolicy } from "./check-policy.js";

export function policyFromText(text: string, file: string): Config {
  const parsed = parseConfig(text, file);
  if (!parsed.ok) {
    throw new ConfigError(file, "", listProblems(parsed.errors));
  }
  return parsed.config;
}

/** What reading the policy file from the default branch gave: its text (null when there is none), or why it could not be read. */
export type PolicyFileAnswer =
  | { ok: true; value: { branch: string; text: string | null } }
  | { ok: false; reason: string };

/**
 * The config on `repository`'s default branch, named `owner/name@branch:path` in every message.
 * A file that could not be read or is not there is an error: the gate fails closed.
 */
export function policyFromDefaultBranch(
  file: PolicyFileAnswer,
  repository: string,
  path: string,
): { config: Config; configFile: string } {
  if (!file.ok) {
    throw new InputError(
      `${repository}:${path}`,
      `could not be read from the default branch: ${file.reason}. The token needs "contents: read".`,
    );
  }
  const configFile = `${repository}@${file.value.branch}:${path}`;
  if (file.value.text === null) {
    throw new ConfigError(
      configFile,
      "",
      "not found on the default branch; the gate reads its policy from there.",
    );
  }
  return { config: policyFromText(file.value.text, configFile), configFile };
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
