/**
 * The site shell, sign-in, account and administration pages in Dutch: what the loaders and actions answer
 * to a request at /nl/…, and what the pages render in Dutch. The English pages are covered by the
 * older tests of each page, which use addresses without prefix.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { textFor } from "~/i18n/text";
import { showProblem } from "~/i18n/problem";
import { FeedbackPanel } from "~/dashboard/feedback-panel";
import { ImportResult } from "~/imports/import-result";
import { loader as dashboardLoader } from "~/routes/dashboard";
import NotificationSettings, { action as settingsAction } from "~/routes/account.notifications";
import { action as changeAction } from "~/routes/account.password";
import AdminOrganisations, { action as orgAction } from "~/routes/admin.organisations";
import AdminOutbox from "~/routes/admin.outbox";
import AdminUsers, { action as userAction } from "~/routes/admin.users";
import { action as importAction } from "~/routes/admin.import";
import Home from "~/routes/_index";
import Login, { action as loginAction, loader as loginLoader } from "~/routes/login";
import { ErrorPage } from "~/root";
import { forbidden } from "~/utils/http.server";
import { db } from "~/utils/db.server";
import { createUser, sessionFor, TEST_PASSWORD } from "../support/factories";
import { renderIn } from "../support/render-in";
import { BASE, call, csrfPair, dataOf, formRequest, getRequest, statusOf } from "../support/requests";

const nl = textFor("nl");
const en = textFor("en");
/** A message as a Dutch page shows it (actions return catalogue references). */
const dutch = (message: string) => showProblem(nl, message);
const errorsOf = (result: unknown) => dataOf<{ errors: Record<string, string> }>(result).errors;
const locationOf = (thrown: unknown) => (thrown as Response).headers.get("Location");

describe("signing in at /nl/", () => {
  it("says a wrong password and missing fields in Dutch", async () => {
    await createUser("editor", null, { email: "piet@agency.example" });
    const wrong = await call(loginAction, await formRequest("/nl/login", { email: "piet@agency.example", password: "wrong" }));
    expect(statusOf(wrong.result)).toBe(400);
    expect(dutch(errorsOf(wrong.result).email)).toBe("Vul een juist e-mailadres en wachtwoord in.");

    const empty = await call(loginAction, await formRequest("/nl/login", { email: "geen-adres", password: "" }));
    expect(dutch(errorsOf(empty.result).email)).toBe(nl.auth.validation.emailFormat);
    expect(dutch(errorsOf(empty.result).password)).toBe("Vul uw wachtwoord in");
    expect(Object.values(errorsOf(empty.result)).map(dutch)).not.toContain(en.auth.validation.passwordMissing);
  });

  it("keeps the language: the sign-in page of /nl/dashboard is /nl/login, and it leads back to /nl/dashboard", async () => {
    const anonymous = await call(dashboardLoader, getRequest("/nl/dashboard"));
    expect(locationOf(anonymous.thrown)).toBe(`/nl/login?${new URLSearchParams({ redirectTo: "/nl/dashboard" })}`);
    // An address without prefix keeps none: it is answered in the visitor's negotiated language again.
    expect(locationOf((await call(dashboardLoader, getRequest("/dashboard"))).thrown)).toBe(`/login?${new URLSearchParams({ redirectTo: "/dashboard" })}`);

    const user = await createUser("editor", null, { email: "anna@agency.example" });
    const signedIn = await call(loginAction, await formRequest("/nl/login", { email: user.email, password: TEST_PASSWORD }));
    expect(locationOf(signedIn.thrown)).toBe("/nl/dashboard");
  });

  it("renders the sign-in page in Dutch, with the confirmation after a password was set", async () => {
    const data = dataOf<object>(await loginLoader({ request: getRequest("/nl/login?done=password-set"), params: {}, context: {} } as never));
    expect(data).toMatchObject({ done: nl.account.login.done["password-set"], redirectTo: "/nl/dashboard" });
    const html = await renderIn("nl", createElement(Login), { path: "/nl/login?done=password-set", data });
    for (const text of ["<h1>Inloggen</h1>", "E-mailadres", "Wachtwoord", nl.auth.intro, "Uw wachtwoord is opgeslagen."]) expect(html).toContain(text);
    expect(html).not.toContain(en.auth.intro);
  });
});

