import { createElement, Fragment } from "react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { deliverOutbox } from "~/email/email.server";
import { createDraft, transition } from "~/entries/entries.server";
import { FeedbackFormFields, feedbackFormLabels } from "~/feedback/feedback-form-fields";
import { FeedbackSection } from "~/feedback/feedback-section";
import { ErrorSummary } from "~/forms/error-summary";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { action as submit, meta as formMeta } from "~/routes/algorithms.$id_.feedback";
import { loader as receiptLoader } from "~/routes/algorithms.$id_.feedback_.received";
import { loader as feedLoader } from "~/routes/algorithms.$id_.feedback[.]atom";
import { action as moderateAction } from "~/routes/feedback.$id";
import { loader as withdrawLoader } from "~/routes/feedback.withdraw.$token";
import { db } from "~/utils/db.server";
import { createOrgWithStaff, createPublishedEntry, validDocument } from "../support/entry-factories";
import { sessionFor } from "../support/factories";
import { renderInLanguage } from "../support/in-language";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";
import { readAtom } from "../support/atom";
import { readMail, startSmtpServer } from "../support/smtp-server";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
afterEach(() => {
  for (const k of ["SMTP_HOST", "SMTP_PORT", "SMTP_FROM", "DEFAULT_LANGUAGE"]) delete process.env[k];
  smtp.received.length = 0;
});

/** Delivers the outbox through the real SMTP server; what each address received about `about`, decoded. */
async function mailsAbout(about: string) {
  smtp.use();
  await deliverOutbox();
  return smtp.received.map((m) => ({ to: m.to[0], ...readMail(m.data) })).filter((m) => m.subject.includes(about) || m.text.includes(about));
}

let senders = 0;
const message = { type: "question", message: "Welke gegevens gebruikt dit algoritme over mij?", name: "", consent: "yes", website: "" };

/** Posts feedback at `prefix` (`/nl`, `/en` or none) and returns the stored thread and the answer's Location. */
async function sendFeedback(prefix: string, email: string) {
  const name = `Parkeervergunningen ${++senders}`;
  const { entry: created, editor, approver } = await createPublishedEntry({ name });
  const entry = { ...created, name };
  const { thrown } = await call(
    submit,
    await formRequest(`${prefix}/algorithms/${entry.publicId}/feedback`, { ...message, email }),
    { id: entry.publicId },
    { clientIp: `203.0.113.${senders}` },
  );
  expect(statusOf(thrown)).toBe(302);
  const thread = await db.feedbackThread.findFirstOrThrow({ where: { entryId: entry.id } });
  return { entry, editor, approver, thread, location: (thrown as Response).headers.get("Location") };
}

const dutchDay = (d: Date) => new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);

