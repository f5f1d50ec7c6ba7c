// Dutch text of the catalogue in imports.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { CatalogueShape } from "./translator";
import type { importText as english } from "./imports.en";

export const importsNl: CatalogueShape<typeof english> = {
  title: "Algoritmes importeren",
  intro:
    "Importeer algoritmes uit een JSON-bestand. Geïmporteerde algoritmes worden meteen gepubliceerd onder hun organisatie; die wordt aangemaakt als het register haar nog niet kent. Elk algoritme houdt zijn id en adres uit de bron, zodat het opnieuw importeren van hetzelfde bestand de algoritmes bijwerkt in plaats van ze dubbel op te nemen.",
  format: "Formaat",
  formatHint: "Het soort bestand dat u uploadt.",
  formatRequired: "Kies het formaat van het bestand",
  chooseFormat: "Kies…",
  formats: {
    "nl-1.0": "Nederlandse publicatiestandaard 1.0 (één object of een lijst van objecten)",
    "nl-listing": "Overzicht van het Nederlandse Algoritmeregister (algoritmes.overheid.nl)",
    "uk-atrs-listing": "Overzicht van records volgens de Britse Algorithmic Transparency Recording Standard",
  },
  sources: {
    "nl-1.0": "een bestand volgens de Nederlandse standaard 1.0",
    "nl-listing": "het overzicht van het Nederlandse Algoritmeregister",
    "uk-atrs-listing": "het overzicht van Britse ATRS-records",
  },
  file: "JSON-bestand",
  fileHint: "Maximaal 10 MB.",
  fileRequired: "Kies een JSON-bestand om te importeren",
  submit: "Importeren",
  resultTitle: "Import voltooid",
  counts: "{created} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {retired} buiten gebruik gesteld, {failed} mislukt.",
  partial: "Dit bestand is maar een deel van het bronregister",
  partialHint:
    "Een volledig overzicht stelt de algoritmes buiten gebruik die er niet meer in staan (reden: niet meer in het bronregister). Vink dit aan voor een gedeeltelijk bestand, zodat niets buiten gebruik wordt gesteld. Bestanden volgens de Nederlandse standaard 1.0 stellen nooit iets buiten gebruik.",
  failuresCaption: "{count, plural, one {# record kon niet worden geïmporteerd} other {# records konden niet worden geïmporteerd}}",
  position: "Record",
  sourceId: "Id in de bron",
  reason: "Reden",
  noFailures: "Alle records zijn geïmporteerd.",
  warningsCaption:
    "{count, plural, one {# waarschuwing: geïmporteerd, maar niet alles uit het record is bewaard} other {# waarschuwingen: geïmporteerd, maar niet alles uit het record is bewaard}}",
  warning: "Wat niet is bewaard",
  looksLike: "Dit bestand lijkt {detected}, niet {chosen}. Kies {choice} en probeer het opnieuw.",
  noSupportedFormat: "Dit bestand heeft geen van de ondersteunde formaten: het bevat {found}.",
  notJson: "Het bestand is geen geldige JSON ({detail}).",
  found: {
    csv: "CSV met de kolommen {columns} (de import leest alleen JSON-bestanden)",
    emptyList: "een lege lijst",
    emptyObject: "een leeg object",
    listOfValues: "een lijst van {count, number} waarden die geen objecten zijn",
    listOfObjects: "een lijst van {count, plural, one {# object} other {# objecten}} met de velden {keys}",
    bareListingRecords:
      'een lijst van {count, plural, one {# record} other {# records}} uit {source}, maar niet in een object onder "{key}" zoals dat overzicht ze heeft',
    object: "een object met de velden {keys}",
    value: "één waarde van het type {type}",
  },
  cli: "Grote bestanden kunt u ook op de server importeren met",
};
