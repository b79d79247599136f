/**
 * `.github/slipway.yml` as the app reads it: through Probot's `context.config` (the default
 * branch, never a pull request's copy, with `_extends` and the owner's `.github` repository),
 * validated by the same schema as the CLI's. A missing file means the defaults; a broken one means
 * the defaults too, with the problems said in the check run and the comment.
 */
import type { EmitterWebhookEventName } from "@octokit/webhooks";
import type { Context } from "probot";
import { type Config, validateConfig } from "../../src/config/index.js";

const FILE = ".github/slipway.yml (default branch)";

export async function loadRepoConfig<E extends EmitterWebhookEventName>(
  context: Context<E>,
): Promise<{ config: Config; problems: string[] }> {
  let raw: unknown;
  try {
    raw = await context.config("slipway.yml");
  } catch (error) {
    // An HTTP status is GitHub failing (thrown on, to be retried); anything else is the file (bad YAML).
    if (typeof (error as { status?: unknown }).status === "number") throw error;
    const message = error instanceof Error ? error.message : String(error);
    return {
      config: defaults(),
      problems: [`${FILE}: could not be read (${message}); the defaults are used.`],
    };
  }
  const result = validateConfig(raw ?? {}, FILE);
  if (result.ok) return { config: result.config, problems: result.warnings };
  return {
    config: defaults(),
    problems: [...result.errors, "The defaults are used until the file is fixed."],
  };
}

function defaults(): Config {
  const result = validateConfig({}, FILE);
  if (!result.ok) throw new Error(`the empty config is invalid: ${result.errors.join("; ")}`);
  return result.config;
}