describe("the sender's mails are in the language they wrote in", () => {
  it("a message sent at /nl/ gets a Dutch receipt that links to the Dutch pages", async () => {
    const { entry, thread, location } = await sendFeedback("/nl", "burger@voorbeeld.nl");
    expect(thread.language).toBe("nl");
    expect(location).toBe(`/nl/algorithms/${entry.publicId}/feedback/received`);

    const [receipt] = (await mailsAbout(thread.reference)).filter((m) => m.to === "burger@voorbeeld.nl");
    expect(receipt.subject).toBe(`We hebben uw bericht ${thread.reference} ontvangen`);
    expect(receipt.text).toContain(`Bedankt voor uw bericht over "${entry.name}".`);
    expect(receipt.text).toContain(`Uw kenmerk: ${thread.reference}`);
    expect(receipt.text).toContain(`U krijgt uiterlijk ${dutchDay(thread.deadlineAt)} een antwoord.`);
    expect(receipt.text).toContain(`http://localhost/nl/algorithms/${entry.publicId}`);
    expect(receipt.text).not.toMatch(/Thank you|reference number|withdraw your message/i);

    // The private link opens the Dutch withdrawal page, and it works.
    const link = /http:\/\/localhost(\/nl\/feedback\/withdraw\/(\S+))/.exec(receipt.text);
    expect(link).not.toBeNull();
    const page = dataOf<{ reference: string }>((await call(withdrawLoader, getRequest(link![1]), { token: link![2] })).result);
    expect(page.reference).toBe(thread.reference);
  });

  it("a message sent at /en/ gets an English receipt that links to the English pages", async () => {
    const { entry, thread, location } = await sendFeedback("/en", "citizen@example.org");
    expect(thread.language).toBe("en");
    expect(location).toBe(`/en/algorithms/${entry.publicId}/feedback/received`);
    const [receipt] = (await mailsAbout(thread.reference)).filter((m) => m.to === "citizen@example.org");
    expect(receipt.subject).toBe(`We have received your message ${thread.reference}`);
    expect(receipt.text).toContain(`Your reference number: ${thread.reference}`);
    expect(receipt.text).toContain(`http://localhost/en/algorithms/${entry.publicId}`);
    expect(receipt.text).toMatch(/http:\/\/localhost\/en\/feedback\/withdraw\/\S+/);
    expect(receipt.text).not.toContain("Bedankt");
  });

  it("a message sent at an address without a prefix is in the browser's language", async () => {
    const { entry } = await createPublishedEntry({ name: "Afvalinzameling" });
    const request = await formRequest(`/algorithms/${entry.publicId}/feedback`, { ...message, email: "lezer@voorbeeld.nl" });
    request.headers.set("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5");
    const { thrown } = await call(submit, request, { id: entry.publicId }, { clientIp: "203.0.113.200" });
    expect((thrown as Response).headers.get("Location")).toBe(`/nl/algorithms/${entry.publicId}/feedback/received`);
    expect((await db.feedbackThread.findFirstOrThrow({ where: { entryId: entry.id } })).language).toBe("nl");
  });

  it("the receipt page gives the withdrawal link in its own language", async () => {
    const { entry, thrown } = await (async () => {
      const { entry } = await createPublishedEntry({ name: "Leerlingenvervoer" });
      const res = await call(
        submit,
        await formRequest(`/nl/algorithms/${entry.publicId}/feedback`, message),
        { id: entry.publicId },
        { clientIp: "203.0.113.201" },
      );
      return { entry, thrown: res.thrown as Response };
    })();
    const cookie = thrown.headers.get("Set-Cookie")!.split(";")[0];
    const page = dataOf<{ receipt: { withdrawUrl: string } }>(
      (await call(receiptLoader, getRequest(`/nl/algorithms/${entry.publicId}/feedback/received`, cookie), { id: entry.publicId })).result,
    );
    expect(page.receipt.withdrawUrl).toMatch(/^http:\/\/localhost\/nl\/feedback\/withdraw\/\S+$/);
  });

  it("the answer is mailed in the sender's language, whatever language the moderator uses", async () => {
    const { thread, editor, entry } = await sendFeedback("/nl", "vraagsteller@voorbeeld.nl");
    const cookie = await sessionFor(editor.id);
    const answered = await call(moderateAction, await formRequest(`/en/feedback/${thread.id}`, { intent: "answer", body: "Alleen uw kenteken." }, { cookie }), {
      id: thread.id,
    });
    expect((answered.thrown as Response).headers.get("Location")).toBe(`/en/feedback/${thread.id}?done=answered_and_sent`);
    const answer = (await mailsAbout(thread.reference)).find((m) => m.to === "vraagsteller@voorbeeld.nl" && m.subject.startsWith("Antwoord"));
    expect(answer?.subject).toBe(`Antwoord op uw reactie ${thread.reference}`);
    expect(answer?.text).toContain(`heeft uw reactie ${thread.reference} over "${entry.name}" beantwoord:\n\nAlleen uw kenteken.`);
    expect(answer?.text).toContain(`http://localhost/nl/algorithms/${entry.publicId}`);
    expect(answer?.text).not.toContain("has answered");
  });
});

