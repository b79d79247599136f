/**
 * The app receiving workflow_run deliveries over HTTP, with the GitHub double and a PGlite store:
 * the set-up the workflow_run handler's suites share.
 */
import { expect } from "@jest/globals";
import type { Store } from "../../../app/store/store.js";
import { GitHubDouble } from "../../helpers/github/github-double.js";
import { type ReceiveHarness, receiveHarness } from "./app-harness.js";
import { openTestPgliteStore } from "./pglite-template.js";

export interface WorkflowRunApp {
  double: GitHubDouble;
  store: Store;
  app: ReceiveHarness;
}

export async function startWorkflowRunApp(): Promise<WorkflowRunApp> {
  const double = await GitHubDouble.start();
  const store = await openTestPgliteStore();
  const app = await receiveHarness({ store, double, limits: { maxUncompressedBytes: 4 * 1024 * 1024 } });
  return { double, store, app };
}

export async function stopWorkflowRunApp(started: Partial<WorkflowRunApp>): Promise<void> {
  await started.store?.close();
  await started.double?.close();
}

/** A request GitHub would refuse, or an answer GitHub would not give, fails the test that made it. */
export function expectNoContractProblems(double: GitHubDouble): void {
  expect(double.problems.splice(0)).toEqual([]);
}

/** Text as a reader sees it: without the invisible joiners that keep GitHub from linking digit runs. */
export const shown = (text: string) => text.replaceAll("\u200d", "");

export const METRIC_HEADER = ["Metric", "base", "head", "Δ", "rule"];
