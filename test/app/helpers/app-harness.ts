/**
 * The app under test, against the GitHub API double. Two ways in:
 * - `receive`: a real Probot (retry and throttling off) handed each event directly;
 * - `server`: Probot's real HTTP server (createProbot + createNodeMiddleware, as `npm run app`
 *   runs it) on 127.0.0.1, its API base pointed at the double as a GitHub Enterprise host, and
 *   deliveries POSTed over HTTP and signed with the webhook secret.
 * Logs are kept (as JSON records) so tests can look for the delivery id in them.
 */
import { generateKeyPairSync, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sign } from "@octokit/webhooks-methods";
import { pino } from "pino";
import { createNodeMiddleware, createProbot, Probot, ProbotOctokit } from "probot";
import { createSlipwayApp, type SlipwayAppOptions } from "../../../app/index.js";
import type { RateLimitBounds } from "../../../app/octokit/rate-limit-policy.js";
import { slipwayOctokit } from "../../../app/octokit/slipway-octokit.js";
import type { Store } from "../../../app/store/store.js";
import type { ArtifactLimits } from "../../../src/github/artifact-limits.js";
import type { GitHubDouble } from "../../helpers/github/github-double.js";

export const WEBHOOK_SECRET = "slipway-test-secret";
export const APP_ID = 4242;

let privateKey: string | undefined;
function testKey(): string {
  privateKey ??= generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  }).privateKey;
  return privateKey;
}

export interface HarnessOptions {
  store: Store;
  double: GitHubDouble;
  limits?: Partial<ArtifactLimits>;
  now?: () => Date;
  /** Default debug, so tests can read every record; benchmarks log as production does. */
  logLevel?: "debug" | "info" | "warn";
  /** Octokit's retry and write spacing, as in production (server mode only). */
  resilience?: { retryAfterBaseValue?: number; throttle?: boolean };
  /** Bounds of the app's rate-limit waits (default the app's). */
  rateLimits?: Partial<RateLimitBounds>;
  /** More of the app's options (lease, sweep interval…). */
  app?: Partial<SlipwayAppOptions>;
}

export interface Delivery {
  name: string;
  payload: unknown;
  id?: string;
}

export interface ReceiveHarness {
  logs: Record<string, unknown>[];
  receive(delivery: Delivery): Promise<string>;
}

function logSink(logs: Record<string, unknown>[], level: HarnessOptions["logLevel"] = "debug") {
  return pino({ level }, { write: (line: string) => void logs.push(JSON.parse(line)) });
}

/**
 * The app's Octokit (app/octokit), as app/main.ts runs it. SLIPWAY_TEST_OCTOKIT=probot gives
 * Probot's own instead (its throttle's retry-everything handlers), to replay a test against what
 * `probot run` would use.
 */
function octokitFor(settings: Parameters<typeof slipwayOctokit>[0] & {}): typeof ProbotOctokit {
  if (process.env.SLIPWAY_TEST_OCTOKIT !== "probot") return slipwayOctokit(settings);
  return ProbotOctokit.defaults((options: Record<string, unknown>) => ({
    ...options,
    retry: settings.retry ? { enabled: true, ...settings.retry } : { enabled: false },
    throttle: { ...(options.throttle as object), enabled: settings.spaceWrites ?? true },
  })) as typeof ProbotOctokit;
}

function appOptions(options: HarnessOptions): SlipwayAppOptions {
  return { store: options.store, limits: options.limits, now: options.now, ...options.app };
}

export async function receiveHarness(options: HarnessOptions): Promise<ReceiveHarness> {
  const logs: Record<string, unknown>[] = [];
  const probot = new Probot({
    appId: APP_ID,
    privateKey: testKey(),
    secret: WEBHOOK_SECRET,
    baseUrl: options.double.url,
    log: logSink(logs, options.logLevel),
    Octokit: octokitFor({ retry: false, spaceWrites: false, rateLimits: options.rateLimits }),
  });
  await probot.load(createSlipwayApp(appOptions(options)));
  return {
    logs,
    async receive(delivery) {
      const id = delivery.id ?? randomUUID();
      await probot.receive({ id, name: delivery.name, payload: delivery.payload } as Parameters<
        Probot["receive"]
      >[0]);
      return id;
    },
  };
}

export interface ServerHarness {
  url: string;
  logs: Record<string, unknown>[];
  /** POSTs a delivery; `signature: null` sends none, a string sends that one instead of the right one. */
  deliver(
    delivery: Delivery,
    options?: { signature?: string | null },
  ): Promise<{ status: number; id: string }>;
  close(): Promise<void>;
}

export async function serverHarness(options: HarnessOptions): Promise<ServerHarness> {
  const logs: Record<string, unknown>[] = [];
  const host = new URL(options.double.url).host;
  const resilience = options.resilience;
  const probot = createProbot({
    env: {
      APP_ID: String(APP_ID),
      PRIVATE_KEY: testKey(),
      WEBHOOK_SECRET,
      GHE_HOST: host,
      GHE_PROTOCOL: "http",
    },
    overrides: {
      log: logSink(logs, options.logLevel),
      Octokit: octokitFor({
        retry: resilience ? { retryAfterBaseValue: resilience.retryAfterBaseValue ?? 1000 } : false,
        spaceWrites: resilience?.throttle ?? false,
        rateLimits: options.rateLimits,
      }),
    },
  });
  const middleware = await createNodeMiddleware(createSlipwayApp(appOptions(options)), { probot });
  const server: Server = createServer((req, res) => {
    middleware(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    logs,
    async deliver(delivery, deliverOptions = {}) {
      const id = delivery.id ?? randomUUID();
      const body = JSON.stringify(delivery.payload);
      const headers: Record<string, string> = {
        "content-type": "application/json",
        "x-github-event": delivery.name,
        "x-github-delivery": id,
        "user-agent": "GitHub-Hookshot/double",
      };
      const signature =
        deliverOptions.signature === undefined ? await sign(WEBHOOK_SECRET, body) : deliverOptions.signature;
      if (signature !== null) headers["x-hub-signature-256"] = signature;
      const response = await fetch(`${url}/api/github/webhooks`, { method: "POST", headers, body });
      await response.arrayBuffer();
      return { status: response.status, id };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
