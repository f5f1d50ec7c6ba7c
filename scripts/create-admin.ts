// First administrator for a real deployment:
//   npm run create-admin -- --email ops@agency.example --name "Operations"
// The password comes from ADMIN_PASSWORD or is generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { userSchema } from "~/admin/user-schema";
import { checkSettingsOrExit, setting } from "~/config/settings.mjs";
import { createUser } from "~/users/users.server";
import { closeDatabase } from "~/utils/db.server";
import { flattenIssues } from "~/forms/errors";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";

// Validation messages are catalogue references; the command line says them in English.
const say = (message: string) => showProblem(textFor("en"), message);

checkSettingsOrExit();
const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const password = setting("ADMIN_PASSWORD") ?? randomBytes(18).toString("base64url");
const parsed = userSchema.safeParse({ email: values.email ?? "", name: values.name ?? "Administrator", role: "admin", password });

async function main() {
  if (!parsed.success) {
    for (const [field, message] of Object.entries(flattenIssues(parsed.error.issues))) console.error(`✗ ${field}: ${say(message)}`);
    console.error('Usage: npm run create-admin -- --email you@agency.example --name "Your Name"');
    process.exitCode = 2;
    return;
  }
  const result = await createUser(parsed.data);
  if (!result.ok) {
    for (const message of Object.values(result.errors)) console.error(`✗ ${say(message)}`);
    process.exitCode = 1;
    return;
  }
  console.log(`✓ Administrator ${parsed.data.email} created.`);
  if (!setting("ADMIN_PASSWORD")) console.log(`  Initial password (shown once): ${password}`);
}

main().finally(() => closeDatabase());
