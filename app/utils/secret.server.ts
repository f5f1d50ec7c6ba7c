import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
  if (existsSync(file)) {
    cached = readFileSync(file, "utf8").trim();
  } else {
    cached = randomBytes(32).toString("hex");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, cached, { mode: 0o600 });
  }
  return cached;
}