describe("staff notices are in the deployment's language (DEFAULT_LANGUAGE)", () => {
  it("are English by default, whatever language the citizen wrote in", async () => {
    const { thread, editor } = await sendFeedback("/nl", "");
    const [notice] = (await mailsAbout(thread.reference)).filter((m) => m.to === editor.email);
    expect(notice.subject).toMatch(new RegExp(`^New feedback ${thread.reference} on "Parkeervergunningen \\d+"$`));
    expect(notice.text).toContain("A member of the public sent feedback (Question)");
    expect(notice.text).toContain(`http://localhost/en/feedback/${thread.id}`);
    expect(notice.text).toContain("http://localhost/en/account/notifications");
  });

  it("are Dutch, with links to the Dutch pages, when DEFAULT_LANGUAGE is nl; the citizen's receipt stays in theirs", async () => {
    process.env.DEFAULT_LANGUAGE = "nl";
    const { thread, editor, entry } = await sendFeedback("/en", "reader@example.org");
    const mails = await mailsAbout(thread.reference);
    const notice = mails.find((m) => m.to === editor.email)!;
    expect(notice.subject).toBe(`Nieuwe reactie ${thread.reference} op "${entry.name}"`);
    expect(notice.text).toContain("Iemand uit het publiek heeft een reactie (Vraag) gestuurd");
    expect(notice.text).toContain(`Antwoord uiterlijk: ${dutchDay(thread.deadlineAt)}`);
    expect(notice.text).toContain(`http://localhost/nl/feedback/${thread.id}`);
    expect(notice.text).toContain("Kiezen welke e-mails u krijgt: http://localhost/nl/account/notifications");
    expect(notice.text).not.toMatch(/You get this email|Reference:/);
    expect(mails.find((m) => m.to === "reader@example.org")?.subject).toBe(`We have received your message ${thread.reference}`);
  });

  it("the entry workflow's notices follow DEFAULT_LANGUAGE too", async () => {
    process.env.DEFAULT_LANGUAGE = "nl";
    const staff = await createOrgWithStaff();
    const draft = await createDraft(staff.editor, staff.org.id, validDocument({ name: "Melding in het Nederlands" }));
    expect((await transition(staff.editor, draft.id, "submit")).ok).toBe(true);
    const [mail] = await mailsAbout("Melding in het Nederlands");
    expect(mail.to).toBe(staff.approver.email);
    expect(mail.subject).toBe('Wacht op uw goedkeuring: "Melding in het Nederlands"');
    expect(mail.text).toContain(`http://localhost/nl/entries/${draft.id}`);
    expect(mail.text).toContain("U krijgt deze e-mail vanwege uw rol in het Openbaar Algoritmeregister.");
  });
});

describe("the feedback form in Dutch", () => {
  it("refuses a post at /nl/ with Dutch messages in the summary and at the fields, keeping what was typed", async () => {
    const { entry } = await createPublishedEntry({ name: "Bijstand" });
    const { result } = await call(
      submit,
      await formRequest(`/nl/algorithms/${entry.publicId}/feedback`, { type: "", message: "kort", name: "Jo", email: "geen-adres", website: "" }),
      { id: entry.publicId },
    );
    expect(statusOf(result)).toBe(400);
    const { errors, values } = dataOf<{ errors: Record<string, string>; values: Record<string, string> }>(result);
    expect(values).toMatchObject({ message: "kort", name: "Jo" });

    const t = textFor("nl");
    const html = renderInLanguage(
      "nl",
      createElement(
        Fragment,
        null,
        createElement(ErrorSummary, { errors, labels: feedbackFormLabels(t) }),
        createElement(FeedbackFormFields, { errors, values }),
      ),
      `/algorithms/${entry.publicId}/feedback`,
    );
    expect(html).toContain("Er is een probleem");
    expect(html).toContain("Waar gaat uw bericht over?: Kies waar uw bericht over gaat");
    expect(html).toContain("Uw bericht: Uw bericht moet minstens 10 tekens lang zijn");
    expect(html).toContain("Uw e-mailadres: Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl");
    expect(html).toContain("Fout:");
    expect(html).toContain("Een fout in deze beschrijving");
    expect(html).toContain(">kort</textarea>");
    for (const english of ["There is a problem", "Choose what your message is about", "must be at least", "Your message", "A question", "Error:"]) {
      expect(html).not.toContain(english);
    }
    // The same messages in English on an English page.
    expect(showProblem(textFor("en"), errors.message)).toBe("Your message must be at least 10 characters");
  });

  it("says a limit was reached in Dutch", async () => {
    const { entry } = await createPublishedEntry({ name: "Huurtoeslag" });
    process.env.FEEDBACK_PER_ADDRESS = "1";
    try {
      const post = () => formRequest(`/nl/algorithms/${entry.publicId}/feedback`, message);
      await call(submit, await post(), { id: entry.publicId }, { clientIp: "198.51.100.250" });
      const { result } = await call(submit, await post(), { id: entry.publicId }, { clientIp: "198.51.100.250" });
      expect(statusOf(result)).toBe(429);
      expect(showProblem(textFor("nl"), dataOf<{ errors: Record<string, string> }>(result).errors.message)).toMatch(/^U hebt in korte tijd meerdere berichten/);
    } finally {
      delete process.env.FEEDBACK_PER_ADDRESS;
    }
  });

  it("has a Dutch page title", () => {
    const matches = [{ id: "root", data: { language: "nl" } }] as unknown as Parameters<typeof formMeta>[0]["matches"];
    const data = { entry: { publicId: "1", name: "Bijstand", organisation: "Gemeente Lindewaard" } };
    const tags = formMeta({ data, matches } as Parameters<typeof formMeta>[0]);
    expect(tags).toEqual([{ title: "Stel een vraag of reageer: Bijstand – Openbaar Algoritmeregister" }]);
  });
});

