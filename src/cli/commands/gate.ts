/**
 * `slipway gate explain`: what the deployment gate would say, and why — for a policy against a facts
 * file (replay, "what if"), or against a live repository with a token. Exit 0 approved, 1 rejected
 * or pending, 2 could not run.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfig } from "../../config/load-config.js";
import { parseYamlWith, withoutFile } from "../../config/parse-config.js";
import type { Config } from "../../config/schema.js";
import { ConfigError, InputError, listProblems } from "../../errors.js";
import { decideGate } from "../../gate/decide-gate.js";
import { type GateFacts, gateFactsSchema } from "../../gate/gate-facts.js";
import { gatherFacts } from "../../gate/github/gather-facts.js";
import { assertPolicyUsable, policyFor, policyFromDefaultBranch } from "../../gate/policy-for.js";
import { renderDecisionText } from "../../gate/render-decision.js";
import { createGitHubClient } from "../../github/client.js";
import { createGateGitHub, POLICY_PATH } from "../../github/gate-github.js";
import type { CliIo } from "../context.js";
import type { RegisterCommand } from "./index.js";

interface ExplainOptions {
  environment?: string;
  facts?: string;
  repo?: string;
  ref?: string;
  sha?: string;
  deployer?: string;
  apiUrl?: string;
  now?: string;
  saveFacts?: string;
  config?: string;
  json?: boolean;
}

export const registerGate: RegisterCommand = (program, io, setExit) => {
  const gate = program.command("gate").description("Deployment gates: the policy in .github/slipway.yml.");
  gate
    .command("explain")
    .description(
      "Decide a deployment as the gate would, and say why: against a facts file (--facts) or a live repository (--repo, token in GITHUB_TOKEN).",
    )
    .option("-e, --environment <name>", "the environment deployed to (default: the facts file's)")
    .option("--facts <file>", "facts file (JSON or YAML, slipway/gate-facts@1)")
    .option(
      "--repo <owner/name>",
      "gather the facts from this repository (token in GITHUB_TOKEN or GH_TOKEN)",
    )
    .option("--ref <ref>", "with --repo: what is deployed, refs/heads/<branch> or refs/tags/<tag>")
    .option("--sha <sha>", "with --repo: the commit (default: what --ref points at)")
    .option("--deployer <login>", "with --repo: who deploys (for prevent-self-approval)")
    .option(
      "--api-url <url>",
      "with --repo: GitHub's API (default: GITHUB_API_URL or https://api.github.com)",
    )
    .option("--now <date-time>", "decide as at this moment (ISO 8601; default: the facts file's, else now)")
    .option("--save-facts <file>", "write the facts used to this file, to replay later with --facts")
    .option(
      "--config <path>",
      "policy file (default: .github/slipway.yml here, or on the default branch with --repo)",
    )
    .option("--json", "print the decision and the facts as JSON")
    .action(async (options: ExplainOptions) => {
      const { facts, config, configFile } = await readFacts(options, io);
      const environment = options.environment ?? facts.environment;
      const policy = policyFor(config, environment);
      if (!policy) {
        const known = Object.keys(config.environments);
        throw new ConfigError(
          configFile,
          "environments",
          `no policy for environment "${environment}"${known.length ? ` (it has: ${known.join(", ")})` : " (it defines no environments)"}.`,
        );
      }
      assertPolicyUsable(configFile, environment, policy);
      const now = decisionTime(options.now ?? facts.now);
      const decision = decideGate(policy, { ...facts, environment }, now);
      if (options.saveFacts) {
        writeFileSync(
          resolve(io.cwd, options.saveFacts),
          `${JSON.stringify({ ...facts, now: now.toISOString() }, null, 2)}\n`,
        );
      }
      io.stdout(
        options.json
          ? `${JSON.stringify({ decision, facts }, null, 2)}\n`
          : renderDecisionText(decision, facts),
      );
      if (decision.outcome !== "approved") setExit(1);
    });
};

/** The facts and the policy: from a facts file (--facts) or gathered from GitHub (--repo), never both. */
async function readFacts(
  options: ExplainOptions,
  io: CliIo,
): Promise<{ facts: GateFacts; config: Config; configFile: string }> {
  if (options.facts && options.repo)
    throw new InputError("--facts", "give either --facts or --repo, not both.");
  if (options.facts) return readFactsMode(options.facts, options, io);
  if (options.repo) return gatherLive(options.repo, options, io);
  throw new InputError("slipway gate explain", "give --facts <file>, or --repo <owner/name> with --ref.");
}

function readFactsMode(
  file: string,
  options: ExplainOptions,
  io: CliIo,
): { facts: GateFacts; config: Config; configFile: string } {
  const path = resolve(io.cwd, file);
  if (!existsSync(path)) throw new InputError(file, "file not found. Check the path.");
  const parsed = parseYamlWith(gateFactsSchema, readFileSync(path, "utf8"), file);
  if (!parsed.ok) {
    const lines = parsed.errors.map((error) => withoutFile(error, file));
    throw new InputError(file, listProblems(lines));
  }
  const loaded = loadConfig({ cwd: io.cwd, ...(options.config ? { path: options.config } : {}) });
  return { facts: parsed.value, config: loaded.config, configFile: options.config ?? loaded.file };
}

async function gatherLive(
  repository: string,
  options: ExplainOptions,
  io: CliIo,
): Promise<{ facts: GateFacts; config: Config; configFile: string }> {
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
    throw new InputError("--repo", `"${repository}" is not owner/name.`);
  if (!options.environment) throw new InputError("--environment", "required with --repo.");
  if (!options.ref || !/^refs\/(heads|tags)\//.test(options.ref)) {
    throw new InputError("--ref", "required with --repo, as refs/heads/<branch> or refs/tags/<tag>.");
  }
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token)
    throw new InputError(
      "GITHUB_TOKEN",
      "not set; --repo reads the repository with a token from GITHUB_TOKEN or GH_TOKEN.",
    );
  const [owner, repo] = repository.split("/") as [string, string];
  const client = createGitHubClient({
    token,
    baseUrl: options.apiUrl ?? io.env.GITHUB_API_URL ?? "https://api.github.com",
  });
  const github = createGateGitHub(client, { owner, repo });

  let config: Config;
  let configFile: string;
  if (options.config) {
    const loaded = loadConfig({ cwd: io.cwd, path: options.config });
    config = loaded.config;
    configFile = options.config;
  } else {
    ({ config, configFile } = policyFromDefaultBranch(await github.policyFile(), repository, POLICY_PATH));
  }

  let sha = options.sha;
  if (!sha) {
    const resolved = await github.resolveRef(options.ref);
    if (!resolved.ok)
      throw new InputError("--ref", `${options.ref} could not be resolved: ${resolved.reason}.`);
    sha = resolved.value;
  }
  if (!/^[0-9a-f]{40}$/i.test(sha))
    throw new InputError("--sha", `"${sha}" is not a full 40-character commit SHA.`);
  const facts = await gatherFacts(github, {
    repository,
    environment: options.environment,
    sha,
    ref: options.ref,
    deployer: options.deployer ?? null,
    policy: policyFor(config, options.environment),
  });
  return { facts, config, configFile };
}

function decisionTime(text: string | undefined): Date {
  if (text === undefined) return new Date();
  const at = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(at.getTime())) {
    throw new InputError("--now", `"${text}" is not an ISO 8601 date-time (e.g. 2025-01-10T20:00:00Z).`);
  }
  return at;
}
