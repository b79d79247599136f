/**
 * The app receiving workflow_run deliveries over HTTP, with the GitHub double and a PGlite store:
 * the set-up the workflow_run handler's suites share.
 */
import { afterAll, afterEach, beforeAll, expect } from "@jest/globals";
import type { Store } from "../../../app/store/store.js";
import { GitHubDouble } from "../../helpers/github/github-double.js";
import { type ReceiveHarness, receiveHarness } from "./app-harness.js";
import { openTestPgliteStore } from "./pglite-template.js";

export interface WorkflowRunSuite {
  double: GitHubDouble;
  store: Store;
  app: ReceiveHarness;
  /** Delivers a signed workflow_run webhook to the app over HTTP. */
  run(payload: unknown, id?: string): ReturnType<ReceiveHarness["receive"]>;
}

/**
 * The app, the double and the store for a suite: started before its tests, stopped after. A request
 * GitHub would refuse, or an answer GitHub would not give, fails the test that made it.
 */
export function useWorkflowRunApp(): WorkflowRunSuite {
  const suite = {
    run: (payload: unknown, id?: string) => suite.app.receive({ name: "workflow_run", payload, id }),
  } as WorkflowRunSuite;
  beforeAll(async () => {
    const double = await GitHubDouble.start();
    const store = await openTestPgliteStore();
    const app = await receiveHarness({ store, double, limits: { maxUncompressedBytes: 4 * 1024 * 1024 } });
    Object.assign(suite, { double, store, app });
  });
  afterAll(async () => {
    await suite.store?.close();
    await suite.double?.close();
  });
  afterEach(() => {
    expect(suite.double.problems.splice(0)).toEqual([]);
  });
  return suite;
}

/** Text as a reader sees it: without the invisible joiners that keep GitHub from linking digit runs. */
export const shown = (text: string) => text.replaceAll("\u200d", "");

export const METRIC_HEADER = ["Metric", "base", "head", "Δ", "rule"];
