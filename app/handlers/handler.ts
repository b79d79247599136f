/**
 * A handler is one file under app/handlers/: the webhook events it answers and a function of the
 * Probot context and the app's dependencies. app/index.ts registers them; a new one is one file
 * and one line there.
 */
import type { EmitterWebhookEventName } from "@octokit/webhooks";
import type { Context } from "probot";
import type { AppDeps } from "../deps.js";

export interface Handler<E extends EmitterWebhookEventName = EmitterWebhookEventName> {
  /** Names the handler's claim on a delivery: several handlers may answer the same event. */
  name: string;
  events: readonly E[];
  handle(context: Context<E>, deps: AppDeps): Promise<void>;
}

export function defineHandler<E extends EmitterWebhookEventName>(handler: Handler<E>): Handler<E> {
  return handler;
}
