/**
 * The Slipway GitHub App: a registry of handlers, one file each under app/handlers/. Every handler
 * runs behind the delivery guard (payloads checked against GitHub's schemas, a delivery leased so
 * a redelivery is handled once, a failure logged with its delivery id and answered as one).
 * `createSlipwayApp` takes its store (tests and app/main.ts pass one); the default export opens the
 * store the environment names (store/open-store.ts), for `probot run` — which gives the app
 * Probot's own Octokit, so run it with app/main.ts (`npm run app`) to get app/octokit's bounded
 * rate-limit waits.
 */
import type { ApplicationFunction, Probot } from "probot";
import { type ArtifactLimits, DEFAULT_LIMITS } from "../src/github/artifact-limits.js";
import type { AppDeps } from "./deps.js";
import { startGateSweep } from "./gate/sweep-gates.js";
import { preparePayloadChecks } from "./handlers/check-payload.js";
import { guardDelivery } from "./handlers/guard-delivery.js";
import { handleCommentChanged } from "./handlers/handle-comment-changed.js";
import { handleDeploymentProtectionRuleRequested } from "./handlers/handle-deployment-protection-rule-requested.js";
import { handleGateCommand } from "./handlers/handle-gate-command.js";
import { handleGateReport } from "./handlers/handle-gate-report.js";
import { handleMonitorRunCompleted } from "./handlers/handle-monitor-run-completed.js";
import { handlePullRequestReview } from "./handlers/handle-pull-request-review.js";
import { handleWorkflowRunCompleted } from "./handlers/handle-workflow-run-completed.js";
import type { Handler } from "./handlers/handler.js";
import { openStore } from "./store/open-store.js";
import type { Store } from "./store/store.js";

// biome-ignore lint/suspicious/noExplicitAny: each handler is typed by its own events; the list holds them all.
const handlers: Handler<any>[] = [
  handleWorkflowRunCompleted,
  handleDeploymentProtectionRuleRequested,
  handlePullRequestReview,
  handleGateCommand,
  handleCommentChanged,
  handleGateReport,
  handleMonitorRunCompleted,
];

export interface SlipwayAppOptions {
  store: Store | Promise<Store>;
  /** Logged at start (which store, where). */
  storeDescription?: string;
  limits?: Partial<ArtifactLimits>;
  now?: () => Date;
  /** How often pending deployment gates are looked at without an event (freeze and soak ends). */
  gateSweepMs?: number;
  /** How long a delivery claim holds before another delivery of it may be handled (default 10 minutes). */
  deliveryLeaseMs?: number;
}

const DELIVERY_MEMORY_MS = 7 * 24 * 3600 * 1000;
/** Run results are read while a run's deliveries arrive (re-runs included): a month is plenty. */
const RUN_RESULT_MEMORY_MS = 30 * 24 * 3600 * 1000;

export function createSlipwayApp(options: SlipwayAppOptions): ApplicationFunction {
  return async (app: Probot) => {
    const store = await options.store;
    if (options.storeDescription) app.log.info(`Slipway store: ${options.storeDescription}`);
    const now = options.now ?? (() => new Date());
    let login: Promise<string> | undefined;
    const deps: AppDeps = {
      store,
      limits: { ...DEFAULT_LIMITS, ...options.limits },
      now,
      deliveryLeaseMs: options.deliveryLeaseMs,
      appLogin: () => {
        login ??= app
          .auth()
          .then((octokit) => octokit.request("GET /app"))
          .then(({ data }) => `${data?.slug}[bot]`)
          .catch((error: unknown) => {
            login = undefined;
            throw error;
          });
        return login;
      },
    };
    // GitHub redelivers for days at most; older claims only take room.
    await store.pruneDeliveries(new Date(now().getTime() - DELIVERY_MEMORY_MS));
    await store.pruneRunResults(new Date(now().getTime() - RUN_RESULT_MEMORY_MS));
    preparePayloadChecks(handlers.flatMap((handler) => handler.events));
    for (const handler of handlers) app.on(handler.events, guardDelivery(handler, deps));
    startGateSweep(app, deps, options.gateSweepMs ?? (Number(process.env.SLIPWAY_GATE_SWEEP_MS) || 60_000));
  };
}

const slipwayApp: ApplicationFunction = async (app, options) => {
  const { store, description } = await openStore();
  await createSlipwayApp({ store, storeDescription: description })(app, options);
};

export default slipwayApp;
