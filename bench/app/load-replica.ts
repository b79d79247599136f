/**
 * One app replica for bench-load.ts, in a process of its own: Probot's HTTP server with the app,
 * its store on the PostgreSQL schema given, GitHub at the double's URL. Prints `{"url": …}` once
 * listening; stops on SIGTERM.
 */
import { openPgStore } from "../../app/store/pg-store.js";
import { serverHarness } from "../../test/app/helpers/app-harness.js";
import type { GitHubDouble } from "../../test/helpers/github/github-double.js";

const [connectionString, schema, githubUrl] = process.argv.slice(2);
const store = await openPgStore({ connectionString: connectionString!, schema: schema! });
const server = await serverHarness({ store, double: { url: githubUrl } as GitHubDouble, logLevel: "warn" });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once("SIGTERM", () => {
  server
    .close()
    .then(() => store.close())
    .finally(() => process.exit(0));
});
