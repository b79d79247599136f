/** The installation's Octokit Probot hands each handler (it has the GitHubClient interface src/github takes). */
import type { Context } from "probot";

export type Octokit = Context["octokit"];
