// Imports entries from a file:
//   npm run import -- --format nl-1.0|nl-listing|uk-atrs-listing FILE
// Exit codes: 0 done (failed records are listed), 1 file unreadable or not of that format, 2 usage error.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { IMPORT_FORMATS, isImportFormat } from "~/imports/formats";

const USAGE = `Usage: npm run import -- --format ${IMPORT_FORMATS.map((f) => f.value).join("|")} FILE`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { format: { type: "string" } }, allowPositionals: true });
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
  const parsed = parseImportText(text);
  if (!parsed.ok) {
    console.error(`✗ ${parsed.reason}`);
    return 1;
  }
  const started = Date.now();
  const outcome = await runImport(format, parsed.json);
  if (!outcome.ok) {
    console.error(`✗ ${outcome.reason}`);
    return 1;
  }
  const { created, updated, unchanged, failed } = outcome.summary;
  console.log(`Imported ${file} (${format}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${created} created, ${updated} updated, ${unchanged} unchanged, ${failed.length} failed.`);
  for (const f of failed) console.log(`  ✗ record ${f.position}${f.sourceId ? ` (${f.sourceId})` : ""}: ${f.reason}`);
  for (const w of outcome.summary.warnings) console.log(`  ! record ${w.position}${w.sourceId ? ` (${w.sourceId})` : ""}: ${w.message}`);
  return 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .finally(async () => {
    if (globalThis.__prisma) await globalThis.__prisma.client.$disconnect();
  });
