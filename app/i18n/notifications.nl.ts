// Dutch text of the catalogue in notifications.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { CatalogueShape } from "./translator";
import type { notificationText as english } from "./notifications.en";
import type { NotificationKind } from "~/notifications/kinds";

type EntryRef = { name: string };

/** Every mail ends the same way: why you get it, and (for staff) where to switch it off. */
const staffFooter = (settingsUrl: string) => [
  "",
  "—",
  "You get this email because of your role in the Public Algorithm Register.",
  `To choose which emails you get: ${settingsUrl}`,
];

/** English text of the notification mails and of the staff's notification settings page. */
export const notificationsNl: CatalogueShape<typeof english> = {
  settings: {
    title: "Notification settings",
    link: "Choose which emails you get",
    intro: "The register emails you when something needs your attention or has happened to your work. Switch off the emails you do not want.",
    legend: "Email me when",
    hint: "Everything stays on your dashboard, whatever you choose here.",
    none: "There are no notification emails for your role.",
    save: "Save settings",
    invalidKind: "Choose only from the emails listed",
    kinds: {
      entry_submitted: {
        label: "an entry of my organisation is submitted for approval",
        hint: "So you can check it and publish it, or ask for changes.",
      },
      entry_changes_requested: {
        label: "an approver asks for changes to an entry I submitted",
        hint: "The email links to the entry, where you can read what needs to change.",
      },
      entry_published: {
        label: "an entry I submitted is published",
        hint: "The email links to the public page of the entry.",
      },
      review_concluded: {
        label: "the oversight body concludes its review of an impact assessment of my organisation",
        hint: "Sent to the approvers and to the editors who worked on the entry.",
      },
      feedback_received: {
        label: "someone sends feedback on an entry of my organisation",
        hint: "The email has the reference number and the answer deadline, never the sender's details.",
      },
    } satisfies Record<NotificationKind, { label: string; hint: string }>,
    done: { saved: "Your notification settings are saved." },
  },

  mail: {
    entrySubmitted: (entry: EntryRef & { organisation: string }, link: string, settingsUrl: string) => ({
      subject: `Waiting for your approval: "${entry.name}"`,
      text: [
        `An entry of ${entry.organisation} has been submitted for approval: "${entry.name}".`,
        "",
        "Check it, then publish it or ask for changes:",
        link,
        ...staffFooter(settingsUrl),
      ].join("\n"),
    }),
    changesRequested: (entry: EntryRef, link: string, settingsUrl: string) => ({
      subject: `Changes requested: "${entry.name}"`,
      text: [
        `An approver has asked for changes to the entry "${entry.name}" that you submitted. It is not published yet.`,
        "",
        "Read what needs to change and edit the entry:",
        link,
        ...staffFooter(settingsUrl),
      ].join("\n"),
    }),
    published: (entry: EntryRef & { version: number }, link: string, settingsUrl: string) => ({
      subject: `Published: "${entry.name}"`,
      text: [
        `The entry "${entry.name}" that you submitted has been approved. Version ${entry.version} is now public.`,
        "",
        "See it as the public sees it:",
        link,
        ...staffFooter(settingsUrl),
      ].join("\n"),
    }),
    reviewConcluded: (entry: EntryRef & { outcome: string }, link: string, settingsUrl: string) => ({
      subject: `Review concluded: impact assessment of "${entry.name}"`,
      text: [
        `The oversight body has concluded its review of the impact assessment of "${entry.name}".`,
        `Outcome: ${entry.outcome}.`,
        "",
        "Read the outcome and the public summary:",
        link,
        ...staffFooter(settingsUrl),
      ].join("\n"),
    }),
    feedbackReceived: (f: { reference: string; type: string; entry: string; deadline: string; link: string; settingsUrl: string }) => ({
      subject: `New feedback ${f.reference} on "${f.entry}"`,
      text: [
        `A member of the public sent feedback (${f.type}) on the entry "${f.entry}".`,
        "",
        `Reference: ${f.reference}`,
        `Answer by: ${f.deadline}`,
        "",
        "Read, moderate and answer it here:",
        f.link,
        ...staffFooter(f.settingsUrl),
      ].join("\n"),
    }),
    answered: (a: { reference: string; organisation: string; entry: string; answer: string; entryUrl: string }) => ({
      subject: `Answer to your feedback ${a.reference}`,
      text: [`${a.organisation} has answered your feedback ${a.reference} on "${a.entry}":`, "", a.answer, "", "The entry:", a.entryUrl].join("\n"),
    }),
    receipt: (r: { reference: string; entry: string; organisation: string; deadline: string; entryUrl: string; withdrawUrl: string }) => ({
      subject: `We have received your message ${r.reference}`,
      text: [
        `Thank you for your message about "${r.entry}". ${r.organisation} has received it.`,
        "",
        `Your reference number: ${r.reference}`,
        "",
        `You can expect an answer by ${r.deadline}. We send the answer to this email address.`,
        "",
        "The entry your message is about:",
        r.entryUrl,
        "",
        "To withdraw your message, use this private link. Anyone who has it can withdraw your message, so do not share it.",
        "If you withdraw it, we delete your name, your email address and your text.",
        r.withdrawUrl,
        "",
        "—",
        "You get this email because you gave your email address with your message. You do not need to reply.",
      ].join("\n"),
    }),
  },
};