describe("account pages at /nl/", () => {
  it("says why a password is refused in Dutch and comes back to the Dutch page", async () => {
    const user = await createUser("editor");
    const cookie = await sessionFor(user.id);
    const wrong = await call(
      changeAction,
      await formRequest("/nl/account/password", { currentPassword: "nope", newPassword: "x".repeat(20), confirmPassword: "x".repeat(20) }, { cookie }),
    );
    expect(dutch(errorsOf(wrong.result).currentPassword)).toBe("Het huidige wachtwoord is niet juist");
    const short = await call(
      changeAction,
      await formRequest("/nl/account/password", { currentPassword: TEST_PASSWORD, newPassword: "kort", confirmPassword: "anders" }, { cookie }),
    );
    expect(dutch(errorsOf(short.result).newPassword)).toBe("Het wachtwoord moet minstens 12 tekens hebben");
    expect(dutch(errorsOf(short.result).confirmPassword)).toBe("De twee nieuwe wachtwoorden zijn niet gelijk");
    const changed = await call(
      changeAction,
      await formRequest(
        "/nl/account/password",
        { currentPassword: TEST_PASSWORD, newPassword: "een nieuw wachtwoord 2026", confirmPassword: "een nieuw wachtwoord 2026" },
        { cookie },
      ),
    );
    expect(locationOf(changed.thrown)).toBe("/nl/account/password?done=changed");
  });
});

describe("notification settings at /nl/", () => {
  it("refuses an unknown kind in Dutch, saves back to the Dutch page and renders in Dutch", async () => {
    const user = await createUser("editor");
    const cookie = await sessionFor(user.id);
    const refused = await call(settingsAction, await formRequest("/nl/account/notifications", { receive: ["entry_published", "alles"] }, { cookie }));
    expect(dutch(errorsOf(refused.result).receive)).toBe("Kies alleen uit de genoemde e-mails");
    const saved = await call(settingsAction, await formRequest("/nl/account/notifications", { receive: ["entry_published"] }, { cookie }));
    expect(locationOf(saved.thrown)).toBe("/nl/account/notifications?done=saved");

    const kinds = [{ kind: "entry_published", enabled: true }];
    const html = await renderIn("nl", createElement(NotificationSettings), { path: "/nl/account/notifications?done=saved", data: { kinds } });
    for (const text of [
      "<h1>Meldingen</h1>",
      "Stuur mij een e-mail als",
      "een beschrijving die ik heb ingediend, wordt gepubliceerd",
      "Uw instellingen voor meldingen zijn opgeslagen.",
    ])
      expect(html).toContain(text);
  });
});

