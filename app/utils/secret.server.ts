import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { setting } from "~/config/settings.mjs";

let cached: string | undefined;

/**
 * SESSION_SECRET from the environment, or one generated on first run and kept
 * beside the database so sessions survive restarts without a default secret.
 */
export function sessionSecret(): string {
  const fromSettings = setting("SESSION_SECRET");
  if (fromSettings) return fromSettings;
  if (cached) return cached;
  const file = resolve(setting("SECRET_FILE"));
  if (!existsSync(file)) createSecretFile(file);
  cached = readFileSync(file, "utf8").trim();
  return cached;
}

/**
 * Several server processes may start at once on a new installation, and all must sign with one
 * secret: the file is written whole under another name and linked into place, which fails when it
 * exists already; whoever loses reads the winner's.
 */
function createSecretFile(file: string) {
  mkdirSync(dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, randomBytes(32).toString("hex"), { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}
