/**
 * Demo seed content: the Dutch texts of demo entries of Dutch organisations. An entry listed here
 * is filed in Dutch (the standard's `lang` nld); with `english: true` the English texts in
 * entries.ts are published as the organisation's English translation, otherwise an English
 * visitor reads the Dutch original with a notice. Fictional, like everything in entries.ts.
 */
export type DutchTexts = {
  readonly name: string;
  readonly descriptionShort: string;
  readonly goal: string;
  readonly proportionality: string;
  readonly humanIntervention: string;
  readonly appeals: string;
  readonly risks: string;
  readonly lawfulBasis: string;
  readonly dataSourcesText: string;
  readonly technicalOperation: string;
  readonly affectedGroups: string;
  /** Whether the organisation publishes the English texts of entries.ts as a translation. */
  readonly english: boolean;
};

/** By the entry's English name in entries.ts. */
export const DUTCH_DEMO_TEXTS: Readonly<Record<string, DutchTexts>> = {
  "Scan parked cars to check parking payments": {
    english: true,
    name: "Parkeerrechten controleren met een scanauto",
    descriptionShort:
      "Een scanauto rijdt door de betaald-parkerengebieden en leest kentekens. Het systeem controleert voor elk kenteken of er parkeergeld is betaald of een vergunning is. Is er geen betaling gevonden, dan bekijkt een handhaver eerst de foto's voordat er een naheffingsaanslag wordt opgelegd.",
    goal: "Het betaald parkeren in het centrum efficiënt en eerlijk controleren, zodat er parkeerplaatsen beschikbaar blijven voor bewoners, bezoekers en ondernemers.",
    proportionality:
      "Met alleen controles te voet kan maar een klein deel van de auto's worden gecontroleerd. De scanauto controleert meer auto's met minder mensen. Foto's van auto's waarvoor betaald is, worden direct verwijderd.",
    humanIntervention:
      "Het systeem legt nooit zelf een naheffingsaanslag op. Een handhaver bekijkt elke mogelijke overtreding, met de foto's, en beslist of een naheffingsaanslag terecht is.",
    appeals:
      "U kunt binnen zes weken bezwaar maken tegen een naheffingsaanslag parkeerbelasting, via de website van de gemeente of per brief. Daarna kunt u in beroep gaan bij de rechter.",
    risks:
      "De camera kan een kenteken verkeerd lezen, bijvoorbeeld als het vuil is. Daarom controleert een mens elke treffer. Gehandicaptenparkeerplaatsen en laad- en losplekken worden met de hand gecontroleerd.",
    lawfulBasis:
      "Parkeerbelasting is gebaseerd op artikel 225 van de Gemeentewet en de gemeentelijke verordening parkeerbelastingen. Het verwerken van kentekens is nodig voor een taak van algemeen belang (AVG art. 6, lid 1, onder e).",
    dataSourcesText: "Kentekens en foto's van de scanauto; parkeerbetalingen uit het Nationaal Parkeerregister; vergunningen uit onze eigen administratie.",
    technicalOperation:
      "Een cameramodel herkent de tekens op een kentekenplaat (een getraind beeldmodel van de leverancier; het leert niet verder van onze gegevens). Vaste regels vergelijken het kenteken daarna met betalingen en vergunningen.",
    affectedGroups: "Bestuurders die in betaald-parkerengebieden parkeren, ook bezoekers van buiten de gemeente.",
  },
  "Plan waste collection routes from container fill levels": {
    english: true,
    name: "Inzamelroutes plannen op basis van de vulgraad van containers",
    descriptionShort:
      "Sensoren in ondergrondse afvalcontainers meten hoe vol ze zijn. Software gebruikt deze metingen om de dagelijkse routes van de inzamelwagens te plannen, zodat volle containers eerst worden geleegd en de wagens minder kilometers rijden.",
    goal: "Overvolle containers voorkomen en het brandstofverbruik en de uitstoot van de inzamelwagens verminderen.",
    proportionality: "Met vaste weekroutes werden halflege containers geleegd en volle containers overgeslagen. Het systeem gebruikt geen persoonsgegevens.",
    humanIntervention: "De planner controleert elke route en kan die aanpassen voordat de chauffeurs vertrekken. Chauffeurs melden problemen onderweg.",
    appeals: "Niet van toepassing: er worden geen besluiten over mensen genomen. Meld een volle container via de app van de gemeente.",
    risks:
      "Een kapotte sensor kan een container als leeg doorgeven. Containers zonder meting in de afgelopen 2 dagen worden daarom altijd aan de route toegevoegd.",
    lawfulBasis: "Het inzamelen van huishoudelijk afval is een taak van de gemeente op grond van artikel 10.21 van de Wet milieubeheer.",
    dataSourcesText: "Vulgraad uit de sensoren in de containers; de locaties van de containers; de capaciteit van de wagens.",
    technicalOperation:
      "Een algoritme voor routeoptimalisatie (voertuigroutering met capaciteitsgrenzen), in licentie van de leverancier. Het is niet zelflerend.",
    affectedGroups: "Bewoners die ondergrondse containers gebruiken; medewerkers van de afvalinzameling.",
  },
  "Offer debt help early after signals of payment arrears": {
    english: false,
    name: "Vroegtijdig schuldhulp aanbieden na signalen van betalingsachterstanden",
    descriptionShort:
      "Woningcorporaties, energie- en waterbedrijven en zorgverzekeraars melden ons wanneer iemand een betalingsachterstand heeft. Een set regels combineert deze signalen en stelt voor wie we het eerst benaderen. Een schuldhulpverlener neemt daarna contact op om hulp aan te bieden. Hulp aannemen is vrijwillig.",
    goal: "Mensen met betalingsproblemen bereiken voordat schulden oplopen, er een huisuitzetting volgt of de energie wordt afgesloten.",
    proportionality:
      "De wet verplicht gemeenten om op vroegsignalen te reageren. De regels bepalen alleen de volgorde waarin we contact opnemen; ze leiden niet tot een dossier of een sanctie. Signalen worden verwijderd als er geen contact tot stand komt.",
    humanIntervention:
      "Een schuldhulpverlener bekijkt elk voorstel en beslist of en hoe er contact wordt opgenomen. De schuldhulpverlener kan altijd ook iemand benaderen die niet in de voorgestelde volgorde staat.",
    appeals:
      "Er is geen besluit waartegen u bezwaar kunt maken. U kunt laten weten dat u geen contact wilt, en u kunt vragen welke signalen wij over u hebben ontvangen.",
    risks:
      "Mensen kunnen zich bekeken voelen. Brieven en huisbezoeken zijn daarom ondersteunend van toon, niet controlerend, en medewerkers zijn daarin getraind. Wij controleren elk jaar of sommige wijken vaker worden benaderd dan het aantal signalen verklaart.",
    lawfulBasis:
      "Vroegsignalering van schulden is een taak van de gemeente op grond van de Wet gemeentelijke schuldhulpverlening. Die wet staat de signaalpartners ook toe de gegevens te delen.",
    dataSourcesText:
      "Betalingsachterstanden gemeld door woningcorporaties, energieleveranciers, waterbedrijven en zorgverzekeraars; adresgegevens uit de Basisregistratie Personen.",
    technicalOperation: "Regels tellen per huishouden het aantal, de soort en de duur van de achterstanden op om de lijst te ordenen. Het is niet zelflerend.",
    affectedGroups: "Huishoudens met een betalingsachterstand op huur, energie, water of zorgverzekering.",
  },
};
