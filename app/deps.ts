/** What every handler gets besides the Probot context: the store, limits, a clock, the app's own login. */
import type { ArtifactLimits } from "../src/github/artifact-limits.js";
import type { Store } from "./store/store.js";

export interface AppDeps {
  store: Store;
  limits: ArtifactLimits;
  now: () => Date;
  /** The app's bot login (`<slug>[bot]`), asked of GitHub once per process. */
  appLogin: () => Promise<string>;
  /** How long a delivery claim holds (default 10 minutes; see handlers/guard-delivery.ts). */
  deliveryLeaseMs?: number;
}
