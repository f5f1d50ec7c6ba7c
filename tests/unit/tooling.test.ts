import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ESLint } from "eslint";
import * as prettier from "prettier";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, TMP } from "../support/paths";

describe("ESLint configuration", () => {
  let eslint: ESLint;
  beforeAll(async () => {
    eslint = new ESLint({ cwd: ROOT });
    await eslint.lintText("export {};\n", { filePath: resolve(ROOT, "app/components/lint-sample.tsx") }); // loads the config and parsers
  });

  async function rulesHit(code: string, file = "app/components/lint-sample.tsx") {
    const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
    return result.messages.map((m) => `${m.ruleId}:${m.severity}`);
  }

  it("applies the React hooks rules as errors", async () => {
    const conditionalHook = `import { useState } from "react";
export function Panel({ open }: { open: boolean }) {
  if (open) {
    const [n] = useState(0);
    return <p>{n}</p>;
  }
  return null;
}
`;
    expect(await rulesHit(conditionalHook)).toContain("react-hooks/rules-of-hooks:2");

    const missingDependency = `import { useEffect } from "react";
export function Title({ text }: { text: string }) {
  useEffect(() => {
    document.title = text;
  }, []);
  return null;
}
`;
    expect(await rulesHit(missingDependency)).toContain("react-hooks/exhaustive-deps:2");
  });

  it("applies the React, accessibility and TypeScript rules", async () => {
    const code = `export function Logo() {
  const unused = 1;
  return <img src="/logo.svg" />;
}
`;
    const hits = await rulesHit(code);
    expect(hits).toContain("jsx-a11y/alt-text:2");
    expect(hits).toContain("@typescript-eslint/no-unused-vars:2");
    expect(await rulesHit("export const list = [1, 2].map((n) => <li>{n}</li>);\n")).toContain("react/jsx-key:2");
  });

  it("lets `_name` mark a value left out on purpose, in TypeScript and in plain modules", async () => {
    const code = `export function withoutSecret(user: { name: string; secret: string }) {
  const { secret: _secret, ...rest } = user;
  return rest;
}
export const handler = (err: Error, _next: () => void) => err.message;
`;
    expect(await rulesHit(code, "app/utils/lint-sample.ts")).toEqual([]);
    expect(await rulesHit("export const onError = (err, _req, res, _next) => res.end(String(err));\n", "server/lint-sample.mjs")).toEqual([]);
  });

  it("reports a disable comment that no longer suppresses anything", async () => {
    const [result] = await eslint.lintText("// eslint-disable-next-line no-var\nexport const x = 1;\n", {
      filePath: resolve(ROOT, "app/utils/lint-sample.ts"),
    });
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([[null, 2, expect.stringMatching(/Unused eslint-disable directive/)]]);
  });

  it("skips generated and built files", async () => {
    expect(await eslint.isPathIgnored(resolve(ROOT, "app/generated/prisma/client.ts"))).toBe(true);
    expect(await eslint.isPathIgnored(resolve(ROOT, "build/server/index.js"))).toBe(true);
    expect(await eslint.isPathIgnored(resolve(ROOT, "app/root.tsx"))).toBe(false);
  });
});

describe("Prettier configuration", () => {
  it("formats with the code's own style: double quotes, semicolons, lines up to 160 characters", async () => {
    const file = resolve(ROOT, "app/utils/format-sample.ts");
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    expect(await prettier.format("const a = 'x'\n", options)).toBe('const a = "x";\n');

    const callWith = (n: number) => `report(${Array.from({ length: n }, (_, i) => `"a-${i}"`).join(", ")});\n`;
    let n = 1;
    while (callWith(n + 1).length <= 161) n++;
    expect(callWith(n).length).toBeGreaterThan(150);
    expect(await prettier.format(callWith(n), options)).toBe(callWith(n));
    expect(await prettier.format(callWith(n + 1), options)).not.toBe(callWith(n + 1));
  });

  it("leaves generated files, fixtures and prose pages alone", async () => {
    const ignorePath = resolve(ROOT, ".prettierignore");
    for (const file of ["app/generated/prisma/client.ts", "package-lock.json", "tests/fixtures/evil.md", "content/pages/about.md", "tests/.tmp/x.json"]) {
      expect((await prettier.getFileInfo(resolve(ROOT, file), { ignorePath })).ignored, file).toBe(true);
    }
    expect((await prettier.getFileInfo(resolve(ROOT, "app/root.tsx"), { ignorePath })).ignored).toBe(false);
  });
});

describe("the checks npm test runs first", () => {
  // A throwaway package whose scripts pass or fail, run through scripts/lib.mjs's check().
  function runCheck(script: string) {
    mkdirSync(TMP, { recursive: true });
    const dir = mkdtempSync(join(TMP, "check-"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ scripts: { pass: "exit 0", fail: "exit 3" } }));
    const lib = resolve(ROOT, "scripts/lib.mjs");
    const program = `import { check } from ${JSON.stringify(lib)}; check("Demo check", ${JSON.stringify(script)}, "do the fix", { cwd: ${JSON.stringify(dir)} }); console.log("went on");`;
    try {
      return spawnSync(process.execPath, ["--input-type=module", "-e", program], { encoding: "utf8" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("go on when the check passes", () => {
    const r = runCheck("pass");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("went on");
  });

  it("stop at the first failure, saying which check failed and how to fix it", () => {
    const r = runCheck("fail");
    expect(r.status).toBe(3);
    expect(r.stdout).not.toContain("went on");
    expect(r.stderr).toContain("✗ Demo check failed (exit 3): do the fix. No tests were run.");
  });
});