describe("administration at /nl/", () => {
  const admin = async () => sessionFor((await createUser("admin")).id);

  it("refuses a user form in Dutch and mails a new person a Dutch link to the Dutch page", async () => {
    const cookie = await admin();
    const refused = await call(
      userAction,
      await formRequest("/nl/admin/users", { intent: "create", name: "", email: "geen adres", role: "editor", passwordChoice: "link" }, { cookie }),
    );
    expect(statusOf(refused.result)).toBe(400);
    expect(Object.fromEntries(Object.entries(errorsOf(refused.result)).map(([field, message]) => [field, dutch(message)]))).toEqual({
      name: "Vul de naam van de persoon in",
      email: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl",
      organisationId: "Redacteuren en goedkeurders horen bij een organisatie: kies er een",
    });

    const created = await call(
      userAction,
      await formRequest(
        "/nl/admin/users",
        { intent: "create", name: "Noor Nieuw", email: "noor@agency.example", role: "reviewer", passwordChoice: "link" },
        { cookie },
      ),
    );
    expect(locationOf(created.thrown)).toBe("/nl/admin/users?done=created-link");
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: "noor@agency.example" } });
    expect(mail.subject).toBe("Kies uw wachtwoord voor het Openbaar Algoritmeregister");
    expect(mail.text).toMatch(/^Hallo Noor Nieuw,/);
    expect(mail.text).toMatch(/\/nl\/account\/set-password\/[A-Za-z0-9_-]{43}\n/);
    expect(mail.text).toContain("24 uur");

    const taken = await call(
      userAction,
      await formRequest(
        "/nl/admin/users",
        { intent: "create", name: "Noor", email: "noor@agency.example", role: "reviewer", passwordChoice: "link" },
        { cookie },
      ),
    );
    expect(dutch(errorsOf(taken.result).email)).toBe("Er bestaat al een account met dit e-mailadres");
  });

  it("renders the users page in Dutch with the confirmation of a mailed link", async () => {
    const users = [{ id: "u1", name: "Ann", email: "ann@agency.example", role: "admin", isDemo: true, organisation: null }];
    const html = await renderIn("nl", createElement(AdminUsers), { path: "/nl/admin/users?done=created-link", data: { users, organisations: [] } });
    for (const text of ["<h1>Gebruikers</h1>", "1 account", "Een account aanmaken", "Account aangemaakt.", "24 uur lang", "naar Ann"])
      expect(html).toContain(text);
    expect(html).not.toContain("Create an account");
  });

  it("refuses an organisation in Dutch and renders the organisations page in Dutch", async () => {
    const cookie = await admin();
    const fields = { name: "Gemeente Noordkust", type: "municipality", identifierScheme: "TOOI", identifier: "gm9999", country: "NL" };
    const refused = await call(orgAction, await formRequest("/nl/admin/organisations", fields, { cookie }));
    expect(dutch(errorsOf(refused.result).identifier)).toMatch(/^Een TOOI-identificatie ziet eruit als https:\/\/identifier\.overheid\.nl/);
    const identifier = "https://identifier.overheid.nl/tooi/id/gemeente/gm9999";
    const created = await call(orgAction, await formRequest("/nl/admin/organisations", { ...fields, identifier }, { cookie }));
    expect(locationOf(created.thrown)).toBe("/nl/admin/organisations?created=gemeente-noordkust");
    const again = await call(orgAction, await formRequest("/nl/admin/organisations", { ...fields, name: "Andere naam", identifier }, { cookie }));
    expect(dutch(errorsOf(again.result).identifier)).toBe("Deze identificatie wordt al gebruikt door Gemeente Noordkust");

    const organisations = [
      { id: "o1", slug: "gemeente-noordkust", name: "Gemeente Noordkust", type: "municipality", identifierScheme: "TOOI", identifier, country: "NL" },
    ];
    const html = await renderIn("nl", createElement(AdminOrganisations), { path: "/nl/admin/organisations", data: { organisations } });
    for (const text of [
      "<h1>Organisaties</h1>",
      "1 organisatie",
      "<td>Gemeente</td>",
      "<td>Nederland</td>",
      'href="/nl/organisations/gemeente-noordkust"',
      "Waterschap",
      "Een organisatie toevoegen",
    ])
      expect(html).toContain(text);
    expect(html).not.toContain("Municipality");
  });

  it("renders the outbox in Dutch", async () => {
    const mails = [
      {
        id: "m1",
        createdAt: "2026-12-02T10:00:00Z",
        to: "a@x.example",
        subject: "Onderwerp",
        text: "Tekst",
        sentAt: null,
        error: "connection refused",
        attempts: 2,
        nextAttemptAt: "2026-12-02T10:05:00Z",
      },
      {
        id: "m2",
        createdAt: "2026-12-02T10:00:00Z",
        to: "b@x.example",
        subject: "Ander",
        text: "Tekst",
        sentAt: "2026-12-02T10:01:00Z",
        error: null,
        attempts: 1,
        nextAttemptAt: null,
      },
    ];
    const html = await renderIn("nl", createElement(AdminOutbox), { path: "/nl/admin/outbox", data: { mails, smtp: false, maxAttempts: 7 } });
    for (const text of [
      "<h1>Uitgaande e-mail</h1>",
      nl.admin.mail.noSmtp,
      "De 2 meest recente berichten",
      "2 keer mislukt: connection refused",
      "Volgende poging 2026-12-02 10:05",
      "Verstuurd",
    ])
      expect(html).toContain(text);
  });

  it("imports with Dutch messages about the file and a Dutch summary", async () => {
    const cookie = await admin();
    const csrf = await csrfPair();
    const upload = (fields: Record<string, string | File>) => {
      const body = new FormData();
      body.append("csrf", csrf.token);
      for (const [name, value] of Object.entries(fields)) body.append(name, value);
      return new Request(`${BASE}/nl/admin/import`, { method: "POST", headers: { Cookie: `${csrf.cookie}; ${cookie}` }, body });
    };
    const empty = await call(importAction, upload({}));
    expect(Object.values(errorsOf(empty.result)).map(dutch).sort()).toEqual(["Kies een JSON-bestand om te importeren", "Kies het formaat van het bestand"]);

    const listing = JSON.stringify({ algoritmes: [{ id: "1", title: "Parkeren", organisatie: "Gemeente X" }] });
    const wrong = await call(importAction, upload({ format: "uk-atrs-listing", file: new File([listing], "lijst.json", { type: "application/json" }) }));
    expect(errorsOf(wrong.result).format).toBe(
      "Dit bestand lijkt het overzicht van het Nederlandse Algoritmeregister, niet het overzicht van Britse ATRS-records. Kies “Overzicht van het Nederlandse Algoritmeregister (algoritmes.overheid.nl)” en probeer het opnieuw.",
    );
    const csv = await call(importAction, upload({ format: "nl-1.0", file: new File(["id;titel\n1;x"], "lijst.csv") }));
    expect(errorsOf(csv.result).format).toBe(
      "Dit bestand heeft geen van de ondersteunde formaten: het bevat CSV met de kolommen id, titel (de import leest alleen JSON-bestanden).",
    );

    const summary = { created: 2, updated: 0, unchanged: 1, retired: 0, failed: [{ position: 3, reason: "title: missing" }], warnings: [] };
    const html = await renderIn("nl", createElement(ImportResult, { summary }));
    for (const text of [
      "Import voltooid",
      "2 nieuw, 0 bijgewerkt, 1 ongewijzigd, 0 buiten gebruik gesteld, 1 mislukt.",
      "1 record kon niet worden geïmporteerd",
      "Id in de bron",
    ])
      expect(html).toContain(text);
  });
});

