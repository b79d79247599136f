/**
 * `npm run app`: the Slipway app on Probot's server, configured by Probot's environment (APP_ID,
 * PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, GHE_HOST, PORT, HOST, LOG_LEVEL) and the store's
 * (DATABASE_URL, or SLIPWAY_DATA_DIR for the embedded store). Without APP_ID, Probot serves its
 * setup page, which registers the app from app.yml (see docs/app.md). The app's Octokit waits out
 * GitHub's rate limits within bounds (app/octokit/slipway-octokit.ts).
 */
import { run } from "probot";
import { createSlipwayApp } from "./index.js";
import { slipwayOctokit } from "./octokit/slipway-octokit.js";
import { openStore } from "./store/open-store.js";

const { store, description } = await openStore();
const server = await run(createSlipwayApp({ store, storeDescription: description }), {
  Octokit: slipwayOctokit(),
});

// Probot stops the server on SIGINT and exits at once; the embedded store must be closed cleanly
// too (it is a PostgreSQL data directory), and containers are stopped with SIGTERM.
process.removeAllListeners("SIGINT");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server
      .stop()
      .then(() => store.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error("Slipway could not stop cleanly:", error);
          process.exit(1);
        },
      );
  });
}
