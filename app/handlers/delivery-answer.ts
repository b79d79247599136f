/**
 * How a delivery that was not handled is answered. Probot's webhook middleware answers with the
 * `status` of the error a handler throws, so GitHub lists the delivery as failed with this message.
 */
export class DeliveryNotHandled extends Error {
  constructor(
    readonly status: 400 | 409,
    message: string,
  ) {
    super(message);
    this.name = "DeliveryNotHandled";
  }
}
