/**
 * The one GitHub layer (DESIGN.md): everything Slipway asks of GitHub, on Octokit's interface.
 * Build a client with createGitHubClient (actions, CLI) or pass Probot's Octokit (the app); every
 * function here takes it as `GitHubClient`. Domain code never imports this module: adapters call
 * it and hand plain data on. Exports kept stable for other parts (monitor: issues, dispatches).
 */
export * from "./artifact-limits.js";
export * from "./client.js";
export * from "./download-artifact.js";
export * from "./find-latest-report-artifact.js";
export * from "./gate-github.js";
export * from "./is-trusted-run.js";
export * from "./list-report-artifacts.js";
export * from "./lost-answer.js";
export * from "./post-run-comment.js";
export * from "./read-report-artifacts.js";
export * from "./read-report-zip.js";
export * from "./upsert-check-run.js";
export * from "./upsert-comment.js";
