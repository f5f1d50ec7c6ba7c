/**
 * Demo seed content: the Dutch texts of demo entries of Dutch organisations. An entry listed here
 * is filed in Dutch (the standard's `lang` nld); with `english: true` the English texts in
 * entries.ts are published as the organisation's English translation, otherwise an English
 * visitor reads the Dutch original with a notice. The data declarations and charter statements
 * are not translatable (translations.ts), so they are in Dutch only. Fictional, like everything in entries.ts.
 */
import type { SensitiveDataCategorySlug } from "../vocabularies/data-categories";
import type { CharterCommitmentId } from "../vocabularies/entry-enums";

export type DutchDataDeclaration = {
  readonly name: string;
  readonly retention: string;
  readonly sharedWith: string;
  readonly legalGrounds: Partial<Record<SensitiveDataCategorySlug, string>>;
};

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
  /** The data declarations' texts, one for each declaration of the entry in entries.ts, in the same order. */
  readonly dataDeclarations: readonly DutchDataDeclaration[];
  /** The charter statements, for the same commitments as in entries.ts. */
  readonly charter: Partial<Record<CharterCommitmentId, string>>;
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
    dataDeclarations: [
      {
        name: "Waarnemingen van de scanauto",
        retention: "Binnen 48 uur verwijderd als er is betaald; 2 jaar bewaard als er een naheffingsaanslag is opgelegd.",
        sharedWith: "De leverancier, als verwerker, alleen voor onderhoud.",
        legalGrounds: {},
      },
      { name: "Parkeerrechten", retention: "Gecontroleerd op het moment van de scan; niet opgeslagen.", sharedWith: "Niemand.", legalGrounds: {} },
    ],
    charter: {
      transparency: "Borden in elk gebied en een pagina op onze website leggen uit hoe de scanauto werkt en wat er met de foto's gebeurt.",
      human_oversight: "Een handhaver controleert elke mogelijke naheffingsaanslag. Vragen kunt u stellen aan ons algoritmeteam.",
    },
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
    dataDeclarations: [
      { name: "Metingen van de containersensoren", retention: "2 jaar, voor de planning.", sharedWith: "De leverancier, voor de hosting.", legalGrounds: {} },
    ],
    charter: { data: "Storingen van sensoren worden elke maand bijgehouden en kapotte sensoren worden vervangen." },
  },
  "Offer debt help early after signals of payment arrears": {
    english: true,
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
    dataDeclarations: [
      {
        name: "Vroegsignalen",
        retention: "Verwijderd na 6 maanden als er geen hulp is gestart.",
        sharedWith: "Niemand buiten het team schuldhulpverlening.",
        legalGrounds: {},
      },
      { name: "Adrescontrole", retention: "Niet apart opgeslagen.", sharedWith: "Niemand.", legalGrounds: {} },
    ],
    charter: {
      transparency: "De regels en de lijst van signaalpartners staan op onze website.",
      people: "De regels zijn getest met mensen die zelf schuldhulp hebben gehad, en met de lokale cliëntenraad.",
      data: "Voordat er contact wordt opgenomen, controleren wij signalen op dubbelingen en op schulden die al betaald zijn.",
      human_oversight: "Schuldhulpverleners beslissen over elk contact. Mensen kunnen op elk moment laten weten dat zij geen contact willen.",
    },
  },

  "Sort building permit applications by complexity": {
    english: true,
    name: "Aanvragen om een omgevingsvergunning sorteren op complexiteit",
    descriptionShort:
      "Als u een omgevingsvergunning aanvraagt om te bouwen of te verbouwen, deelt een set regels de aanvraag in als eenvoudig, standaard of complex. Dat bepaalt welk team de aanvraag behandelt. Het bepaalt niet of u de vergunning krijgt.",
    goal: "Elke aanvraag direct naar het juiste team sturen, zodat eenvoudige aanvragen sneller worden behandeld.",
    proportionality:
      "Eerder las een coördinator elke aanvraag om die te verdelen. De regels doen dezelfde verdeling in enkele seconden. Alleen de gegevens uit het aanvraagformulier worden gebruikt.",
    humanIntervention:
      "Medewerkers kunnen een aanvraag op elk moment naar een ander team verplaatsen. Het besluit over de vergunning neemt altijd een behandelaar.",
    appeals: "De indeling zelf is geen besluit. Tegen het besluit over de vergunning kunt u zoals gebruikelijk binnen zes weken bezwaar maken.",
    risks: "Een aanvraag kan per vergissing als eenvoudig worden ingedeeld. De behandelaar controleert de complexiteit opnieuw als de behandeling begint.",
    lawfulBasis: "Het behandelen van aanvragen om een omgevingsvergunning is een taak van de gemeente op grond van de Omgevingswet.",
    dataSourcesText: "De antwoorden op het aanvraagformulier en het omgevingsplan dat voor het adres geldt.",
    technicalOperation: "Een beslistabel met ongeveer 40 regels, die het vergunningenteam beheert. Het algoritme is niet zelflerend.",
    affectedGroups: "Inwoners en bedrijven die een vergunning aanvragen.",
    dataDeclarations: [
      {
        name: "Aanvraagformulier omgevingsvergunning",
        retention: "Bewaard bij het vergunningdossier, volgens de selectielijst voor archieven.",
        sharedWith: "Niemand.",
        legalGrounds: {},
      },
    ],
    charter: { transparency: "De beslistabel staat op onze website." },
  },
  "Estimate property values for local taxes": {
    english: false,
    name: "De WOZ-waarde van woningen en gebouwen schatten voor de gemeentelijke belastingen",
    descriptionShort:
      "Elk jaar stellen wij de waarde vast van elke woning en elk ander gebouw (de WOZ-waarde). Een model vergelijkt uw pand met vergelijkbare panden die kort geleden zijn verkocht. Een taxateur controleert de uitkomsten. De waarde wordt gebruikt voor de onroerendezaakbelasting en andere belastingen.",
    goal: "Elk jaar een eerlijke en consistente waarde vaststellen voor ongeveer 38.000 onroerende zaken, zoals de wet voorschrijft.",
    proportionality:
      "Elk jaar elk pand met de hand taxeren is niet haalbaar. Het model gebruikt verkopen en kenmerken van panden die al geregistreerd zijn. Taxateurs bezoeken panden waarover het model onzeker is.",
    humanIntervention:
      "Taxateurs beoordelen alle panden waarover het model onzeker is of waarvan de waarde sterk verandert, en een steekproef van de overige. Zij kunnen een andere waarde vaststellen en leggen dan vast waarom.",
    appeals:
      "U kunt binnen zes weken na de dagtekening van het aanslagbiljet bezwaar maken tegen de WOZ-waarde. U kunt het taxatieverslag opvragen; daarin staan de vergelijkbare panden die zijn gebruikt.",
    risks:
      "Bijzondere woningen kunnen verkeerd worden gewaardeerd. De Waarderingskamer, de landelijke toezichthouder, vergelijkt de waarden elk jaar per wijk met de verkoopprijzen.",
    lawfulBasis: "De Wet waardering onroerende zaken (Wet WOZ) verplicht de gemeente om elk jaar de waarde van alle onroerende zaken vast te stellen.",
    dataSourcesText:
      "Verkoopprijzen van het Kadaster; gebouwkenmerken uit de Basisregistratie Adressen en Gebouwen; eerdere taxaties; aantekeningen van bezoeken.",
    technicalOperation:
      "Een statistisch model (regressie op vergelijkbare verkopen) wordt elk jaar opnieuw geschat met nieuwe verkoopgegevens; in die zin is het zelflerend. Daarna markeren regels afwijkende uitkomsten voor controle.",
    affectedGroups: "Eigenaren en huurders van woningen en bedrijfspanden.",
    dataDeclarations: [
      {
        name: "Gegevens over panden en verkopen",
        retention: "Zoals de Wet WOZ voorschrijft; 5 jaar na het waardejaar.",
        sharedWith: "De Dienst Belastingen en Douane, het waterschap en de Waarderingskamer, zoals de wet voorschrijft.",
        legalGrounds: {},
      },
    ],
    charter: {
      transparency: "Elke eigenaar kan een taxatieverslag downloaden met de vergelijkbare panden die zijn gebruikt.",
      data: "Verkoopgegevens worden gecontroleerd op verkopen die niet marktconform zijn; die worden weggelaten.",
      human_oversight: "Taxateurs kunnen elke waarde aanpassen, en een bezwaar wordt behandeld door een andere taxateur.",
    },
  },
  "Suggest the right type of household support": {
    english: true,
    name: "Passende ondersteuning thuis voorstellen bij een Wmo-aanvraag",
    descriptionShort:
      "Als u op grond van de Wet maatschappelijke ondersteuning hulp thuis aanvraagt, heeft een consulent een gesprek met u. Een hulpmiddel gaat voorstellen welke vormen van ondersteuning bij uw situatie passen. De consulent beslist samen met u.",
    goal: "Consulenten helpen om op dezelfde manier te adviseren en geen vorm van ondersteuning over het hoofd te zien.",
    proportionality: "Alleen informatie uit het gesprek met de consulent wordt gebruikt. Gezondheidsgegevens blijven beperkt tot wat de consulent nodig heeft.",
    humanIntervention: "De consulent beslist, samen met de inwoner. Voorstellen worden niet als besluit aan de inwoner getoond.",
    appeals: "U kunt binnen zes weken bezwaar maken tegen het besluit over de ondersteuning.",
    risks: "Consulenten kunnen de voorstellen te snel volgen. Daarom komen er een training en een jaarlijkse controle van dossiers.",
    lawfulBasis:
      "Het onderzoeken van de behoefte aan ondersteuning is een taak van de gemeente op grond van hoofdstuk 2 van de Wet maatschappelijke ondersteuning 2015 (Wmo 2015).",
    dataSourcesText: "Het verslag van het gesprek met de consulent (het keukentafelgesprek); eerdere ondersteuning door de gemeente.",
    technicalOperation: "Een beslistabel op basis van de gemeentelijke beleidsregels voor de Wmo. Het algoritme is niet zelflerend.",
    affectedGroups: "Inwoners die ondersteuning thuis vragen, vaak ouderen en mensen met een beperking.",
    dataDeclarations: [
      {
        name: "Gespreksverslagen",
        retention: "15 jaar nadat de ondersteuning is beëindigd.",
        sharedWith: "Zorgaanbieders die de ondersteuning leveren, alleen wat zij nodig hebben.",
        legalGrounds: { health: "AVG art. 9, lid 2, onder h, met artikel 5.1.1 van de Wet maatschappelijke ondersteuning 2015" },
      },
    ],
    charter: { people: "De cliëntenraad test het hulpmiddel voordat het in gebruik gaat." },
  },

  /* ===== Gemeente Oosterhaven ===== */
  "Allocate secondary school places by preference and lottery": {
    english: true,
    name: "Plaatsen in het voortgezet onderwijs toewijzen op voorkeur en loting",
    descriptionShort:
      "Leerlingen die naar de middelbare school gaan, geven aan welke scholen hun voorkeur hebben. Een algoritme plaatst zoveel mogelijk leerlingen op hun eerste keuze. Heeft een school te veel aanmeldingen, dan beslist een lotnummer. Scholen en ouders zien de uitkomst voordat die definitief is.",
    goal: "Elke leerling op een eerlijke en transparante manier een plaats geven, met zoveel mogelijk leerlingen op een school van hun voorkeur.",
    proportionality:
      "Eerder hield elke school een eigen loting, waardoor sommige leerlingen zonder plaats bleven. Centrale matching geeft betere uitkomsten voor leerlingen. Alleen de voorkeurslijst, de voorrangsregels en een willekeurig nummer worden gebruikt.",
    humanIntervention:
      "Een commissie van scholen controleert de uitkomst voordat die bekend wordt gemaakt. Schrijnende gevallen behandelt de commissie zelf, buiten het algoritme om.",
    appeals: "Ouders kunnen de commissie binnen twee weken na de uitslag vragen om een hardheidsclausule toe te passen.",
    risks:
      "Ouders kunnen proberen de voorkeurslijst strategisch in te vullen. Bij de gebruikte methode (deferred acceptance) is het opgeven van uw echte voorkeuren de beste strategie, en dat leggen wij uit.",
    lawfulBasis: "Scholen beslissen over de toelating; zij hebben met de gemeente in een lokaal convenant gemeenschappelijke toelatingsregels afgesproken.",
    dataSourcesText: "Voorkeurslijsten van ouders; voorrangscategorieën (broers en zussen, bijzondere onderwijsprogramma's) van de scholen.",
    technicalOperation:
      "Een matchingalgoritme (deferred acceptance) met één lotnummer per leerling. Het algoritme is niet zelflerend. De broncode is openbaar.",
    affectedGroups: "Leerlingen in groep 8 van de basisschool en hun ouders.",
    dataDeclarations: [
      {
        name: "Schoolvoorkeuren",
        retention: "Verwijderd een jaar na het begin van het schooljaar.",
        sharedWith: "De school waar de leerling geplaatst is.",
        legalGrounds: {},
      },
    ],
    charter: {
      transparency: "De broncode van de matching en een uitleg in gewone taal worden elk jaar gepubliceerd.",
      people: "Ouders, leerlingen en scholen zijn geraadpleegd toen de methode werd gekozen.",
      human_oversight: "Een commissie controleert de uitkomst en behandelt schrijnende gevallen.",
    },
  },
  "Adjust traffic light timings to traffic flows": {
    english: true,
    name: "Groentijden van verkeerslichten afstemmen op de verkeersstromen",
    descriptionShort:
      "Op 24 drukke kruispunten past een systeem aan hoe lang verkeerslichten op groen staan, op basis van het aantal wachtende fietsers, auto's en bussen. Het doel is kortere wachttijden en voorrang voor bussen en fietsers. De veiligheidsregels in de verkeersregelinstallaties gaan altijd voor.",
    goal: "Kortere wachttijden, minder stops voor bussen en schonere lucht bij drukke kruispunten.",
    proportionality:
      "Het systeem gebruikt tellingen van detectielussen in de weg en van camera's die alleen tellen; er worden geen beelden of kentekens opgeslagen.",
    humanIntervention:
      "Verkeerskundigen stellen grenzen vast waarbinnen het systeem moet blijven, en kunnen een kruispunt op elk moment terugzetten naar een vast regelprogramma.",
    appeals: "Niet van toepassing: er worden geen besluiten over mensen genomen. Meld problemen via de website van de gemeente.",
    risks:
      "Het systeem zou auto's kunnen bevoordelen boven fietsers. Wij volgen elke maand de wachttijden per soort weggebruiker. De controle op conflicterende groenfasen doet de gecertificeerde verkeersregelinstallatie, niet het lerende model; het systeem is daarom geen veiligheidscomponent.",
    lawfulBasis: "Het beheer van verkeerslichten is een taak van de wegbeheerder op grond van de Wegenverkeerswet 1994.",
    dataSourcesText: "Tellingen van voertuigen en fietsers uit detectielussen en telcamera's; de posities van bussen, van de vervoerder.",
    technicalOperation:
      "Een model dat leert door beloning (reinforcement learning) stelt om de paar seconden groentijden voor. Het blijft leren van verkeersgegevens, binnen grenzen die verkeerskundigen stellen; het is dus zelflerend.",
    affectedGroups: "Iedereen die over de kruispunten reist.",
    dataDeclarations: [
      {
        name: "Verkeerstellingen",
        retention: "1 jaar voor gedetailleerde tellingen; totalen worden langer bewaard.",
        sharedWith: "Per uur gepubliceerd als open data.",
        legalGrounds: {},
      },
    ],
    charter: {
      data: "De wachttijden worden per groep weggebruikers gevolgd, om te zien of auto's worden bevoordeeld.",
      human_oversight: "Verkeerskundigen kunnen elk kruispunt terugzetten naar een vast regelprogramma.",
    },
  },
  "Assess requests for urgent housing": {
    english: true,
    name: "Aanvragen voor urgentie bij woonruimte beoordelen",
    descriptionShort:
      "Als u dringend een woning nodig hebt, bijvoorbeeld na een scheiding of om medische redenen, kunt u voorrang (urgentie) aanvragen. Een checklist helpt medewerkers te beoordelen of u aan de regels voldoet. Een commissie beslist.",
    goal: "Aanvragen voor urgentie op dezelfde manier en snel beoordelen.",
    proportionality: "De checklist volgt de huisvestingsverordening. Alleen de informatie die u bij uw aanvraag geeft, wordt gebruikt.",
    humanIntervention: "Medewerkers bereiden het dossier voor; een onafhankelijke commissie beslist over elke aanvraag.",
    appeals: "U kunt binnen zes weken bezwaar maken.",
    risks: "Mensen in een ingewikkelde situatie passen misschien niet in de checklist. De commissie kan altijd anders beslissen.",
    lawfulBasis: "De regels voor urgentie staan in de huisvestingsverordening, op grond van de Huisvestingswet 2014.",
    dataSourcesText: "Het aanvraagformulier en de documenten die u meestuurt.",
    technicalOperation: "Een checklist met regels in het zaaksysteem. Het algoritme is niet zelflerend.",
    affectedGroups: "Mensen die dringend woonruimte nodig hebben.",
    dataDeclarations: [
      {
        name: "Aanvraag urgentie",
        retention: "2 jaar na het besluit.",
        sharedWith: "De medisch adviseur, alleen bij medische redenen.",
        legalGrounds: { health: "AVG art. 9, lid 2, onder a: uitdrukkelijke toestemming, gegeven op het aanvraagformulier bij medische redenen" },
      },
    ],
    charter: { human_oversight: "Een onafhankelijke commissie beslist over elke aanvraag." },
  },
  "Count visitors in the town centre with Wi-Fi sensors": {
    english: true,
    name: "Bezoekers in de binnenstad tellen met wifisensoren",
    descriptionShort:
      "Van 2019 tot 2024 telden wij bezoekers in de winkelstraten met sensoren die wifisignalen van telefoons opvingen. De tellingen hielpen bij het plannen van evenementen en schoonmaak. Wij zijn gestopt, omdat tellijnen zonder camera nu goed genoeg tellen, zonder gegevens van telefoons.",
    goal: "Weten hoe druk het in de binnenstad was, om evenementen, schoonmaak en veiligheid bij drukte te plannen.",
    proportionality:
      "De identificatiecodes van telefoons werden al in de sensor gehasht en ingekort. Er is nu een minder ingrijpende manier van tellen; daarom is het systeem uitgezet.",
    humanIntervention: "Medewerkers gebruikten de tellingen als één bron naast andere.",
    appeals: "Niet van toepassing.",
    risks: "Gehashte identificatiecodes van telefoons zijn in theorie te herleiden. Dat was een reden om te stoppen.",
    lawfulBasis: "Publieke taak van de gemeente bij het beheersen van drukte (AVG art. 6, lid 1, onder e).",
    dataSourcesText: "Gehashte wifi-identificatiecodes van telefoons die langs de sensoren kwamen.",
    technicalOperation: "Regels telden per kwartier het aantal unieke gehashte identificatiecodes. Het algoritme was niet zelflerend.",
    affectedGroups: "Bezoekers van de binnenstad.",
    dataDeclarations: [
      {
        name: "Wifitellingen",
        retention: "Alle ruwe gegevens zijn in 2024 verwijderd; alleen totalen per uur worden bewaard.",
        sharedWith: "Niemand.",
        legalGrounds: {},
      },
    ],
    charter: { privacy_ethics_human_rights: "Een privacytoets in 2023 leidde tot het besluit om te stoppen." },
  },
  "Suggest vacancies that match a job seeker’s skills": {
    english: true,
    name: "Vacatures voorstellen die passen bij de vaardigheden van een werkzoekende",
    descriptionShort:
      "Werkcoaches helpen mensen met een bijstandsuitkering aan werk. Een hulpmiddel vergelijkt de vaardigheden en wensen van een werkzoekende met vacatures in de regio en stelt een korte lijst voor. De coach en de werkzoekende kiezen samen op welke vacatures zij reageren.",
    goal: "Werkzoekenden sneller aan passend werk helpen en beter gebruikmaken van hun vaardigheden.",
    proportionality: "Alleen vaardigheden, opleiding, werkervaring en wensen worden gebruikt. Leeftijd, geslacht en nationaliteit worden niet gebruikt.",
    humanIntervention: "De coach ziet de voorstellen en bespreekt ze met de werkzoekende. Niemand is verplicht te solliciteren.",
    appeals: "Voorstellen zijn geen besluiten. Met een klacht kunt u terecht bij het klachtenloket van de gemeente.",
    risks:
      "Voorstellen kunnen patronen uit het verleden herhalen: wie welk werk kreeg. Voordat wij het hulpmiddel gebruiken, testen wij de voorstellen voor verschillende groepen.",
    lawfulBasis: "Het ondersteunen van mensen naar werk is een taak van de gemeente op grond van artikel 7 van de Participatiewet.",
    dataSourcesText: "Het vaardighedenprofiel, samen met de werkzoekende ingevuld; openbare vacatures van werkgevers in de regio.",
    technicalOperation:
      "Een model dat teksten vergelijkt, eenmalig getraind op geanonimiseerde vacatures uit het verleden. Het leert niet verder tijdens het gebruik.",
    affectedGroups: "Mensen met een bijstandsuitkering die werk zoeken.",
    dataDeclarations: [
      { name: "Vaardighedenprofiel", retention: "Tot de werkzoekende het traject verlaat, plus 1 jaar.", sharedWith: "Niemand.", legalGrounds: {} },
      { name: "Eerdere vacatures (geanonimiseerd)", retention: "5 jaar.", sharedWith: "Niemand.", legalGrounds: {} },
    ],
    charter: {
      people: "Werkzoekenden en werkcoaches testen de eerste versies.",
      data: "Voordat het hulpmiddel in gebruik gaat, vergelijken wij de kwaliteit van de voorstellen tussen leeftijdsgroepen en tussen mannen en vrouwen.",
    },
  },
  "Find holiday rentals that are not registered": {
    english: false,
    name: "Niet-geregistreerde vakantieverhuur opsporen",
    descriptionShort:
      "Wie zijn woning aan toeristen verhuurt, heeft een registratienummer nodig. Wij vergelijken openbare advertenties op verhuurwebsites met ons register. Advertenties zonder geldig nummer controleert een handhaver voordat er actie volgt.",
    goal: "Woningen beschikbaar houden voor inwoners en de regels voor vakantieverhuur eerlijk handhaven.",
    proportionality: "Alleen openbare advertenties worden gebruikt. Een advertentie wordt alleen aan een adres gekoppeld als er geen geldig nummer bij staat.",
    humanIntervention: "Een handhaver controleert elk mogelijk geval en stuurt eerst een brief, voordat er een boete volgt.",
    appeals: "U kunt op de brief reageren, en binnen zes weken bezwaar maken tegen een boete.",
    risks: "Een advertentie kan aan het verkeerde adres worden gekoppeld. Handhavers controleren het adres voordat zij een brief sturen.",
    lawfulBasis: "De registratieplicht voor vakantieverhuur volgt uit de Huisvestingswet 2014 en de huisvestingsverordening.",
    dataSourcesText: "Openbare advertenties op verhuurwebsites (verzameld door een gegevensleverancier); ons register van registratienummers.",
    technicalOperation:
      "Regels controleren de registratienummers; een getraind tekstmodel schat het adres op basis van de gegevens in de advertentie. Het model leert niet tijdens het gebruik.",
    affectedGroups: "Mensen die hun woning aan toeristen verhuren.",
    dataDeclarations: [
      { name: "Verhuuradvertenties", retention: "1 jaar, of tot een handhavingszaak is afgesloten.", sharedWith: "Niemand.", legalGrounds: {} },
    ],
    charter: { transparency: "In de brief staat hoe de advertentie is gevonden.", human_oversight: "Handhavers bevestigen elk geval voordat er actie volgt." },
  },

  /* ===== Dienst Uitkeringen en Toeslagen ===== */
  "Flag benefit applications that need an extra check": {
    english: true,
    name: "Aanvragen voor een uitkering selecteren voor een extra controle",
    descriptionShort:
      "Als u een uitkering aanvraagt, schat een model in of de aanvraag fouten kan bevatten, bijvoorbeeld over inkomen of huishouden. Een aanvraag met een hoge score controleert een medewerker extra. Een hoge score betekent nooit dat fraude is vastgesteld, en het model wijst nooit een aanvraag af.",
    goal: "Fouten vroeg ontdekken, zodat mensen later geen grote bedragen hoeven terug te betalen, en controles inzetten waar ze het meest nodig zijn.",
    proportionality:
      "Elke aanvraag grondig controleren is niet mogelijk. Met alleen willekeurige controles vinden wij minder fouten. Het model gebruikt geen nationaliteit, etniciteit, postcode of leeftijd, en 10% van de controles blijft willekeurig, om vooringenomenheid te meten.",
    humanIntervention:
      "Een getrainde medewerker controleert elke geselecteerde aanvraag en spreekt zo nodig met de aanvrager. Medewerkers zien de score niet, alleen de punten die zij moeten controleren. Zij beslissen.",
    appeals:
      "U kunt binnen zes weken bezwaar maken tegen elk besluit over uw uitkering en daarna in beroep gaan bij de rechter. U kunt vragen of uw aanvraag is geselecteerd en waarom.",
    risks:
      "Het model zou sommige groepen vaker kunnen selecteren. Wij vergelijken elk kwartaal de selectiepercentages en de uitkomsten tussen groepen, en een externe auditor beoordeelt het model elk jaar. Voordat het model in gebruik ging, zijn een IAMA en een DPIA uitgevoerd.",
    lawfulBasis:
      "Het controleren van het recht op een uitkering is een taak op grond van de Wet structuur uitvoeringsorganisatie werk en inkomen (Wet SUWI) en de uitkeringswetten. Het gebruik van een risicomodel staat in onze gepubliceerde beleidsregels.",
    dataSourcesText:
      "Gegevens uit de aanvraag; inkomensgegevens van de Dienst Belastingen en Douane; gegevens over het huishouden uit de Basisregistratie Personen; eerdere uitkeringen.",
    technicalOperation:
      "Een model van beslisbomen (gradient boosting), getraind op de uitkomsten van eerdere willekeurige controles. Het wordt eens per jaar na een beoordeling opnieuw getraind en leert niet verder tijdens het gebruik.",
    affectedGroups: "Mensen die een WW-uitkering, Ziektewet-uitkering of arbeidsongeschiktheidsuitkering aanvragen.",
    dataDeclarations: [
      { name: "Gegevens uit de aanvraag", retention: "Zolang de uitkering loopt, plus 7 jaar.", sharedWith: "Niemand buiten de dienst.", legalGrounds: {} },
      {
        name: "Uitkomsten van eerdere willekeurige controles",
        retention: "5 jaar, om het model te trainen en op vooringenomenheid te toetsen.",
        sharedWith: "De externe auditor, gepseudonimiseerd.",
        legalGrounds: {},
      },
      { name: "Gegevens over inkomen en huishouden", retention: "Niet langer bewaard dan in het dossier.", sharedWith: "Niemand.", legalGrounds: {} },
    ],
    charter: {
      transparency: "De modelkaart, de gebruikte kenmerken en de jaarlijkse audit worden gepubliceerd.",
      partnership: "Niet van toepassing in de Nederlandse context; wij betrekken in plaats daarvan cliëntenraden (zie Mensen).",
      people: "De landelijke cliëntenraad en organisaties voor rechtshulp hebben het ontwerp en de brieven beoordeeld.",
      data: "De trainingsgegevens komen alleen uit willekeurige controles, zodat eerdere selecties het model niet sturen.",
      privacy_ethics_human_rights: "Elk kwartaal een rapport over vooringenomenheid; elk jaar een externe audit; in 2024 is een IAMA uitgevoerd.",
      human_oversight: "Medewerkers beslissen over elke zaak zonder de score te zien. Mensen kunnen vragen waarom zij zijn gecontroleerd.",
    },
  },
  "Check childcare allowance applications against the rules": {
    english: true,
    name: "Aanvragen voor kinderopvangtoeslag toetsen aan de regels",
    descriptionShort:
      "Regels controleren of een aanvraag voor kinderopvangtoeslag volledig is en klopt met de gegevens over inkomen, gewerkte uren en de kinderopvang. Klopt er iets niet, dan neemt een medewerker contact met u op voordat er een besluit valt. Nationaliteit en dubbele nationaliteit worden nooit gebruikt.",
    goal: "Vanaf het begin de juiste toeslag betalen en grote terugbetalingen later voorkomen.",
    proportionality:
      "Alle controles komen uit de wet. Een verschil leidt tot een gesprek, niet tot het stopzetten van de betaling. Kleine verschillen worden genegeerd.",
    humanIntervention: "Er wordt geen betaling stopgezet of verlaagd zonder dat een medewerker de zaak beoordeelt en contact opneemt met de ouder.",
    appeals: "U kunt binnen zes weken na het besluit bezwaar maken en daarna in beroep gaan bij de rechter. U kunt gratis juridische hulp krijgen.",
    risks:
      "Eerlijke vergissingen ten onrechte als fraude behandelen, zoals in het verleden is gebeurd. De regels bestempelen niemand als fraudeur, en een onafhankelijk team beoordeelt elke maand een steekproef van de zaken.",
    lawfulBasis: "De voorwaarden staan in de Wet kinderopvang en de Algemene wet inkomensafhankelijke regelingen (Awir).",
    dataSourcesText:
      "De aanvraag; het inkomen, van de Dienst Belastingen en Douane; de opvanguren, van de kinderopvangorganisatie; gewerkte uren uit de polisadministratie.",
    technicalOperation: "Vaste regels, rechtstreeks overgenomen uit de wet en het beleid. Het algoritme is niet zelflerend.",
    affectedGroups: "Werkende ouders met kinderen in de formele kinderopvang.",
    dataDeclarations: [
      { name: "Aanvraag en wijzigingen", retention: "7 jaar na het toeslagjaar.", sharedWith: "Niemand.", legalGrounds: {} },
      { name: "Inkomensgegevens", retention: "7 jaar na het toeslagjaar.", sharedWith: "Niemand.", legalGrounds: {} },
      { name: "Opvanguren", retention: "7 jaar na het toeslagjaar.", sharedWith: "Niemand.", legalGrounds: {} },
    ],
    charter: {
      transparency: "Alle regels zijn in gewone taal gepubliceerd, met verwijzingen naar de wet.",
      people: "Ouders die door problemen in het verleden zijn getroffen, hebben geholpen de brieven te herschrijven.",
      privacy_ethics_human_rights: "Elke maand beoordeelt een onafhankelijk team een steekproef; de bevindingen worden twee keer per jaar gepubliceerd.",
      human_oversight: "Een medewerker beoordeelt elk verschil en neemt contact op met de ouder voordat er een besluit valt.",
    },
  },
  "Calculate unemployment benefit amount and duration": {
    english: true,
    name: "De hoogte en duur van een WW-uitkering berekenen",
    descriptionShort:
      "Als u uw baan verliest, bepalen regels in de wet hoeveel WW-uitkering u krijgt en hoelang. Ons systeem past deze regels toe op uw arbeidsverleden en uw eerdere lonen. U krijgt een brief waarin de berekening wordt uitgelegd.",
    goal: "Uitkeringen juist, snel en voor iedereen op dezelfde manier berekenen.",
    proportionality:
      "Door de berekening uit de wet te automatiseren, worden minder fouten gemaakt. Alleen gegevens die voor de berekening nodig zijn, worden gebruikt.",
    humanIntervention: "Medewerkers beoordelen zaken met een ongebruikelijk arbeidsverleden en elk bezwaar.",
    appeals: "U kunt binnen zes weken na het besluit bezwaar maken en daarna in beroep gaan bij de rechter.",
    risks:
      "Fouten in de loongegevens van werkgevers werken door in de berekening. U kunt uw gegevens laten corrigeren; de berekening wordt dan opnieuw gemaakt.",
    lawfulBasis: "De Werkloosheidswet (WW) bevat de regels voor de hoogte en de duur van de uitkering.",
    dataSourcesText: "Lonen en arbeidsverleden uit de polisadministratie; gegevens uit uw aanvraag.",
    technicalOperation: "Een regelsysteem dat de Werkloosheidswet uitvoert. Het algoritme is niet zelflerend.",
    affectedGroups: "Werknemers die hun baan verliezen.",
    dataDeclarations: [
      {
        name: "Gegevens uit de polisadministratie",
        retention: "7 jaar nadat de uitkering is beëindigd.",
        sharedWith: "De Dienst Belastingen en Douane, voor de inhouding van loonheffing.",
        legalGrounds: {},
      },
    ],
    charter: {
      transparency: "Elke beschikking laat de berekening stap voor stap zien.",
      human_oversight: "Bezwaren worden behandeld door medewerkers die de oorspronkelijke zaak niet hebben behandeld.",
    },
  },
  "Estimate how much support a job seeker needs": {
    english: true,
    name: "Inschatten hoeveel ondersteuning een werkzoekende nodig heeft",
    descriptionShort:
      "Als u een paar weken een WW-uitkering hebt, vult u een korte vragenlijst in. Een model schat in hoe groot de kans is dat u binnen een jaar zelf werk vindt. Mensen met een kleinere kans krijgen eerder een gesprek met een adviseur aangeboden. Het heeft geen invloed op uw uitkering.",
    goal: "Persoonlijke ondersteuning eerder aanbieden aan de mensen die die het meest nodig hebben.",
    proportionality:
      "Adviseurs kunnen niet iedereen persoonlijk spreken. Het model gebruikt antwoorden uit de vragenlijst die volgens onderzoek samenhangen met het vinden van werk. Iedereen kan om een gesprek vragen, wat de uitkomst ook is.",
    humanIntervention: "Adviseurs zien de uitkomst en de belangrijkste redenen, en kunnen de aangeboden ondersteuning aanpassen.",
    appeals: "De uitkomst is geen besluit over uw uitkering. U kunt altijd om een gesprek vragen, en een klacht indienen via onze klachtenprocedure.",
    risks:
      "Zelf opgegeven beperkingen door gezondheid zijn gevoelige gegevens. Het beantwoorden van die vragen is niet verplicht, het model wordt getest op verschillen naar leeftijd, geslacht en beperking, en er zijn een DPIA en een IAMA uitgevoerd.",
    lawfulBasis: "Het ondersteunen van werkzoekenden is een taak op grond van de Wet structuur uitvoeringsorganisatie werk en inkomen (Wet SUWI).",
    dataSourcesText: "Antwoorden op de vragenlijst; arbeidsverleden uit de polisadministratie.",
    technicalOperation:
      "Een logistisch regressiemodel, getraind op antwoorden op de vragenlijst en de latere uitkomsten op de arbeidsmarkt. Het is niet zelflerend: het wordt elke twee jaar na een beoordeling opnieuw getraind, nooit tijdens het gebruik.",
    affectedGroups: "Mensen met een WW-uitkering.",
    dataDeclarations: [
      {
        name: "Antwoorden op de vragenlijst",
        retention: "2 jaar nadat de uitkering is beëindigd.",
        sharedWith: "Niemand.",
        legalGrounds: { health: "AVG art. 9, lid 2, onder b, met de Wet SUWI; het beantwoorden van de vraag over gezondheid is niet verplicht" },
      },
    ],
    charter: {
      transparency: "De vragen en hoe zij meetellen, zijn gepubliceerd.",
      people: "Werkzoekenden en organisaties van mensen met een beperking hebben de vragenlijst beoordeeld.",
      data: "Elk halfjaar wordt per groep gecontroleerd hoe goed het model werkt.",
      privacy_ethics_human_rights: "Een IAMA en een DPIA zijn uitgevoerd; in 2027 volgt een externe beoordeling.",
      human_oversight: "Adviseurs kunnen de aangeboden ondersteuning op elk moment aanpassen.",
    },
  },
  "Route phone calls by recognising the caller’s question": {
    english: true,
    name: "Telefoongesprekken doorverbinden door de vraag van de beller te herkennen",
    descriptionShort:
      "Bellers naar onze klantenlijn konden hun vraag in hun eigen woorden stellen. Spraakherkenning haalde het onderwerp eruit en verbond het gesprek door met het juiste team. In 2025 zijn wij hiermee gestopt, omdat bellers een keuzemenu met toetsen makkelijker vonden.",
    goal: "Kortere wachttijden, door gesprekken meteen met het juiste team te verbinden.",
    proportionality: "Opnames werden na het doorverbinden niet bewaard. Bellers konden altijd kiezen voor een keuzemenu met toetsen.",
    humanIntervention: "Medewerkers verbonden gesprekken door die bij het verkeerde team terechtkwamen.",
    appeals: "Niet van toepassing.",
    risks: "De herkenning was minder goed bij sommige accenten en bij mensen met een spraakbeperking. Dat was een van de redenen om te stoppen.",
    lawfulBasis: "Publieke taak van de dienst (AVG art. 6, lid 1, onder e).",
    dataSourcesText: "De gesproken vraag van de beller, direct verwerkt.",
    technicalOperation:
      "Een model dat spraak omzet in tekst en een model dat het onderwerp bepaalt, geleverd door de leverancier. Het leerde niet van onze gesprekken.",
    affectedGroups: "Mensen die de klantenlijn bellen.",
    dataDeclarations: [
      {
        name: "Spraak van de beller",
        retention: "Na het doorverbinden niet bewaard.",
        sharedWith: "De leverancier, als verwerker, alleen tijdens het gesprek.",
        legalGrounds: {},
      },
    ],
    charter: { data: "De herkenning is gemeten voor verschillende accenten; daarbij bleken er verschillen te zijn." },
  },

  /* ===== Dienst Belastingen en Douane ===== */
  "Calculate provisional income tax assessments": {
    english: true,
    name: "Voorlopige aanslagen inkomstenbelasting berekenen",
    descriptionShort:
      "Als u verwacht inkomstenbelasting te moeten betalen of terug te krijgen, kunnen wij u aan het begin van het jaar een voorlopige aanslag sturen. Regels uit de belastingwet berekenen het bedrag op basis van uw laatste aangifte. U kunt de voorlopige aanslag op elk moment online wijzigen.",
    goal: "Betalingen en teruggaven van belasting over het jaar spreiden, zodat mensen niet in één keer voor grote bedragen staan.",
    proportionality: "De berekening gebruikt alleen de laatste aangifte en bekende wijzigingen in de wet.",
    humanIntervention: "U kunt de schatting zelf wijzigen. Medewerkers beoordelen zaken die de regels niet aankunnen.",
    appeals: "U kunt op elk moment om een wijziging vragen, en binnen zes weken bezwaar maken tegen de definitieve aanslag.",
    risks: "De schatting kan verkeerd zijn als uw situatie is veranderd. In de brief vragen wij u uw gegevens te controleren en aan te passen.",
    lawfulBasis: "De Algemene wet inzake rijksbelastingen en de Wet inkomstenbelasting 2001 maken voorlopige aanslagen mogelijk.",
    dataSourcesText: "Uw laatste aangifte inkomstenbelasting en de aanslag daarover.",
    technicalOperation: "Een regelsysteem dat de belastingwet voor het lopende jaar uitvoert. Het algoritme is niet zelflerend.",
    affectedGroups: "Iedereen die inkomstenbelasting betaalt, ook zelfstandigen en huiseigenaren.",
    dataDeclarations: [
      {
        name: "Vorige aangifte",
        retention: "7 jaar (de wettelijke bewaartermijn voor fiscale gegevens).",
        sharedWith: "De Dienst Uitkeringen en Toeslagen, voor inkomensafhankelijke toeslagen.",
        legalGrounds: {},
      },
    ],
    charter: { transparency: "De berekening staat regel voor regel in uw online belastingomgeving." },
  },
  "Select income tax returns for a closer check": {
    english: true,
    name: "Aangiften inkomstenbelasting selecteren voor een nadere controle",
    descriptionShort:
      "De meeste aangiften nemen wij over zoals ze zijn ingediend. Een model kiest de aangiften waarin bij nadere controle het meest waarschijnlijk een fout wordt gevonden, bijvoorbeeld in aftrekposten. Een inspecteur controleert de aangifte en vraagt u zo nodig om informatie. Het model bepaalt niet hoeveel belasting u betaalt.",
    goal: "De tijd van inspecteurs inzetten waar fouten het meest waarschijnlijk zijn, en belastingplichtigen gelijk behandelen.",
    proportionality:
      "Alle 11 miljoen aangiften controleren is onmogelijk. Het model gebruikt alleen bedragen uit de aangifte en uit eerdere jaren. Nationaliteit, geboorteland en postcode worden niet gebruikt.",
    humanIntervention:
      "Inspecteurs beslissen of zij een controle beginnen en wat de uitkomst is. Zij kunnen een geselecteerde zaak zonder verdere actie afsluiten.",
    appeals: "U kunt binnen zes weken bezwaar maken tegen de definitieve aanslag en daarna in beroep gaan bij de rechter.",
    risks:
      "Sommige groepen zouden zonder reden vaker geselecteerd kunnen worden. Wij publiceren elk jaar de selectiepercentages per inkomensgroep, en 5% van de controles is willekeurig, om het model te toetsen.",
    lawfulBasis: "De Algemene wet inzake rijksbelastingen geeft de inspecteur de bevoegdheid om aangiften te controleren.",
    dataSourcesText: "Bedragen uit de aangifte; eerdere aangiften en controles; gegevens van derden, zoals bankrente en hypotheekgegevens.",
    technicalOperation:
      "Vaste bedrijfsregels en een model van beslisbomen (gradient boosting), getraind op eerdere controles. Het model wordt elk jaar na een beoordeling opnieuw getraind; het leert niet tijdens het gebruik.",
    affectedGroups: "Iedereen die aangifte inkomstenbelasting doet.",
    dataDeclarations: [
      {
        name: "Aangiften en gegevens van derden",
        retention: "7 jaar (de wettelijke bewaartermijn voor fiscale gegevens).",
        sharedWith: "Niemand.",
        legalGrounds: {},
      },
    ],
    charter: {
      transparency: "De soorten gebruikte gegevens en de selectiecijfers van elk jaar worden gepubliceerd.",
      data: "Willekeurige controles geven een onbevooroordeelde steekproef om het model te trainen en te toetsen.",
      privacy_ethics_human_rights: "Een interne ethische commissie beoordeelt het model voor elke jaarlijkse bijwerking.",
      human_oversight: "Inspecteurs beslissen over elke zaak.",
    },
  },
  "Select customs declarations for inspection": {
    english: true,
    name: "Douaneaangiften selecteren voor controle",
    descriptionShort:
      "Risicoregels controleren elke invoeraangifte op bijvoorbeeld een verkeerde waarde, verboden goederen of ontbrekende vergunningen. Aangiften die op een risico passen, krijgen een documentcontrole of een fysieke controle door een douanemedewerker.",
    goal: "Onveilige of illegale goederen tegenhouden en de juiste rechten heffen, zonder de legale handel op te houden.",
    proportionality:
      "Maar een klein deel van de goederen kan worden gecontroleerd. Risicoregels richten de controles. De meeste aangiften worden binnen enkele seconden vrijgegeven.",
    humanIntervention: "Douanemedewerkers beslissen over elke controle en de uitkomst ervan.",
    appeals: "U kunt binnen zes weken bezwaar maken tegen een beslissing van de douane.",
    risks:
      "Regels kunnen bepaalde handelsroutes of handelaren onterecht treffen. De regels worden elk kwartaal beoordeeld en vervallen als ze niet worden verlengd.",
    lawfulBasis: "Het Douanewetboek van de Unie en de Algemene douanewet maken risicogerichte controles mogelijk.",
    dataSourcesText: "Invoeraangiften; ladingmanifesten; risico-informatie van de EU; uitkomsten van eerdere controles.",
    technicalOperation:
      "Risicoregels die analisten opstellen, en een model dat afwijkende aangegeven waarden opspoort, getraind op eerdere aangiften. Het is niet zelflerend: het model wordt elke maand na een beoordeling bijgewerkt, niet automatisch.",
    affectedGroups: "Importeurs, douane-expediteurs en, indirect, reizigers en consumenten.",
    dataDeclarations: [
      {
        name: "Aangiften en controleresultaten",
        retention: "10 jaar.",
        sharedWith: "Andere douaneautoriteiten in de EU, zoals het Europese recht voorschrijft.",
        legalGrounds: { "criminal-records": "AVG art. 10, met de Algemene douanewet" },
      },
    ],
    charter: {
      transparency: "De soorten risicoregels worden gepubliceerd; de regels zelf niet, zodat ze effectief blijven.",
      privacy_ethics_human_rights: "Elk kwartaal worden alle regels beoordeeld; een regel vervalt vanzelf als die niet wordt verlengd.",
    },
  },
  "Pre-fill income tax returns": {
    english: false,
    name: "De aangifte inkomstenbelasting vooraf invullen",
    descriptionShort:
      "Als u online aangifte inkomstenbelasting doet, zijn veel velden al ingevuld met gegevens die wij ontvangen van werkgevers, banken en andere organisaties. U controleert en wijzigt ze voordat u de aangifte verstuurt.",
    goal: "Aangifte doen makkelijker maken en fouten verminderen.",
    proportionality: "Alleen gegevens die wij al op grond van de wet ontvangen, worden gebruikt.",
    humanIntervention: "U bepaalt wat u indient. Elk vooraf ingevuld veld kunt u wijzigen.",
    appeals: "U kunt binnen zes weken bezwaar maken tegen de definitieve aanslag.",
    risks: "Mensen kunnen verkeerde vooraf ingevulde gegevens overnemen. In de aangifte vragen wij u elk onderdeel te controleren.",
    lawfulBasis: "Op grond van de Algemene wet inzake rijksbelastingen moeten derden deze gegevens aan ons verstrekken.",
    dataSourcesText: "Loongegevens van werkgevers; banksaldi en rente; hypotheekgegevens; de Basisregistratie Personen.",
    technicalOperation: "Regels zetten de ontvangen gegevens in de juiste velden van de aangifte. Het algoritme is niet zelflerend.",
    affectedGroups: "Mensen die aangifte inkomstenbelasting doen.",
    dataDeclarations: [
      {
        name: "Fiscale gegevens van derden",
        retention: "7 jaar (de wettelijke bewaartermijn voor fiscale gegevens).",
        sharedWith: "Niemand.",
        legalGrounds: {},
      },
    ],
    charter: { transparency: "Bij elk vooraf ingevuld veld staat waar de gegevens vandaan komen." },
  },
  "Draft replies to taxpayer letters with a writing assistant": {
    english: true,
    name: "Antwoorden op brieven van belastingplichtigen voorbereiden met een schrijfassistent",
    descriptionShort:
      "Medewerkers die brieven van belastingplichtigen beantwoorden, kunnen straks een schrijfassistent om een eerste versie vragen. De assistent gebruikt onze openbare uitleg. Een medewerker controleert, bewerkt en ondertekent het antwoord altijd.",
    goal: "Brieven sneller en in duidelijkere taal beantwoorden.",
    proportionality:
      "Namen en burgerservicenummers worden verwijderd voordat tekst naar de assistent gaat. De assistent draait in een datacentrum in de EU en wordt niet getraind met onze gegevens.",
    humanIntervention: "Medewerkers beoordelen en bewerken elke conceptversie. Er wordt niets verstuurd zonder dat een medewerker het ondertekent.",
    appeals: "Antwoorden zijn geen belastingbesluiten. Klachten behandelen wij via de gewone klachtenprocedure.",
    risks:
      "De assistent kan feiten verzinnen. Een conceptversie moet de gebruikte uitleg vermelden, en medewerkers zijn getraind om elke bewering te controleren.",
    lawfulBasis: "Publieke taak (AVG art. 6, lid 1, onder e); het behandelen van brieven op grond van de Algemene wet bestuursrecht.",
    dataSourcesText: "De brief van de belastingplichtige, zonder gegevens die naar een persoon herleidbaar zijn; onze openbare pagina's met uitleg.",
    technicalOperation:
      "Een groot taalmodel van de leverancier, dat eerst onze pagina's met uitleg opzoekt (retrieval). Het model is niet zelflerend en wordt niet getraind met onze gegevens.",
    affectedGroups: "Belastingplichtigen die ons schrijven; onze medewerkers die de post behandelen.",
    dataDeclarations: [
      {
        name: "Brieven van belastingplichtigen (gepseudonimiseerd)",
        retention: "Niet bewaard door de leverancier; zoals gebruikelijk bewaard in ons dossier.",
        sharedWith: "De leverancier, als verwerker.",
        legalGrounds: {},
      },
    ],
    charter: { human_oversight: "Een medewerker controleert, bewerkt en ondertekent elk antwoord." },
  },

  /* ===== Ministerie van Burgerzaken en Veiligheid ===== */
  "Answer and translate questions in the government chatbot": {
    english: true,
    name: "Vragen beantwoorden en vertalen in de chatbot van de overheid",
    descriptionShort:
      "De chatbot op onze website beantwoordt algemene vragen over diensten van de overheid. Hij kan antwoorden in het Nederlands, Engels, Fries, Papiaments en een aantal andere talen. Hij gebruikt alleen onze gepubliceerde webpagina's en zegt het als hij iets niet weet. Hij kan uw persoonsgegevens niet zien.",
    goal: "Meer mensen helpen de juiste informatie te vinden, in een taal die zij begrijpen, op elk moment van de dag.",
    proportionality: "De chatbot geeft alleen algemene informatie en verwijst naar officiële pagina's. Gesprekken worden niet aan een persoon gekoppeld.",
    humanIntervention:
      "U kunt altijd vragen om een medewerker. Medewerkers beoordelen elke week een steekproef van de gesprekken en verbeteren verkeerde antwoorden.",
    appeals: "De chatbot neemt geen besluiten. Meld een verkeerd antwoord met de knop onder elk antwoord.",
    risks:
      "Verkeerde of verzonnen antwoorden, en een lagere kwaliteit in sommige talen. Antwoorden verwijzen altijd naar de bronpagina, en elke taal wordt getest voordat die beschikbaar komt.",
    lawfulBasis:
      "Het geven van voorlichting is een algemene taak van het ministerie. De transparantieregels van de AI-verordening gelden: de chatbot zegt dat hij een machine is.",
    dataSourcesText: "Onze openbare webpagina's; de tekst die u in de chat typt.",
    technicalOperation:
      "Een groot taalmodel, in licentie van de leverancier, dat antwoorden zoekt in onze webpagina's (retrieval). Het is niet zelflerend en wordt niet getraind met gegevens uit de chat.",
    affectedGroups: "Bezoekers van de website, ook mensen die minder goed Nederlands lezen.",
    dataDeclarations: [
      {
        name: "Chatberichten",
        retention: "30 dagen, daarna verwijderd. Persoonsgegevens die gebruikers typen, worden automatisch afgeschermd.",
        sharedWith: "De leverancier, als verwerker, in een datacentrum in de EU.",
        legalGrounds: {},
      },
    ],
    charter: {
      transparency: "De chatbot zegt dat hij geautomatiseerd is en verwijst bij elk antwoord naar de bronpagina.",
      people: "Taalgemeenschappen, onder wie sprekers van het Fries en het Papiaments, hebben de antwoorden getest.",
      data: "De kwaliteit van de antwoorden wordt elke maand per taal gemeten.",
      human_oversight: "U kunt op elk moment overstappen naar een medewerker.",
    },
  },
  "Advise staff whether a data breach must be reported": {
    english: true,
    name: "Medewerkers adviseren of een datalek gemeld moet worden",
    descriptionShort:
      "Als medewerkers een datalek vermoeden, beantwoorden zij vragen in een kort online formulier. Een beslisboom adviseert of het lek gemeld moet worden bij de Autoriteit Persoonsgegevens en bij de betrokkenen, en wanneer. De functionaris gegevensbescherming neemt het besluit.",
    goal: "Elk datalek op dezelfde manier behandelen en binnen de meldtermijn van 72 uur melden.",
    proportionality: "Het hulpmiddel gebruikt alleen antwoorden over het lek zelf, niet de persoonsgegevens die gelekt zijn.",
    humanIntervention: "De functionaris gegevensbescherming bekijkt elk advies en beslist.",
    appeals: "Niet van toepassing: er worden geen besluiten over burgers genomen.",
    risks: "Medewerkers kunnen de ernst te laag inschatten. Het privacyteam beoordeelt elke melding binnen één werkdag.",
    lawfulBasis: "Artikel 33 en 34 van de AVG verplichten ons een datalek te melden als het een risico is voor mensen.",
    dataSourcesText: "Antwoorden van de medewerker die het datalek meldt.",
    technicalOperation: "Een beslisboom met 15 vragen, gebaseerd op de richtsnoeren van de toezichthouder. Het algoritme is niet zelflerend.",
    affectedGroups: "Medewerkers van het ministerie; indirect mensen van wie gegevens bij een datalek betrokken waren.",
    dataDeclarations: [
      {
        name: "Meldingen van datalekken",
        retention: "5 jaar in het register van datalekken.",
        sharedWith: "De Autoriteit Persoonsgegevens, als het lek gemeld wordt.",
        legalGrounds: {},
      },
    ],
    charter: { transparency: "De beslisboom is als open source gepubliceerd." },
  },
  "Sort short-stay visa applications for extra checks": {
    english: true,
    name: "Visumaanvragen voor kort verblijf sorteren voor extra controles",
    descriptionShort:
      "Met risico-indicatoren worden visumaanvragen verdeeld over een standaardstroom en een stroom met extra controles. Een medewerker behandelt elke aanvraag en neemt elk besluit. Deze registratie valt onder het afgeschermde deel van het register, op grond van de AI-verordening.",
    goal: "Visumaanvragen sneller behandelen en de controles richten op de aanvragen waar ze ertoe doen.",
    proportionality:
      "Wordt nog beoordeeld. Nationaliteit wordt alleen gebruikt voor zover de Europese visumregels dat vereisen; etnische afkomst wordt nooit vastgelegd.",
    humanIntervention: "Een medewerker beslist over elke aanvraag.",
    appeals: "Aanvragers kunnen bezwaar maken tegen een weigering en in beroep gaan bij de rechter.",
    risks: "Risico op discriminatie op grond van nationaliteit. Een IAMA wordt uitgevoerd.",
    lawfulBasis: "De Vreemdelingenwet 2000 en de Visumcode van de EU.",
    dataSourcesText: "Visumaanvragen; eerdere visumbesluiten; het Visuminformatiesysteem van de EU (VIS).",
    technicalOperation: "Een classificatiemodel, getraind op eerdere besluiten. Het is niet zelflerend tijdens het gebruik.",
    affectedGroups: "Mensen die een visum voor kort verblijf aanvragen.",
    dataDeclarations: [
      {
        name: "Visumaanvragen",
        retention: "5 jaar, in lijn met het Visuminformatiesysteem van de EU.",
        sharedWith: "Lidstaten van de EU, via het Visuminformatiesysteem.",
        legalGrounds: {
          "ethnicity-or-nationality":
            "Nationaliteit is vereist door de Visumcode van de EU (Verordening (EG) nr. 810/2009); etnische afkomst wordt niet verwerkt",
          biometric: "AVG art. 9, lid 2, onder g, met artikel 13 van de Visumcode en artikel 106a van de Vreemdelingenwet 2000",
        },
      },
    ],
    charter: {
      privacy_ethics_human_rights: "Er wordt een IAMA uitgevoerd met een externe voorzitter.",
      human_oversight: "Medewerkers beslissen over elke aanvraag.",
    },
  },
  "Estimate reoffending risk to plan probation support": {
    english: true,
    name: "Het risico op recidive inschatten om begeleiding door de reclassering te plannen",
    descriptionShort:
      "Reclasseringswerkers vullen samen met iemand onder toezicht een gestructureerde risicotaxatie in. Een model schat het risico op recidive in, als hulp bij het bepalen van de mate van begeleiding en toezicht. De reclasseringswerker doet de aanbeveling.",
    goal: "Begeleiding en toezicht laten aansluiten bij wat iemand nodig heeft en bij het risico.",
    proportionality: "Concept; wordt aangevuld na de IAMA.",
    humanIntervention: "De reclasseringswerker doet de aanbeveling en kan met redenen afwijken van de inschatting.",
    appeals: "De rechter beslist over de voorwaarden; de betrokkene kan reageren op het reclasseringsadvies.",
    risks:
      "Historische gegevens kunnen ongelijkheid in de opsporing weerspiegelen. Voordat het model wordt gebruikt, zijn een toets op vooringenomenheid en een externe beoordeling verplicht.",
    lawfulBasis: "Taken van de reclassering op grond van het Wetboek van Strafrecht en de Wet justitiële en strafvorderlijke gegevens.",
    dataSourcesText: "Het gestructureerde taxatiegesprek; een uittreksel uit de justitiële documentatie.",
    technicalOperation: "Een scoremodel dat gestructureerde vragen combineert met een statistische schatting. Het algoritme is niet zelflerend.",
    affectedGroups: "Mensen onder toezicht van de reclassering.",
    dataDeclarations: [
      {
        name: "Taxatiegesprek en uittreksel justitiële documentatie",
        retention: "Wordt bepaald in de DPIA.",
        sharedWith: "De rechter en het Openbaar Ministerie, via het reclasseringsadvies.",
        legalGrounds: {
          "criminal-records": "Verwerkt op grond van de Wet justitiële en strafvorderlijke gegevens (Wjsg), voor de strafrechtspleging",
          health: "Wet justitiële en strafvorderlijke gegevens (Wjsg), alleen voor zover van belang voor de taxatie",
        },
      },
    ],
    charter: {},
  },

  /* ===== Waterschap Lage Venen ===== */
  "Predict water levels and plan pumping in the polders": {
    english: true,
    name: "Waterpeilen voorspellen en de inzet van gemalen in de polders plannen",
    descriptionShort:
      "Een model voorspelt de waterpeilen in onze polders voor de komende 48 uur, op basis van weersverwachtingen en meetgegevens. Het stelt voor wanneer de gemalen moeten draaien. Operators controleren het plan, en vaste veiligheidsgrenzen gelden altijd.",
    goal: "Het water op het juiste peil houden voor landbouw, natuur en woningen, overstromingen voorkomen en energie besparen door op het juiste moment te malen.",
    proportionality: "Er worden geen persoonsgegevens gebruikt. Het model maakt beter gebruik van bestaande sensoren en verwachtingen.",
    humanIntervention:
      "Operators keuren het maalplan goed en kunnen het op elk moment overnemen. Harde grenzen voor de waterpeilen zijn vastgelegd in het besturingssysteem, buiten het model.",
    appeals: "Niet van toepassing: er worden geen besluiten over mensen genomen. Meld hoogwater via ons telefoonnummer dat dag en nacht bereikbaar is.",
    risks: "Verkeerde voorspellingen bij extreem weer. Bij storm schakelen operators over op handbediening en is de landelijke waarschuwingsdienst leidend.",
    lawfulBasis: "Het peilbeheer is een taak van het waterschap op grond van de Waterschapswet en de Waterwet.",
    dataSourcesText: "Sensoren voor waterpeil en neerslag; weersverwachtingen van het KNMI; de status van de gemalen.",
    technicalOperation:
      "Een machinelearningmodel wordt elke week opnieuw getraind met nieuwe sensorgegevens (zelflerend), in combinatie met een fysisch waterbalansmodel en vaste veiligheidsregels.",
    affectedGroups: "Bewoners, boeren en natuurgebieden in de polders.",
    dataDeclarations: [
      { name: "Meet- en weergegevens", retention: "Blijvend bewaard als historisch archief.", sharedWith: "Gepubliceerd als open data.", legalGrounds: {} },
    ],
    charter: {
      data: "De kwaliteit van de sensoren wordt elke dag gecontroleerd; kapotte sensoren worden automatisch buiten beschouwing gelaten.",
      human_oversight: "Operators keuren elk maalplan goed en kunnen op elk moment overnemen.",
    },
  },
  "Detect damage to dikes in drone images": {
    english: false,
    name: "Schade aan dijken opsporen in beelden van drones",
    descriptionShort:
      "Drones fotograferen onze dijken na stormen en in het voorjaar. Een model markeert mogelijke schade, zoals scheuren, afschuivingen of holen van dieren. Dijkinspecteurs controleren elke gemarkeerde plek en beslissen over herstel. Wij testen het systeem naast de gewone inspecties.",
    goal: "Schade aan dijken eerder vinden en meer kilometers inspecteren met hetzelfde aantal medewerkers.",
    proportionality:
      "Tijdens de test blijven de inspecties te voet gewoon doorgaan. Drones vliegen niet over tuinen en woningen; mensen die in beeld komen, worden automatisch onherkenbaar gemaakt.",
    humanIntervention: "Inspecteurs beoordelen elke gemarkeerde plek en ook een steekproef van de beelden zonder markering.",
    appeals: "Niet van toepassing: er worden geen besluiten over mensen genomen.",
    risks: "Schade kan worden gemist. Het model vervangt de inspecties te voet pas als uit tests blijkt dat het minstens evenveel schade vindt.",
    lawfulBasis: "Het onderhoud van dijken is een zorgplicht van het waterschap op grond van de Waterwet en de Omgevingswet.",
    dataSourcesText: "Beelden van de dijken, gemaakt met drones; inspectierapporten uit eerdere jaren, gebruikt om het model te trainen.",
    technicalOperation: "Een model voor beeldsegmentatie, getraind op gelabelde beelden van eerdere inspecties. Het leert niet tijdens het gebruik.",
    affectedGroups: "Iedereen die achter de dijken woont; dijkinspecteurs.",
    dataDeclarations: [
      {
        name: "Dronebeelden",
        retention: "3 jaar; alleen beelden waarop mensen onherkenbaar zijn gemaakt, worden bewaard.",
        sharedWith: "De leverancier, voor het onderhoud van het model.",
        legalGrounds: {},
      },
      { name: "Eerdere inspectierapporten", retention: "Blijvend bewaard.", sharedWith: "De leverancier, om het model te trainen.", legalGrounds: {} },
    ],
    charter: { data: "Elk seizoen worden de testresultaten vergeleken met de inspecties te voet.", human_oversight: "Inspecteurs beslissen over elk herstel." },
  },
};
