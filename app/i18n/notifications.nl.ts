// Dutch text of the catalogue in notifications.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { CatalogueShape } from "./translator";
import type { notificationText as english } from "./notifications.en";
import type { NotificationKind } from "~/notifications/kinds";

/** Every staff mail ends the same way: why you get it, and where to switch it off. */
const staffFooter = `

—
U krijgt deze e-mail vanwege uw rol in het Openbaar Algoritmeregister.
Kiezen welke e-mails u krijgt: {settingsUrl}`;

/** Dutch text of the notification mails and of the staff's notification settings page. */
export const notificationsNl: CatalogueShape<typeof english> = {
  settings: {
    title: "Meldingen",
    link: "Kies welke e-mails u krijgt",
    intro:
      "Het register stuurt u een e-mail als iets uw aandacht nodig heeft of als er iets met uw werk is gebeurd. Zet de e-mails uit die u niet wilt krijgen.",
    legend: "Stuur mij een e-mail als",
    hint: "Op uw dashboard blijft alles staan, wat u hier ook kiest.",
    none: "Voor uw rol zijn er geen e-mailmeldingen.",
    save: "Instellingen opslaan",
    invalidKind: "Kies alleen uit de genoemde e-mails",
    kinds: {
      entry_submitted: {
        label: "een algoritmebeschrijving van mijn organisatie ter goedkeuring wordt ingediend",
        hint: "Zodat u haar kunt controleren en publiceren, of om wijzigingen kunt vragen.",
      },
      entry_changes_requested: {
        label: "een goedkeurder om wijzigingen vraagt in een beschrijving die ik heb ingediend",
        hint: "De e-mail linkt naar de beschrijving, waar u leest wat er moet veranderen.",
      },
      entry_published: {
        label: "een beschrijving die ik heb ingediend, wordt gepubliceerd",
        hint: "De e-mail linkt naar de openbare pagina van de beschrijving.",
      },
      review_concluded: {
        label: "de toezichthouder de beoordeling van een impacttoets van mijn organisatie afrondt",
        hint: "Gestuurd naar de goedkeurders en naar de redacteuren die aan de beschrijving hebben gewerkt.",
      },
      feedback_received: {
        label: "iemand een reactie stuurt op een beschrijving van mijn organisatie",
        hint: "De e-mail bevat het kenmerk en de antwoordtermijn, nooit de gegevens van de afzender.",
      },
    } satisfies Record<NotificationKind, { label: string; hint: string }>,
    done: { saved: "Uw instellingen voor meldingen zijn opgeslagen." },
  },

  mail: {
    entrySubmitted: {
      subject: 'Wacht op uw goedkeuring: "{name}"',
      text: `Een algoritmebeschrijving van {organisation} is ter goedkeuring ingediend: "{name}".

Controleer de beschrijving en publiceer haar, of vraag om wijzigingen:
{link}${staffFooter}`,
    },
    changesRequested: {
      subject: 'Wijzigingen gevraagd: "{name}"',
      text: `Een goedkeurder heeft om wijzigingen gevraagd in de algoritmebeschrijving "{name}" die u hebt ingediend. De beschrijving is nog niet gepubliceerd.

Lees wat er moet veranderen en bewerk de beschrijving:
{link}${staffFooter}`,
    },
    published: {
      subject: 'Gepubliceerd: "{name}"',
      text: `De algoritmebeschrijving "{name}" die u hebt ingediend, is goedgekeurd. Versie {version} is nu openbaar.

Bekijk de beschrijving zoals het publiek haar ziet:
{link}${staffFooter}`,
    },
    reviewConcluded: {
      subject: 'Beoordeling afgerond: impacttoets van "{name}"',
      text: `De toezichthouder heeft de beoordeling van de impacttoets van "{name}" afgerond.
Uitkomst: {outcome}.

Lees de uitkomst en de openbare samenvatting:
{link}${staffFooter}`,
    },
    feedbackReceived: {
      subject: 'Nieuwe reactie {reference} op "{entry}"',
      text: `Iemand uit het publiek heeft een reactie ({type}) gestuurd op de algoritmebeschrijving "{entry}".

Kenmerk: {reference}
Antwoord uiterlijk: {deadline}

Lees, beoordeel en beantwoord de reactie hier:
{link}${staffFooter}`,
    },
    answered: {
      subject: "Antwoord op uw reactie {reference}",
      text: `{organisation} heeft uw reactie {reference} over "{entry}" beantwoord:

{answer}

Het algoritme:
{entryUrl}`,
    },
    receipt: {
      subject: "We hebben uw bericht {reference} ontvangen",
      text: `Bedankt voor uw bericht over "{entry}". {organisation} heeft het ontvangen.

Uw kenmerk: {reference}

U krijgt uiterlijk {deadline} een antwoord. Wij sturen het antwoord naar dit e-mailadres.

Het algoritme waar uw bericht over gaat:
{entryUrl}

Wilt u uw bericht intrekken? Gebruik dan deze persoonlijke link. Iedereen die de link heeft, kan uw bericht intrekken. Deel hem daarom met niemand.
Als u uw bericht intrekt, verwijderen wij uw naam, uw e-mailadres en uw tekst.
{withdrawUrl}

—
U krijgt deze e-mail omdat u bij uw bericht uw e-mailadres hebt opgegeven. U hoeft niet te antwoorden.`,
    },
  },
};
