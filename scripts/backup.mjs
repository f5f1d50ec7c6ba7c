// `npm run backup [-- --to FILE]`: a consistent copy of the SQLite database, taken while the register runs
// (default: data/backups/register-<time>.db beside the database).
// `npm run restore -- FILE`: puts a backup in place of the database (stop the server first; start it
// again with `npm start`, which applies any migration newer than the backup).
// Exit codes: 0 done, 1 failed (one line, no stack trace), 2 usage error.
import { join, dirname } from "node:path";
import { parseArgs } from "node:util";
import { checkSettingsOrExit, setting } from "../app/config/settings.mjs";
import { backupDatabase, restoreDatabase } from "./backup-database.mjs";
import { databaseFile } from "./lib.mjs";

const USAGE = "Usage: npm run backup [-- --to FILE]   or   npm run restore -- BACKUP-FILE";

function main() {
  let args;
  try {
    args = parseArgs({ options: { to: { type: "string" }, restore: { type: "boolean" } }, allowPositionals: true });
  } catch (error) {
    console.error(`✗ ${error.message}\n${USAGE}`);
    return Promise.resolve(2);
  }
  checkSettingsOrExit();
  const database = databaseFile(setting("DATABASE_URL"));
  if (args.values.restore) {
    const [from] = args.positionals;
    if (!from || args.positionals.length > 1 || args.values.to) return Promise.resolve((console.error(USAGE), 2));
    return restoreDatabase({ from, to: database }).then((migrations) => {
      console.log(`✓ Restored ${from} into ${database} (${migrations} migrations applied in it; \`npm start\` applies any newer ones).`);
      return 0;
    });
  }
  if (args.positionals.length) return Promise.resolve((console.error(USAGE), 2));
  const to = args.values.to ?? join(dirname(database), "backups", `register-${new Date().toISOString().replace(/[:.]/g, "-")}.db`);
  return backupDatabase({ from: database, to }).then((file) => {
    console.log(`✓ Backup written to ${file}`);
    return 0;
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`✗ ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
