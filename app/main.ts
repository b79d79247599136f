/**
 * `npm run app`: the Slipway app on Probot's server, configured by Probot's environment (APP_ID,
 * PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, GHE_HOST, PORT, HOST, LOG_LEVEL) and the store's
 * (DATABASE_URL, or SLIPWAY_DATA_DIR for the embedded store). See docs/app.md.
 */
import { run } from "probot";
import slipwayApp from "./index.js";

await run(slipwayApp);
