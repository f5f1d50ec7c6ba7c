// Dutch text of the catalogue in translations.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { CatalogueShape } from "./translator";
import type { translationsText as english } from "./translations.en";

export const translationsNl: CatalogueShape<typeof english> = {
  form: {
    title: "Vertaling",
    heading: "Vertaling in het {language}: {name}",
    intro:
      "Voeg een vertaling toe van de openbare teksten van deze registratie. De vertaling wordt met het concept opgeslagen, door de vaststeller beoordeeld en met de volgende versie gepubliceerd. Wie het register in het {language} leest, ziet de vertaling; velden die u leeg laat, worden in de oorspronkelijke taal getoond.",
    originalLanguage: "Deze registratie is geschreven in het {language}.",
    noLanguage: "Kies eerst in het registratieformulier de taal van de registratie: een vertaling is in een andere taal dan die van de registratie zelf.",
    otherLanguages: "Vertalen in een andere taal",
    original: "Oorspronkelijke tekst",
    language: "Taal van de vertaling",
    save: "Vertaling opslaan",
    remove: "Maak alle velden leeg en sla op om de vertaling te verwijderen.",
    back: "Terug naar het registratieformulier",
    chooseLanguage: "Kies de taal van de vertaling",
    nameRequired: "Vul de vertaalde naam in, of laat alle velden leeg",
    descriptionRequired: "Vul de vertaalde korte beschrijving in, of laat alle velden leeg",
    sameLanguage: "De registratie is al in deze taal geschreven: kies een andere taal",
    notEditable: "Deze registratie kan nu niet worden bewerkt, dus de vertaling ook niet.",
    unreadable:
      "Het opgeslagen concept van deze registratie kan niet worden gelezen, dus de vertaling kan niet worden opgeslagen. Vraag een beheerder de registratie te herstellen.",
    done: {
      saved: "De vertaling is met het concept opgeslagen. Zij wordt gepubliceerd met de volgende versie die de vaststeller publiceert.",
    },
  },
  editLink: "Vertaling in het {language}",
  editLinkIntro: "Wie het register in een andere taal leest, ziet uw vertaling van de teksten van de registratie, als u die toevoegt.",
  page: {
    writtenIn: "Dit algoritme is beschreven in het {language}.",
    translated: "Door de organisatie vertaald uit het {language}.",
  },
  diffLabel: "{label} (vertaling in het {language})",
  previewNote: "Vertalingen in deze inzending: {languages}.",
};
