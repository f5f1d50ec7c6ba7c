// Dutch text of the catalogue in filing-api.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { filingApiText as english } from "./filing-api.en";
import type { CatalogueShape } from "./translator";

export const filingApiNl: CatalogueShape<typeof english> = {
  titles: {
    badRequest: "Ongeldig verzoek",
    notFound: "Niet gevonden",
    forbidden: "Geen toegang",
    methodNotAllowed: "Methode niet toegestaan",
    conflict: "Conflict",
    preconditionFailed: "Voorwaarde niet vervuld",
    preconditionRequired: "Voorwaarde vereist",
    invalid: "Inhoud niet te verwerken",
    unavailable: "Dienst niet beschikbaar",
  },
  notJson: "De inhoud van het verzoek moet een JSON-object zijn.",
  entryNotFound: "Uw organisatie heeft geen registratie met dit id.",
  threadNotFound: "Uw organisatie heeft geen reactie met dit id.",
  invalidDocument: "Het document van de registratie bevat {count, plural, one {# fout} other {# fouten}}: er is niets opgeslagen.",
  notSubmittable: "De registratie voldoet nog niet aan de standaard ({count, plural, one {# fout} other {# fouten}}): er is niets gewijzigd.",
  invalidStep: "Het verzoek bevat {count, plural, one {# fout} other {# fouten}}: er is niets gewijzigd.",
  wrongType: "Deze waarde heeft het verkeerde type, of is geen van de toegestane waarden",
  sourceIdInvalid: "Een bron-id is tekst van 1 tot {max} tekens",
  sourceIdFixed: "Het bron-id van een registratie kan niet worden gewijzigd",
  ifMatchRequired: "Stuur de ETag van het concept dat u het laatst hebt gelezen mee in een If-Match-header, zodat niemands wijzigingen worden overschreven.",
  stale: "Het concept is gewijzigd sinds u het las: er is niets opgeslagen. Lees het opnieuw, breng uw wijzigingen aan en stuur ze met de nieuwe ETag.",
  notEditable:
    "Deze registratie is {state, select, submitted {ter goedkeuring ingediend} archived {gearchiveerd} other {{state}}}: het concept kan nu niet worden gewijzigd.",
  unavailable: "Het register kan op dit moment geen wijzigingen opslaan. Probeer het over een paar minuten opnieuw.",
  methodNotAllowed: "Dit adres beantwoordt alleen {allow}.",
  denied: "Deze API-client mag dit niet doen.",
};
