import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, TMP } from "../support/paths";

const run = promisify(execFile);
const dir = mkdtempSync(join(TMP, "secret-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("generated session secret", () => {
  it("is one secret for several processes starting at once on a new installation", { timeout: 60_000 }, async () => {
    const file = join(dir, "data", ".session-secret");
    const env = { ...process.env, SESSION_SECRET: "", SECRET_FILE: file };
    const script = `import { sessionSecret } from "~/utils/secret.server"; process.stdout.write(sessionSecret());`;
    const outputs = await Promise.all(
      Array.from({ length: 3 }, () => run("node", ["--import", "tsx", "--input-type=module", "--eval", script], { cwd: ROOT, env }).then((r) => r.stdout)),
    );
    const secret = readFileSync(file, "utf8");
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(outputs).toEqual([secret, secret, secret]);
    expect(readdirSync(join(dir, "data"))).toEqual([".session-secret"]); // no drafts left behind
  });
});
