/**
 * `npm run audit -- --repository-id N --environment production [--limit 50] [--json]`: lists the
 * gate decisions in the app's store (DATABASE_URL, or the embedded store in SLIPWAY_DATA_DIR) —
 * run it where the app runs. The embedded store admits one process: stop the app first.
 */
import { openStore } from "../store/open-store.js";
import {
  listAnswers,
  listDecisions,
  parseAuditArgs,
  renderAnswers,
  renderDecisions,
} from "./list-decisions.js";

const parsed = parseAuditArgs(process.argv.slice(2));
if ("error" in parsed) {
  process.stderr.write(`slipway audit: ${parsed.error}\n`);
  process.exit(2);
}
const { store } = await openStore();
try {
  const decisions = await listDecisions(store, parsed.query);
  const answers = await listAnswers(store, parsed.query);
  process.stdout.write(
    parsed.json
      ? `${JSON.stringify({ decisions, answers }, null, 2)}\n`
      : renderDecisions(decisions, parsed.query) + renderAnswers(answers),
  );
} finally {
  await store.close();
}
