/**
 * Webhook payloads made from GitHub's real example payloads (@octokit/webhooks-examples), with only
 * the fields a scenario needs changed. The REST objects are test/helpers/github/objects.ts.
 */
import {
  example,
  type RepoFacts,
  type RunFacts,
  repositoryObject,
  runObject,
} from "../../helpers/github/objects.js";

// biome-ignore lint/suspicious/noExplicitAny: example payloads are edited freely as JSON.
type Json = any;

export const INSTALLATION_ID = 31337;

/** workflow_run.completed, from GitHub's example with a pull request in it. */
export function workflowRunCompleted(repo: RepoFacts, run: RunFacts): Json {
  const payload = example("workflow_run", "completed", 2);
  const runObj = runObject(repo, run);
  delete runObj.path;
  delete runObj.display_title;
  return {
    ...payload,
    repository: repositoryObject(repo),
    workflow_run: { ...payload.workflow_run, ...runObj, path: payload.workflow_run.path },
    workflow: { ...payload.workflow, id: runObj.workflow_id, name: runObj.name },
    installation: { id: INSTALLATION_ID, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMzEzMzc=" },
  };
}
