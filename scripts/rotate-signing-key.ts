// Starts a new key for signing API access tokens (for example after a suspected leak of the session
// secret or on a schedule): `npm run rotate-signing-key`. Tokens signed with the old key keep working
// until they expire; the old key stays in /.well-known/jwks.json until then.
import { rotateSigningKey } from "~/api/signing-keys.server";
import { checkSettingsOrExit } from "~/config/settings.mjs";
import { closeDatabase } from "~/utils/db.server";

checkSettingsOrExit();

async function main() {
  const kid = await rotateSigningKey();
  console.log(`✓ Access tokens are now signed with key ${kid}. Other processes of the register take it up within a minute.`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
