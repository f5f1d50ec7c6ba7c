import { describe, expect, it } from "vitest";
import { action as orgAction, loader as orgLoader } from "~/routes/admin.organisations";
import { action as userAction } from "~/routes/admin.users";
import { attemptLogin } from "~/auth/login.server";
import { db } from "~/utils/db.server";
import { createOrganisation, createUser, sessionFor } from "../support/factories";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";

/** A message as an English page shows it (actions return catalogue references). */
const en = (message: string) => showProblem(textFor("en"), message);

async function adminCookie() {
  return sessionFor((await createUser("admin")).id);
}

describe("admin: organisations", () => {
  it("is closed to everyone but admins", async () => {
    const editor = await createUser("editor");
    const { thrown } = await call(orgLoader, getRequest("/admin/organisations", await sessionFor(editor.id)));
    expect(statusOf(thrown)).toBe(403);
    const post = await call(orgAction, await formRequest("/admin/organisations", { name: "X" }, { cookie: await sessionFor(editor.id) }));
    expect(statusOf(post.thrown)).toBe(403);
  });

  it("creates an organisation with a slug and a validated TOOI identifier", async () => {
    const cookie = await adminCookie();
    const bad = await call(
      orgAction,
      await formRequest(
        "/admin/organisations",
        { name: "Gemeente Zuidkust", type: "municipality", identifierScheme: "TOOI", identifier: "gm1234" },
        { cookie },
      ),
    );
    expect(statusOf(bad.result)).toBe(400);
    const body = dataOf<{ errors: Record<string, string>; values: Record<string, string> }>(bad.result);
    expect(en(body.errors.identifier)).toMatch(/identifier\.overheid\.nl/);
    expect(body.values.name).toBe("Gemeente Zuidkust");

    const ok = await call(
      orgAction,
      await formRequest(
        "/admin/organisations",
        {
          name: "Gemeente Zuidkust",
          type: "municipality",
          identifierScheme: "TOOI",
          identifier: "https://identifier.overheid.nl/tooi/id/gemeente/gm1234",
          website: "",
        },
        { cookie },
      ),
    );
    expect(statusOf(ok.thrown)).toBe(302);
    const org = await db.organisation.findFirstOrThrow({ where: { name: "Gemeente Zuidkust" } });
    expect(org.slug).toBe("gemeente-zuidkust");
    expect(org.country).toBe("NL");
    expect(await db.auditLog.count({ where: { subjectId: org.id, action: "organisation.created" } })).toBe(1);
  });

  it("records the country whose public holidays its deadlines skip, and lists it", async () => {
    const cookie = await adminCookie();
    const fields = { name: "Ministry of Examples", type: "ministry", identifierScheme: "NZ-GOVT", identifier: "moe-nz", country: "NZ" };
    const unknown = await call(orgAction, await formRequest("/admin/organisations", { ...fields, country: "XX" }, { cookie }));
    expect(en(dataOf<{ errors: Record<string, string> }>(unknown.result).errors.country)).toMatch(/country/);
    expect(statusOf((await call(orgAction, await formRequest("/admin/organisations", fields, { cookie }))).thrown)).toBe(302);
    expect((await db.organisation.findFirstOrThrow({ where: { name: fields.name } })).country).toBe("NZ");
    const list = dataOf<{ organisations: Array<{ name: string; country: string }> }>(
      (await call(orgLoader, getRequest("/admin/organisations", cookie))).result,
    );
    expect(list.organisations.find((o) => o.name === fields.name)?.country).toBe("NZ");
  });

  it("refuses a duplicate identifier", async () => {
    const cookie = await adminCookie();
    const fields = { name: "Dup", type: "agency", identifierScheme: "NL-KVK", identifier: "12345678" };
    await call(orgAction, await formRequest("/admin/organisations", fields, { cookie }));
    const again = await call(orgAction, await formRequest("/admin/organisations", { ...fields, name: "Dup 2" }, { cookie }));
    expect(en(dataOf<{ errors: Record<string, string> }>(again.result).errors.identifier)).toMatch(/already used/);
  });
});

describe("admin: users", () => {
  it("creates a user who can then sign in, and never echoes the password back", async () => {
    const cookie = await adminCookie();
    const org = await createOrganisation();
    const short = await call(
      userAction,
      await formRequest("/admin/users", { name: "New", email: "new@agency.example", role: "editor", organisationId: org.id, password: "short" }, { cookie }),
    );
    const body = dataOf<{ errors: Record<string, string>; values: Record<string, string> }>(short.result);
    expect(en(body.errors.password)).toMatch(/at least 12/);
    expect(body.values.password).toBeUndefined();

    const ok = await call(
      userAction,
      await formRequest(
        "/admin/users",
        { name: "New", email: "new@agency.example", role: "editor", organisationId: org.id, password: "a-good-long-password" },
        { cookie },
      ),
    );
    expect(statusOf(ok.thrown)).toBe(302);
    expect((await attemptLogin("new@agency.example", "a-good-long-password")).ok).toBe(true);
  });

  it("requires an organisation for editors and approvers", async () => {
    const cookie = await adminCookie();
    const res = await call(
      userAction,
      await formRequest("/admin/users", { name: "N", email: "n@agency.example", role: "approver", password: "a-good-long-password" }, { cookie }),
    );
    expect(en(dataOf<{ errors: Record<string, string> }>(res.result).errors.organisationId)).toMatch(/belong to an organisation/);
  });
});
