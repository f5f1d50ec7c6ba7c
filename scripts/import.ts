// Imports entries from a file:
//   npm run import -- --format nl-1.0|nl-listing|uk-atrs-listing [--partial] FILE
// A listing import retires the entries the file no longer holds; --partial (a part of the listing) retires none.
// The database is migrated first, as `npm start` does, so an import into a new database works.
// Exit codes: 0 done (failed records are listed), 1 file unreadable or not of that format (nothing is imported;
// the message names the format the file looks like), or the database not usable, 2 usage error.
// Every failure is one line, never a stack trace.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { setting } from "~/config/settings.mjs";
import { IMPORT_FORMATS, isImportFormat, type ImportFormat } from "~/imports/formats";
import { ensureGenerated, migrate, pendingMigrations } from "./lib.mjs";

const choice = (format: ImportFormat) => `--format ${format}`;
const USAGE = `Usage: npm run import -- --format ${IMPORT_FORMATS.map((f) => f.value).join("|")} [--partial] FILE`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { format: { type: "string" }, partial: { type: "boolean" } }, allowPositionals: true });
  } catch (error) {
    console.error(`✗ ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const format = args.values.format;
  const file = args.positionals[0];
  if (!isImportFormat(format) || !file || args.positionals.length > 1) {
    console.error(format && !isImportFormat(format) ? `✗ Unknown format "${format}"\n${USAGE}` : USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`✗ Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 1;
  }
  // Loaded only now, so usage errors answer at once without opening the database.
  const { parseImportText, runImport } = await import("~/imports/import-runner.server");
  const { formatMismatch, mismatchMessage } = await import("~/imports/detect-format");
  const parsed = parseImportText(text);
  if (!parsed.ok) {
    console.error(`✗ ${parsed.reason}`);
    return 1;
  }
  // Before the database is opened: a file of another format is refused whole, naming the format to choose.
  const mismatch = formatMismatch(format, parsed.json);
  if (mismatch) {
    console.error(`✗ ${mismatchMessage(mismatch, choice)}`);
    return 1;
  }
  let databaseUrl: string;
  try {
    databaseUrl = setting("DATABASE_URL");
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    return 1;
  }
  // Each exits with one line naming the step that failed.
  ensureGenerated();
  if ((await pendingMigrations(databaseUrl)).length) migrate(databaseUrl, { quiet: true });
  const started = Date.now();
  const outcome = await runImport(format, parsed.json, { partial: args.values.partial === true, choice });
  if (!outcome.ok) {
    console.error(`✗ ${outcome.reason}`);
    return 1;
  }
  const { created, updated, unchanged, retired, failed } = outcome.summary;
  // Only a listing retires entries, so only a listing's summary counts them.
  const retiredPart = format === "nl-1.0" ? "" : `, ${retired} retired`;
  console.log(
    `Imported ${file} (${format}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${created} created, ${updated} updated, ${unchanged} unchanged${retiredPart}, ${failed.length} failed.`,
  );
  // Messages may be catalogue references (validation problems): the command line says them in English.
  const { showProblem } = await import("~/i18n/problem");
  const { textFor } = await import("~/i18n/text");
  const say = (message: string) => showProblem(textFor("en"), message);
  for (const f of failed) console.log(`  ✗ record ${f.position}${f.sourceId ? ` (${f.sourceId})` : ""}: ${say(f.reason)}`);
  for (const w of outcome.summary.warnings) console.log(`  ! record ${w.position}${w.sourceId ? ` (${w.sourceId})` : ""}: ${say(w.message)}`);
  return 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    const message = error instanceof Error ? (error.message.split("\n").filter(Boolean).pop() ?? error.name) : String(error);
    console.error(`✗ The import stopped: ${message}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    const { closeDatabase } = await import("~/utils/db.server");
    await closeDatabase();
  });
