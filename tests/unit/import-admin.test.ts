import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportSummary } from "~/imports/import-types";
import { createElement } from "react";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { ImportResult } from "~/imports/import-result";
import { action, loader } from "~/routes/admin.import";
import { db } from "~/utils/db.server";
import { createOrganisation, createUser, sessionFor } from "../support/factories";
import { ROOT } from "../support/paths";
import { renderIn } from "../support/render-in";
import { BASE, call, csrfPair, dataOf, getRequest, joinCookies, statusOf } from "../support/requests";

/** A multipart upload as the browser sends it from the import form. */
async function upload(fields: { format?: string; partial?: boolean; file?: { name: string; text: string } }, cookie: string) {
  const csrf = await csrfPair();
  const body = new FormData();
  body.append("csrf", csrf.token);
  if (fields.format !== undefined) body.append("format", fields.format);
  if (fields.partial) body.append("partial", "on");
  if (fields.file) body.append("file", new File([fields.file.text], fields.file.name, { type: "application/json" }));
  return new Request(`${BASE}/admin/import`, { method: "POST", headers: { Cookie: joinCookies(csrf.cookie, cookie) }, body });
}

const listing = readFileSync(resolve(ROOT, "tests/fixtures/import/nl-listing.json"), "utf8");

describe("admin import page", () => {
  it("is for administrators only", async () => {
    const org = await createOrganisation();
    const approver = await createUser("approver", org.id);
    const cookie = await sessionFor(approver.id);
    expect(statusOf((await call(loader, getRequest("/admin/import", cookie))).thrown)).toBe(403);
    const posted = await call(action, await upload({ format: "nl-listing", file: { name: "l.json", text: listing } }, cookie));
    expect(statusOf(posted.thrown)).toBe(403);
    expect(await db.entry.count({ where: { sourceSystem: "nl-listing" } })).toBe(0);
  });

  it("imports an uploaded file and shows the summary with the failures", async () => {
    const admin = await createUser("admin");
    const { result } = await call(action, await upload({ format: "nl-listing", file: { name: "listing.json", text: listing } }, await sessionFor(admin.id)));
    const out = dataOf<{ summary: ImportSummary; fileName: string }>(result);
    expect(out.fileName).toBe("listing.json");
    expect(out.summary).toMatchObject({ created: 3, updated: 0, unchanged: 0, failed: [{ position: 2, sourceId: "41234568" }] });
    const entry = await db.entry.findFirstOrThrow({
      where: { sourceSystem: "nl-listing" },
      select: { createdById: true, currentVersion: { select: { publishedById: true } } },
    });
    expect(entry).toEqual({ createdById: admin.id, currentVersion: { publishedById: admin.id } });
  });

  it("retires entries a full listing no longer holds, and none when the file is marked partial", async () => {
    const admin = await createUser("admin");
    const cookie = await sessionFor(admin.id);
    await call(action, await upload({ format: "nl-listing", file: { name: "listing.json", text: listing } }, cookie));
    const shorter = JSON.parse(listing);
    shorter.algoritmes = shorter.algoritmes.filter((r: { id: string }) => r.id !== "41234569");
    const text = JSON.stringify(shorter);
    const partial = await call(action, await upload({ format: "nl-listing", partial: true, file: { name: "part.json", text } }, cookie));
    expect(dataOf<{ summary: ImportSummary }>(partial.result).summary).toMatchObject({ retired: 0 });
    expect((await db.entry.findFirstOrThrow({ where: { sourceId: "41234569" } })).state).toBe("published");
    const full = await call(action, await upload({ format: "nl-listing", file: { name: "full.json", text } }, cookie));
    expect(dataOf<{ summary: ImportSummary }>(full.result).summary).toMatchObject({ retired: 1 });
    expect((await db.entry.findFirstOrThrow({ where: { sourceId: "41234569" } })).state).toBe("archived");
  });

  it("lists keys the Dutch standard does not know as warnings in the summary, and shows them", async () => {
    const admin = await createUser("admin");
    const record = {
      name: "Parkeren",
      description_short: "Kort.",
      organization: "Gemeente Waarschuwing",
      status: "In gebruik",
      contact_email: "algoritmes@waarschuwing.example",
      publication_category: "Overige algoritmes",
      lang: "NLD",
      source_id: "w-1",
      eigen_veld: "x",
    };
    const { result } = await call(
      action,
      await upload({ format: "nl-1.0", file: { name: "nl.json", text: JSON.stringify([record]) } }, await sessionFor(admin.id)),
    );
    const out = dataOf<{ summary: ImportSummary }>(result);
    expect(out.summary).toMatchObject({ created: 1, failed: [] });
    expect(out.summary.warnings).toEqual([
      { position: 1, sourceId: "gemeente-waarschuwing/w-1", message: "eigen_veld: not a field of the Dutch standard 1.0, not imported" },
    ]);
    const html = await renderIn("en", createElement(ImportResult, { summary: out.summary }));
    expect(html).toContain("1 warning: imported, but not everything in the record was kept");
    expect(html).toContain("eigen_veld: not a field of the Dutch standard 1.0, not imported");
  });

  it("answers 400 with messages at the fields when the format or file is missing or the file is not JSON", async () => {
    const admin = await createUser("admin");
    const cookie = await sessionFor(admin.id);
    const empty = await call(action, await upload({}, cookie));
    expect(statusOf(empty.result)).toBe(400);
    const { errors } = dataOf<{ errors: Record<string, string> }>(empty.result);
    expect(Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, showProblem(textFor("en"), message)]))).toEqual({
      format: "Choose the format of the file",
      file: "Choose a JSON file to import",
    });

    const broken = await call(action, await upload({ format: "nl-1.0", file: { name: "x.json", text: "{ nope" } }, cookie));
    expect(statusOf(broken.result)).toBe(400);
    expect(dataOf<{ errors: Record<string, string>; values: Record<string, string> }>(broken.result)).toMatchObject({
      errors: { file: expect.stringContaining("not valid JSON") },
      values: { format: "nl-1.0" },
    });
  });

  it("refuses a file of another format whole, with one message at the format field that names the format to choose", async () => {
    const admin = await createUser("admin");
    const cookie = await sessionFor(admin.id);
    const before = await db.entry.count();
    const wrong = await call(action, await upload({ format: "uk-atrs-listing", partial: true, file: { name: "l.json", text: listing } }, cookie));
    expect(statusOf(wrong.result)).toBe(400);
    expect(dataOf<{ errors: Record<string, string>; values: Record<string, string> }>(wrong.result)).toMatchObject({
      errors: {
        format:
          "This file looks like the Dutch algorithm register listing, not the UK ATRS records listing. Choose “Dutch algorithm register listing (algoritmes.overheid.nl)” and try again.",
      },
      values: { format: "uk-atrs-listing", partial: "on" },
    });
    expect(await db.entry.count()).toBe(before);

    const csv = await call(action, await upload({ format: "uk-atrs-listing", file: { name: "l.csv", text: "publishing_body,tool_name\nHMRC,Ask" } }, cookie));
    expect(dataOf<{ errors: Record<string, string> }>(csv.result).errors).toEqual({
      format: "This file does not look like any supported format: it holds CSV with the columns publishing_body, tool_name (the import reads JSON files only).",
    });
  });
});
