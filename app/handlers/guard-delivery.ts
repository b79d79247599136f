/**
 * Wraps every handler: a delivery GitHub sends twice (same delivery id) is handled once by each
 * handler (the claim is the handler's name and the delivery id, so two handlers of one event both
 * run). A failure is logged with the delivery id, releases the claim so a redelivery is handled
 * again, and is thrown on, so Probot answers with an error and GitHub shows the delivery failed.
 */
import type { EmitterWebhookEventName } from "@octokit/webhooks";
import type { Context } from "probot";
import type { AppDeps } from "../deps.js";
import type { Handler } from "./handler.js";

export function guardDelivery<E extends EmitterWebhookEventName>(
  handler: Handler<E>,
  deps: AppDeps,
): (context: Context<E>) => Promise<void> {
  return async (context) => {
    const event = "action" in context.payload ? `${context.name}.${context.payload.action}` : context.name;
    const log = context.log.child({ delivery: context.id, event });
    const claim = `${handler.name}:${context.id}`;
    if (!(await deps.store.claimDelivery(claim, event, deps.now()))) {
      log.info("delivery already handled; ignoring the duplicate");
      return;
    }
    try {
      await handler.handle(context, deps);
    } catch (error) {
      await deps.store.releaseDelivery(claim).catch((releaseError: unknown) => {
        log.error({ err: releaseError }, "could not release the delivery claim");
      });
      log.error({ err: error }, `handling delivery ${context.id} (${event}) failed`);
      throw error;
    }
  };
}
