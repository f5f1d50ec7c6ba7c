// Dutch text of the catalogue in aanleverapi.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { aanleverApiText as english } from "./aanleverapi.en";
import type { CatalogueShape } from "./translator";

export const aanleverApiNl: CatalogueShape<typeof english> = {
  otherOrganisation: "Deze API-client hoort bij een andere organisatie: hij mag alleen voor zijn eigen organisatie aanleveren.",
  notAnObject: "De inhoud van het verzoek moet een JSON-object zijn.",
  notJson: "De inhoud van het verzoek is geen geldige JSON.",
  required: "Dit veld is verplicht.",
  notInteger: "Dit moet een geheel getal zijn.",
  notAllowed: "Deze waarde is hier niet toegestaan. Toegestaan: {allowed}.",
  saved: "Het algoritme is opgeslagen. Het is nog niet gepubliceerd.",
  released: "Het algoritme is vrijgegeven: het wacht op goedkeuring.",
  published: "Het algoritme is gepubliceerd.",
  retractComment: "Teruggetrokken via de aanleverapi.",
  versionNotFound: "Dit algoritme heeft geen versie met dit nummer.",
  notPublished: "Alleen een gepubliceerd algoritme kan worden gearchiveerd.",
  notArchived: "Deze versie is niet gearchiveerd.",
  cannotUnarchive:
    "Een gearchiveerd algoritme kan via deze API niet worden teruggezet: lever het opnieuw aan als nieuw concept, of vraag het de beheerders van het register.",
  notPublishedHere: "Uw organisatie heeft geen gepubliceerd algoritme met dit id.",
};
