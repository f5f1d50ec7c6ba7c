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
    title: "Instellingen voor meldingen",
    link: "Kies welke e-mails u krijgt",
    intro: "Het register mailt u als iets uw aandacht nodig heeft of als er iets met uw werk is gebeurd. Zet de e-mails uit die u niet wilt krijgen.",
    legend: "Mail mij als",
    hint: "Alles blijft op uw dashboard staan, wat u hier ook kiest.",
    none: "Voor uw rol zijn er geen e-mails met meldingen.",
    save: "Instellingen opslaan",
    invalidKind: "Kies alleen uit de e-mails in de lijst",
    kinds: {
      entry_submitted: {
        label: "een algoritme van mijn organisatie ter vaststelling wordt ingediend",
        hint: "Zodat u het kunt controleren en publiceren, of om wijzigingen kunt vragen.",
      },
      entry_changes_requested: {
        label: "een vaststeller om wijzigingen vraagt in een algoritme dat ik heb ingediend",
        hint: "De e-mail linkt naar het algoritme, waar u leest wat er moet veranderen.",
      },
      entry_published: {
        label: "een algoritme dat ik heb ingediend is gepubliceerd",
        hint: "De e-mail linkt naar de openbare pagina van het algoritme.",
      },
      review_concluded: {
        label: "de toezichthouder de beoordeling afrondt van een impactassessment van mijn organisatie",
        hint: "Gaat naar de vaststellers en naar de redacteuren die aan het algoritme hebben gewerkt.",
      },
      feedback_received: {
        label: "iemand een reactie stuurt op een algoritme van mijn organisatie",
        hint: "De e-mail bevat het referentienummer en de antwoordtermijn, nooit de gegevens van de afzender.",
      },
    } satisfies Record<NotificationKind, { label: string; hint: string }>,
    done: { saved: "Uw instellingen voor meldingen zijn opgeslagen." },
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