describe("the feedback section of an entry page", () => {
  const feedback = {
    organisationName: "Gemeente Lindewaard",
    acceptsFeedback: true,
    threads: [
      {
        reference: "FB-2026-000042",
        type: "question",
        text: "Wie controleert de uitkomst?",
        status: "answered",
        receivedAt: "2026-03-02T09:00:00.000Z",
        updatedAt: "2026-03-05T10:00:00.000Z",
        answeredAt: "2026-03-05T10:00:00.000Z",
        closedAt: null,
        awaitingDays: 40,
        answers: [{ body: "Een medewerker.", at: "2026-03-05T10:00:00.000Z" }],
      },
    ],
  };

  it("is in Dutch on a Dutch page, with links that stay Dutch", () => {
    const html = renderInLanguage("nl", createElement(FeedbackSection, { feedback, entryPublicId: "12345678" }), "/algorithms/12345678");
    expect(html).toContain("Vragen en reacties");
    expect(html).toContain("Vraag <span");
    expect(html).toContain("Een burger");
    expect(html).toContain("Beantwoord");
    expect(html).toContain("Wacht al 40 dagen op antwoord");
    expect(html).toContain("Antwoord van Gemeente Lindewaard");
    expect(html).toContain('href="/nl/algorithms/12345678/feedback"');
    expect(html).toContain('href="/algorithms/12345678/feedback.atom?lang=nl"');
    expect(html).not.toMatch(/Questions and responses|Awaiting an answer|Answer from/);
  });

  it("says one day in the singular", () => {
    const one = { ...feedback, threads: [{ ...feedback.threads[0], awaitingDays: 1 }] };
    expect(renderInLanguage("nl", createElement(FeedbackSection, { feedback: one, entryPublicId: "1" }))).toContain("Wacht al 1 dag op antwoord");
    expect(renderInLanguage("en", createElement(FeedbackSection, { feedback: one, entryPublicId: "1" }))).toContain("Awaiting an answer for 1 day<");
  });
});

describe("the feedback feed of an entry", () => {
  it("has its title in the language asked with ?lang=, else in the request's language", async () => {
    const { entry } = await createPublishedEntry({ name: "Kwijtschelding" });
    const title = async (request: Request) => readAtom(await (await call(feedLoader, request, { id: entry.publicId })).result!.text()).title;
    expect(await title(getRequest(`/algorithms/${entry.publicId}/feedback.atom?lang=nl`))).toBe("Vragen en antwoorden: Kwijtschelding");
    expect(await title(getRequest(`/algorithms/${entry.publicId}/feedback.atom`))).toBe("Questions and answers: Kwijtschelding");
    const dutchBrowser = getRequest(`/algorithms/${entry.publicId}/feedback.atom`);
    dutchBrowser.headers.set("Accept-Language", "nl");
    expect(await title(dutchBrowser)).toBe("Vragen en antwoorden: Kwijtschelding");
    expect(await title(getRequest(`/algorithms/${entry.publicId}/feedback.atom?lang=xx`))).toBe("Questions and answers: Kwijtschelding");
  });
});
