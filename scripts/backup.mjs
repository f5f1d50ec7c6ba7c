// `npm run backup [-- --to FILE]`: a consistent copy of the SQLite database, taken while the register runs
// (default: data/backups/register-<time>.db beside the database).
// `npm run restore -- FILE`: puts a backup in place of the database (stop the server first; start it
// again with `npm start`, which applies any migration newer than the backup).
// Exit codes: 0 done, 1 failed (one line, no stack trace), 2 usage error.
import { join, dirname } from "node:path";
import { parseArgs } from "node:util";
import { checkSettingsOrExit, setting } from "../app/config/settings.mjs";
import { backupDatabase, restoreDatabase } from "./backup-database.mjs";
import { databaseFile, isPostgresUrl } from "./lib.mjs";

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
  const url = setting("DATABASE_URL");
  if (isPostgresUrl(url)) {
    // PostgreSQL has its own tools for this (decision record 014): say which, rather than fail.
    const safe = url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:…@");
    console.error(
      args.values.restore
        ? `✗ DATABASE_URL is a PostgreSQL database: restore a dump with\n  pg_restore --clean --if-exists --no-owner -d "${safe}" BACKUP-FILE\n(stop the register first; see "Running on several machines" in the README).`
        : `✗ DATABASE_URL is a PostgreSQL database: back it up with\n  pg_dump --format=custom --file=register-$(date +%F).dump "${safe}"\nor continuous archiving for point-in-time recovery (see "Running on several machines" in the README).`,
    );
    return Promise.resolve(1);
  }
  const database = databaseFile(url);
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