describe("shell pages in Dutch", () => {
  it("renders the home page with Dutch text and links that stay in Dutch", async () => {
    const html = await renderIn("nl", createElement(Home), { path: "/nl" });
    for (const text of [
      "<h1>Openbaar Algoritmeregister</h1>",
      "Zoeken in het register",
      'action="/nl/algorithms"',
      'href="/nl/your-data"',
      "Alle algoritmes bekijken",
    ])
      expect(html).toContain(text);
    expect(html).not.toContain(en.home.browseTitle);
  });

  it("renders the dashboard's feedback panel in Dutch", async () => {
    const data = {
      pending: 2,
      awaiting: 3,
      overdueCount: 1,
      overdue: [{ id: "t1", reference: "R-1", deadlineAt: "2026-11-30T00:00:00Z", entry: { name: "Parkeren" } }],
    };
    const html = await renderIn("nl", createElement(FeedbackPanel, { data }));
    for (const text of ["Reacties van het publiek", "2 te modereren, 3 wachten op antwoord", "1 te laat", 'href="/nl/feedback/t1"', "Te laat sinds 2026-11-30"])
      expect(html).toContain(text);
  });

  it("says a refusal in Dutch on the error page", async () => {
    let refusal: Response | undefined;
    try {
      forbidden();
    } catch (thrown) {
      refusal = thrown as Response;
    }
    const error = { status: 403, statusText: "Forbidden", internal: false, data: await refusal!.text() };
    const html = await renderIn("nl", createElement(ErrorPage, { error }));
    expect(html).toContain("<h1>U hebt geen toegang tot deze pagina</h1>");
    expect(html).toContain("<p>U hebt geen toestemming om dit te doen.</p>");
    expect(await renderIn("en", createElement(ErrorPage, { error }))).toContain("<p>You do not have permission to do this.</p>");
  });
});
