/**
 * Runs the built image and asks it what a deployment would: GET /health until it answers, GET
 * /metadata (generated servers), then POST the sample to /predict and check the answer has one
 * prediction per row. Records the latency of that request. The container's log is kept for the
 * summary when anything fails.
 */
import { createServer } from "node:net";
import type { Builder } from "./builders/builder.js";
import type { SampleInput } from "./sample-input.js";

export interface SmokeOptions {
  builder: Builder;
  image: string;
  sample: SampleInput | null;
  /** Ask GET /metadata too (servers Slipway generated have it). */
  metadata: boolean;
  /** How long the server may take to answer /health. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  port?: number;
}

export interface SmokeOutcome {
  passed: boolean;
  seconds: number;
  /** Milliseconds POST /predict took, as the client saw it. */
  latencyMs: number | null;
  rows: number | null;
  /** What was checked, or what went wrong. */
  message: string;
  /** The container's output (kept whole here; trimmed where shown). */
  log: string;
}

const POLL_MS = 250;
const REQUEST_TIMEOUT_MS = 30_000;

export async function runSmokeTest(options: SmokeOptions): Promise<SmokeOutcome> {
  const http = options.fetch ?? fetch;
  const started = performance.now();
  const port = options.port ?? (await freePort());
  const container = await options.builder.start(options.image, { port });
  let latencyMs: number | null = null;
  let rows: number | null = null;
  let message: string;
  let passed = false;
  let log = "";
  try {
    const health = await waitForHealth(container, http, options.timeoutMs ?? 60_000);
    if (health !== null) {
      message = health;
    } else {
      const metadataProblem = options.metadata ? await checkMetadata(container.url, http) : null;
      if (metadataProblem) {
        message = metadataProblem;
      } else if (!options.sample) {
        passed = true;
        message =
          "GET /health answered; no sample input configured (package.sample), so /predict was not tried";
      } else {
        const sample = options.sample;
        const sent = performance.now();
        const response = await http(`${container.url}/predict`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: sample.body,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const text = await response.text();
        latencyMs = round(performance.now() - sent, 1);
        const problem = checkPrediction(response.status, text, sample);
        if (problem) {
          message = `POST /predict with ${sample.file}: ${problem}`;
        } else {
          passed = true;
          rows = sample.rows;
          message = `POST /predict with ${sample.file}: ${sample.rows} prediction(s) in ${latencyMs} ms`;
        }
      }
    }
  } catch (error) {
    message = `the smoke test could not talk to the container: ${(error as Error).message ?? String(error)}`;
  } finally {
    log = await container.stop();
  }
  return { passed, seconds: round((performance.now() - started) / 1000, 3), latencyMs, rows, message, log };
}

/** Null when /health answered 200; else what happened. */
async function waitForHealth(
  container: { url: string; exitCode(): Promise<number | null | undefined> },
  http: typeof fetch,
  timeoutMs: number,
): Promise<string | null> {
  const deadline = performance.now() + timeoutMs;
  let last = "no answer yet";
  while (performance.now() < deadline) {
    const code = await container.exitCode();
    if (code !== undefined) return `the container exited (code ${code}) before GET /health answered`;
    try {
      const response = await http(`${container.url}/health`, { signal: AbortSignal.timeout(2000) });
      await response.text();
      if (response.status === 200) return null;
      last = `GET /health answered ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return `GET /health did not answer 200 within ${timeoutMs / 1000} s (${last})`;
}

async function checkMetadata(url: string, http: typeof fetch): Promise<string | null> {
  const response = await http(`${url}/metadata`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const text = await response.text();
  if (response.status !== 200) return `GET /metadata answered ${response.status}: ${text.slice(0, 300)}`;
  try {
    const body = JSON.parse(text) as { name?: unknown };
    return typeof body.name === "string" ? null : "GET /metadata answered without the model's name";
  } catch {
    return `GET /metadata did not answer JSON: ${text.slice(0, 300)}`;
  }
}

/** Null when the answer is 200 with one prediction (and one probability row, if any) per row. */
export function checkPrediction(status: number, text: string, sample: SampleInput): string | null {
  let body: { predictions?: unknown; probabilities?: unknown; error?: unknown } | null = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Reported below.
  }
  if (status !== 200) {
    const reason = typeof body?.error === "string" ? body.error : text.slice(0, 500);
    return `the model rejected the sample (HTTP ${status}): ${reason}`;
  }
  if (!body || typeof body !== "object")
    return `HTTP 200 but the answer is not a JSON object: ${text.slice(0, 300)}`;
  if (!Array.isArray(body.predictions)) return 'the answer has no "predictions" array';
  if (body.predictions.length !== sample.rows) {
    return `${body.predictions.length} prediction(s) for ${sample.rows} row(s)`;
  }
  if (body.probabilities !== undefined) {
    if (!Array.isArray(body.probabilities) || body.probabilities.length !== sample.rows) {
      return `"probabilities" does not have one entry per row (${sample.rows})`;
    }
  }
  return null;
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
