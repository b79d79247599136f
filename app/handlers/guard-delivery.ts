/**
 * Wraps every handler. A payload that does not match GitHub's webhook schema is refused (400, the
 * problems logged and answered). Each handler then takes a lease on the delivery (its name and the
 * delivery id, so two handlers of one event both run): a delivery handled already is a duplicate
 * (GitHub redelivers); one being handled now, by this or another replica, is answered 409 until its
 * lease runs out. A failure is logged with the delivery id, gives the lease back so a redelivery is
 * handled again — and should the store be unreachable to take it back, the lease runs out by itself
 * — and is thrown on, so Probot answers with an error and GitHub shows the delivery failed.
 */
import type { EmitterWebhookEventName } from "@octokit/webhooks";
import type { Context } from "probot";
import type { AppDeps } from "../deps.js";
import { payloadProblems } from "./check-payload.js";
import { DeliveryNotHandled } from "./delivery-answer.js";
import type { Handler } from "./handler.js";

/** Longer than any handler runs (rate-limit waits are bounded well below it). */
export const DELIVERY_LEASE_MS = 10 * 60_000;

export function guardDelivery<E extends EmitterWebhookEventName>(
  handler: Handler<E>,
  deps: AppDeps,
): (context: Context<E>) => Promise<void> {
  return async (context) => {
    const event = "action" in context.payload ? `${context.name}.${context.payload.action}` : context.name;
    const log = context.log.child({ delivery: context.id, event });
    const problems = payloadProblems(context.name, context.payload);
    if (problems.length > 0) {
      log.error({ problems }, `refused: the payload does not match GitHub's webhook schema for ${event}`);
      throw new DeliveryNotHandled(
        400,
        `the ${event} payload does not match GitHub's webhook schema: ${problems.join("; ")}`,
      );
    }
    const claim = `${handler.name}:${context.id}`;
    const leaseMs = deps.deliveryLeaseMs ?? DELIVERY_LEASE_MS;
    const claimed = await deps.store.claimDelivery(claim, event, deps.now(), leaseMs);
    if (!claimed.claimed) {
      if (claimed.state === "done") {
        log.info("delivery already handled; ignoring the duplicate");
        return;
      }
      const until = claimed.leaseUntil.toISOString();
      log.warn(`delivery is being handled already (lease until ${until}); not handled twice`);
      throw new DeliveryNotHandled(
        409,
        `delivery ${context.id} is being handled already (until ${until}); redeliver it after that if it fails`,
      );
    }
    try {
      await handler.handle(context, deps);
    } catch (error) {
      await deps.store.releaseDelivery(claim).catch((releaseError: unknown) => {
        log.error(
          { err: releaseError },
          `could not give the delivery claim back; it is free again at ${new Date(deps.now().getTime() + leaseMs).toISOString()}`,
        );
      });
      log.error({ err: error }, `handling delivery ${context.id} (${event}) failed`);
      throw error;
    }
    // The work is done; should this fail, the lease runs out and a redelivery does the same work again.
    await deps.store.completeDelivery(claim, deps.now()).catch((error: unknown) => {
      log.error({ err: error }, "could not mark the delivery handled");
    });
  };
}
