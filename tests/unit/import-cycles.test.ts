import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseCircular, parseDependencyTree } from "dpdm";
import { describe, expect, it } from "vitest";
import { ROOT, TMP } from "../support/paths";

/**
 * Import cycles between the modules under `dirs`, type-only imports included (a type cycle still
 * ties two modules together). Generated code (the Prisma client) is left out: it is not ours to fix.
 */
async function importGraph(cwd: string, ...dirs: string[]) {
  const tree = await parseDependencyTree(
    dirs.map((dir) => `${dir}/**/*.{ts,tsx,mjs}`),
    { cwd, context: cwd, transform: false, exclude: /node_modules|app\/generated\// },
  );
  return { files: Object.keys(tree), cycles: parseCircular(tree).map((cycle) => cycle.join(" -> ")) };
}

describe("import cycles", () => {
  it("finds a cycle, type-only imports and path aliases included", async () => {
    const dir = resolve(TMP, "import-cycles");
    mkdirSync(resolve(dir, "app"), { recursive: true });
    writeFileSync(resolve(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { baseUrl: ".", paths: { "~/*": ["./app/*"] } } }));
    writeFileSync(resolve(dir, "app/a.ts"), `import { b } from "~/b";\nexport type A = string;\nexport const a = b;\n`);
    writeFileSync(resolve(dir, "app/b.ts"), `import type { A } from "./a";\nexport const b: A = "b";\n`);
    writeFileSync(resolve(dir, "app/c.ts"), `import { a } from "./a";\nexport const c = a;\n`);
    expect((await importGraph(dir, "app")).cycles).toEqual(["app/a.ts -> app/b.ts"]);
  });

  it("has none in the app, the server and the content modules", async () => {
    const { files, cycles } = await importGraph(ROOT, "app", "server", "content");
    expect(files).toEqual(expect.arrayContaining(["app/root.tsx", "app/utils/data-version.mjs", "server/html-cache.mjs", "content/vocabularies/themes.ts"]));
    expect(cycles).toEqual([]);
  }, 120_000);
});
