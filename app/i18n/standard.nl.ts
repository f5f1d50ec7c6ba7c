/**
 * Dutch text of the publication standard's fields (standard.en.ts). For every field the Dutch
 * publication standard 1.0 has, the label is the standard's own title and the hint follows its help
 * text (MinBZK/Algoritmeregister, backend/app/schemas/config/v1_0.json); the other fields are ours.
 */
import type { standardText as english } from "./standard.en";
import type { CatalogueShape } from "./translator";

export const standardNl: CatalogueShape<typeof english> = {
  sections: {
    general: {
      title: "Algemene informatie",
      intro: "Hoe het algoritme heet, wat het in een paar zinnen doet, en wie u erover kunt benaderen.",
    },
    responsible_use: {
      title: "Verantwoord gebruik",
      intro: "Waarom het wordt gebruikt, de wettelijke basis, de rol van mensen, hoe bezwaar mogelijk is, en de risico's.",
    },
    how_it_works: {
      title: "Werking",
      intro: "De gegevens die het gebruikt, hoe het technisch werkt, en waar de broncode te vinden is.",
    },
    charter: {
      title: "Toezeggingen uit het Algoritmecharter",
      intro: "Hoe aan elke toezegging van het Nieuw-Zeelandse Algoritmecharter (Algorithm Charter) wordt voldaan.",
    },
    risk: {
      title: "Risico en AI-verordening",
      intro: "Het risiconiveau volgens de risicomatrix van het Algoritmecharter, en of de AI-verordening het als hoog risico aanmerkt.",
    },
    procurement: {
      title: "Inkoop en leveranciers",
      intro: "Of het algoritme zelf is ontwikkeld of is ingekocht, wie het heeft geleverd, en de voorwaarden van het contract.",
    },
    data: {
      title: "Gegevensverzamelingen",
      intro:
        "Elke gegevensverzameling die het algoritme gebruikt: waar die vandaan komt, in hoeverre het om persoonsgegevens gaat, en de wettelijke grondslag.",
    },
  },
  fields: {
    name: {
      label: "Naam",
      hint: "De naam die gebruikt wordt om het algoritme aan te duiden. Gebruik een naam, bij voorkeur met een werkwoord, die aangeeft wat het algoritme doet, bijvoorbeeld “Aanvragen huurtoeslag controleren”.",
    },
    descriptionShort: {
      label: "Korte omschrijving",
      hint: "Een korte beschrijving van het algoritme en het proces waarin het gebruikt wordt, bij voorkeur in twee of drie zinnen op B1-taalniveau. Deze tekst wordt getoond in het zoekoverzicht.",
    },
    themes: { label: "Thema", hint: "Het beleidsterrein waarin het algoritme wordt ingezet. Kies er ten hoogste {max}." },
    "lifecycle.status": { label: "Status", hint: "De status van het algoritme: in ontwikkeling, in gebruik, of buiten gebruik." },
    "lifecycle.beganOn": { label: "Begindatum", hint: "Maand waarin het algoritme in gebruik is genomen, bijvoorbeeld 2023-04." },
    "lifecycle.endedOn": { label: "Einddatum", hint: "Maand waarin het algoritme buiten gebruik is genomen, bijvoorbeeld 2025-01." },
    publicationCategory: {
      label: "Publicatiecategorie",
      hint: "A voor hoog-risico AI-systemen volgens de AI-verordening, B voor impactvolle algoritmes, C voor overige algoritmes.",
    },
    contact: {
      label: "Contactgegevens",
      hint: "Het e-mailadres of de website voor contact over deze registratie, waar burgers, media of andere betrokkenen vragen kunnen stellen. Gebruik geen persoonlijk e-mailadres.",
    },
    website: {
      label: "Link naar publiekspagina",
      hint: "Een URL naar een publiekspagina van de organisatie zelf. Op deze pagina kunt u meer vinden over de inzet van het algoritme binnen de organisatie.",
    },
    language: { label: "Taal", hint: "De taal waarin deze registratie is ingevoerd." },
    tags: {
      label: "Zoektermen",
      hint: "Trefwoorden over het algoritme, om de vindbaarheid van een algoritmeregistratie te vergroten: samen ten hoogste {max, number} tekens. Ze worden niet op de pagina getoond.",
    },
    lifeEvents: { label: "Levensgebeurtenissen", hint: "Momenten in het leven van mensen waarop zij met dit algoritme te maken kunnen krijgen." },
    reviewDueOn: { label: "Volgende controle", hint: "De datum waarop de registratie opnieuw gecontroleerd moet zijn, bijvoorbeeld 2026-03-31." },
    sourceId: { label: "Bron-ID", hint: "De unieke code van dit algoritme in het register van de eigenaar, als uw organisatie een eigen register bijhoudt." },
    sourceRegisterUrl: {
      label: "Link naar bronregistratie",
      hint: "De URL van de locatie waar dit algoritme eerder al is vastgelegd, als uw organisatie een eigen algoritmeregister publiceert.",
    },
    dutchRegisterId: {
      label: "Algoritme-ID",
      hint: "De unieke identificatie die algoritmes.overheid.nl aan deze registratie heeft gegeven, als die daar gepubliceerd is.",
    },
    goal: {
      label: "Doel en impact",
      hint: "Het doel waarvoor het algoritme ontwikkeld is en hoe burgers en bedrijven ermee in aanraking komen.",
    },
    affectedGroups: { label: "Wie het raakt", hint: "De groepen mensen of organisaties op wie het algoritme effect heeft." },
    proportionality: {
      label: "Afwegingen",
      hint: "Een afweging van de voor- en nadelen van de inzet van het algoritme en waarom dit redelijk gerechtvaardigd is. Benoem ook welke alternatieven overwogen zijn.",
    },
    humanIntervention: {
      label: "Menselijke tussenkomst",
      hint: "Een omschrijving van hoe uitkomsten van het algoritme door een mens gebruikt worden, en op welke wijze deze gebruikt, gecontroleerd en bijgesteld (kunnen) worden.",
    },
    appeals: {
      label: "Bezwaar en beroep",
      hint: "Hoe iemand bezwaar kan maken of in beroep kan gaan tegen een besluit waarbij het algoritme is gebruikt.",
    },
    risks: { label: "Risicobeheer", hint: "Een overzicht van hoe omgegaan wordt met geïdentificeerde risico's, zoals discriminatie of fouten." },
    lawfulBasis: { label: "Wettelijke basis", hint: "Een omschrijving van de wettelijke basis voor het proces waarin het algoritme ingezet wordt." },
    lawfulBasisLinks: { label: "Verwijzingen wettelijke basis", hint: "De wettelijke basis, gekoppeld aan hun referentie op het internet." },
    processingRegisterUrl: {
      label: "Link naar verwerkingsregister",
      hint: "Link naar een openbaar deel van een verwerkingsregister die betrekking heeft op het algoritme. Daar kan meer gelezen worden over verwerkingen.",
    },
    assessmentsText: {
      label: "Toelichting op impacttoetsen",
      hint: "Welke impacttoetsen zijn uitgevoerd (zoals een DPIA of een IAMA), of toelichting waarom bepaalde impacttoetsen niet gedaan zijn.",
    },
    assessmentLinks: { label: "Impacttoetsen", hint: "De impacttoetsen, gekoppeld aan hun referentie op het internet." },
    dataSourcesText: {
      label: "Gegevens",
      hint: "Een overzicht van de gegevens die gebruikt worden door het algoritme en/of in het begin gebruikt zijn bij het maken van het algoritme.",
    },
    dataSourceLinks: { label: "Verwijzingen gegevensbronnen", hint: "De gegevensbronnen, gekoppeld aan hun referentie op het internet." },
    technicalOperation: { label: "Technische werking", hint: "Uitleg van hoe het algoritme werkt. Geef tenminste aan of het zelflerend is of niet." },
    algorithmType: { label: "Soort algoritme", hint: "Regelgebaseerd, machinaal lerend, een combinatie van beide, of generatieve AI." },
    selfLearning: { label: "Zelflerend", hint: "Of het algoritme tijdens het gebruik blijft veranderen doordat het leert van nieuwe gegevens." },
    decisionsPerYear: { label: "Zaken per jaar", hint: "Voor ongeveer hoeveel zaken of besluiten het algoritme per jaar wordt gebruikt." },
    sourceCodeUrl: {
      label: "Link naar broncode",
      hint: "Een URL naar de codepagina van de ontwikkelaar. Op deze pagina kunt u meer vinden over de code van het algoritme zelf.",
    },
    "risk.likelihood": {
      label: "Kans op onbedoelde schade",
      hint: "Hoe waarschijnlijk het is dat het algoritme leidt tot een onbedoelde nadelige uitkomst.",
    },
    "risk.impact": { label: "Gevolgen van onbedoelde schade", hint: "Hoe ernstig die uitkomst zou zijn voor de mensen die het raakt." },
    "euAiAct.highRisk": {
      label: "AI-systeem met een hoog risico volgens de AI-verordening",
      hint: "Of het systeem valt onder bijlage III van de AI-verordening.",
    },
    "euAiAct.annexIIIArea": { label: "Gebied uit bijlage III", hint: "Het gebied met een hoog risico uit bijlage III van de AI-verordening." },
    "euAiAct.euDatabaseUrl": {
      label: "Registratie in de EU-databank",
      hint: "Een link naar de registratie van de aanbieder in de EU-databank voor AI-systemen met een hoog risico.",
    },
    "euAiAct.restrictedSection": {
      label: "Niet-openbaar deel",
      hint: "Systemen voor rechtshandhaving, migratie, asiel en grenstoezicht worden geregistreerd in een niet-openbaar deel.",
    },
    deployerContact: {
      label: "Contactgegevens van de gebruiksverantwoordelijke",
      hint: "Naam, adres en contactgegevens van de organisatie die het systeem gebruikt (AI-verordening, bijlage VIII).",
    },
    submitterContact: {
      label: "Contactgegevens van de indiener",
      hint: "Naam, adres en contactgegevens van degene die deze informatie indient, als dat een ander is.",
    },
    art27Summary: {
      label: "Samenvatting van de effectbeoordeling op het gebied van grondrechten",
      hint: "Een samenvatting van de bevindingen van de beoordeling volgens artikel 27 van de AI-verordening.",
    },
    dpiaSummary: {
      label: "Samenvatting van de gegevensbeschermingseffectbeoordeling (DPIA)",
      hint: "Een samenvatting van de DPIA volgens de AVG.",
    },
    "procurement.inHouse": { label: "Intern ontwikkeld", hint: "Of uw organisatie het algoritme zelf heeft ontwikkeld, zonder leverancier." },
    "procurement.suppliers": {
      label: "Leverancier",
      hint: "Indien van toepassing, de externe leverancier of leveranciers van het algoritme, elk met de rol die zij spelen.",
    },
    "procurement.procedure": { label: "Aanbestedingsprocedure", hint: "Hoe de opdracht is gegund." },
    "procurement.ocid": { label: "Open Contracting-ID (OCID)", hint: "Het ID van het aanbestedingsproces, bijvoorbeeld ocds-abc123-2024-001." },
    "procurement.tenderUrl": { label: "Aankondiging van de opdracht", hint: "Een link naar de gepubliceerde aankondiging van de opdracht." },
    "procurement.contractReference": { label: "Kenmerk van het contract", hint: "Uw eigen kenmerk van het contract." },
    "procurement.contractStart": { label: "Ingangsdatum contract", hint: "Bijvoorbeeld 2024-01-31." },
    "procurement.contractEnd": { label: "Einddatum contract", hint: "Bijvoorbeeld 2027-12-31." },
    "procurement.contractValue": { label: "Waarde van het contract", hint: "De totale waarde van het contract, zonder valutateken." },
    "procurement.currency": { label: "Valuta", hint: "Een valutacode van drie letters, bijvoorbeeld EUR of NZD." },
    "procurement.modelOwnership": { label: "Eigenaar van het model", hint: "Wie eigenaar is van het model en de code." },
    "procurement.dataOwnership": {
      label: "Eigenaar van de gegevens",
      hint: "Wie eigenaar is van de gegevens waarmee het model is getraind of die het oplevert.",
    },
    "procurement.supplierDataAccess": { label: "Toegang van de leverancier tot persoonsgegevens", hint: "Welke persoonsgegevens de leverancier kan inzien." },
    "procurement.sourceAvailability": {
      label: "Inzage in de broncode",
      hint: "Of u, een auditor of het publiek de broncode kan inzien, en onder welke voorwaarden.",
    },
    "procurement.licence": {
      label: "Licentie",
      hint: "De licentie waaronder de software wordt gebruikt, bijvoorbeeld EUPL-1.2 of een licentie van de leverancier.",
    },
    "procurement.contractClauses": { label: "Contractbepalingen", hint: "Gebruikte modelbepalingen, bijvoorbeeld over transparantie, audits of gegevens." },
    "procurement.withheld": {
      label: "Niet gepubliceerde gegevens",
      hint: "Gegevens over de inkoop die niet worden gepubliceerd, elk met de reden en de wettelijke grondslag.",
    },
    dataDeclarations: { label: "Gegevensverzamelingen", hint: "Beschrijf elke gegevensverzameling die het algoritme gebruikt." },
    "charter.transparency": {
      label: "Transparantie",
      hint: "Hoe legt u in begrijpelijke taal uit hoe het algoritme bijdraagt aan besluiten, welke gegevens het gebruikt en hoe die gegevens veilig worden bewaard?",
    },
    "charter.partnership": {
      label: "Partnerschap",
      hint: "Hoe heeft u Te Tiriti o Waitangi gerespecteerd en een Māori-perspectief (Te Ao Māori) meegenomen, ook bij elk gebruik van Māori-gegevens?",
    },
    "charter.people": { label: "Mensen", hint: "Wie worden geraakt of hebben er belang bij, en hoe heeft u hen betrokken?" },
    "charter.data": {
      label: "Gegevens",
      hint: "Zijn de gegevens geschikt voor dit doel, wat zijn hun beperkingen, en hoe spoort u vooringenomenheid op en gaat u ermee om?",
    },
    "charter.privacy_ethics_human_rights": {
      label: "Privacy, ethiek en mensenrechten",
      hint: "Hoe vaak wordt het algoritme gecontroleerd op onbedoelde effecten, door wie, en wat doet u met de uitkomsten?",
    },
    "charter.human_oversight": {
      label: "Menselijk toezicht",
      hint: "Met wie kan het publiek contact opnemen, hoe kan een besluit worden aangevochten, en welke rol spelen mensen in het proces?",
    },
  },
  items: {
    link: {
      title: { label: "Titel", hint: "Waar de link naar verwijst, bijvoorbeeld de naam van de wet." },
      link: { label: "Link", hint: "Het volledige webadres, beginnend met https://." },
    },
    supplier: {
      supplierId: { label: "Leverancier", hint: "Kies de leverancier." },
      role: { label: "Rol", hint: "Wat de leverancier doet." },
    },
    withheld: {
      field: { label: "Niet gepubliceerd gegeven", hint: "Welk gegeven niet wordt gepubliceerd." },
      reason: { label: "Reden", hint: "Waarom het niet wordt gepubliceerd." },
      legalGround: { label: "Wettelijke grondslag", hint: "De wettelijke grondslag om het niet te publiceren." },
    },
    dataDeclaration: {
      name: { label: "Naam van de gegevensverzameling", hint: "Bijvoorbeeld “Aanvragen bijstand 2020–2024”." },
      source: { label: "Bron", hint: "Waar de gegevens vandaan komen." },
      sourceDetail: { label: "Details van de bron", hint: "Het specifieke register, systeem of de specifieke organisatie." },
      personalData: { label: "Persoonsgegevens", hint: "Of de gegevens aan personen gekoppeld kunnen worden." },
      categories: { label: "Soorten persoonsgegevens", hint: "Kies elke soort persoonsgegevens in de verzameling." },
      legalGrounds: {
        label: "Wettelijke grondslag voor gevoelige gegevens",
        hint: "Voor elke bijzondere categorie persoonsgegevens en voor strafrechtelijke gegevens: de wettelijke grondslag (AVG artikel 9 of 10).",
      },
      retention: { label: "Bewaartermijn", hint: "Hoe lang de gegevens worden bewaard en wat er daarna mee gebeurt." },
      sharedWith: { label: "Gedeeld met", hint: "Wie de gegevens verder ontvangt, als iemand dat doet." },
      use: { label: "Gebruikt voor", hint: "Het trainen van het model, het beslissen over individuele zaken, of allebei." },
    },
  },
  requiredForAb: "(verplicht voor categorie A en B)",
  risk: {
    levels: { low: "Laag", moderate: "Gemiddeld", high: "Hoog" },
    reasonEuHighRisk: "Het is een AI-systeem met een hoog risico volgens de AI-verordening.",
    reasonRiskLevel:
      "Het risiconiveau volgens de risicomatrix van het Algoritmecharter is {level, select, high {hoog} moderate {gemiddeld} low {laag} other {{level}}}.",
    reasonDecidesAboutPeople: "Het neemt of ondersteunt besluiten over mensen.",
    reasonLearnsNotHighRisk:
      "Het heeft geen hoog risico en beslist niet over mensen. Omdat het {type, select, machine_learning {machinaal leren} generative {generatieve AI} other {{type}}} gebruikt: controleer dat de uitkomsten nooit in besluiten over mensen terechtkomen.",
    reasonNotHighRisk: "Het heeft geen hoog risico en neemt of ondersteunt geen besluiten over mensen.",
    euHighRiskNotA: "Het is aangemerkt als AI-systeem met een hoog risico volgens de AI-verordening, dus de publicatiecategorie moet A zijn.",
    categoryCHighRisk: "Het risiconiveau volgens het Algoritmecharter is hoog. Dat past niet bij categorie C (overige algoritmes).",
    restrictedOutsideArea:
      "Alleen systemen voor rechtshandhaving en voor migratie, asiel en grenstoezicht horen in het niet-openbare deel. Kies een van die gebieden uit bijlage III, of vink het niet-openbare deel uit.",
    selfLearningRuleBased: "Een regelgebaseerd algoritme leert niet zelf. Pas het soort algoritme of het antwoord over zelflerend aan.",
    annexAreaNotHighRisk: "Er is een gebied uit bijlage III gekozen, maar het systeem is niet aangemerkt als hoog risico volgens de AI-verordening.",
    endDateNotOutOfUse: "Er is een einddatum ingevuld, maar de status is niet “Buiten gebruik”.",
  },
  validation: {
    missing: {
      name: "Vul de naam van het algoritme in",
      descriptionShort: "Vul een korte omschrijving in",
      lifecycleStatus: "Kies de status",
      publicationCategory: "Kies de publicatiecategorie",
      contact: "Vul een e-mailadres van een team of een webpagina voor vragen in",
      language: "Kies de taal van de registratie",
      goal: "Vul het doel en de impact in (verplicht voor categorie A en B)",
      humanIntervention: "Beschrijf de menselijke tussenkomst (verplicht voor categorie A en B)",
      appeals: "Leg uit hoe iemand bezwaar kan maken of in beroep kan gaan (verplicht voor categorie A en B)",
      other: "Beantwoord deze vraag",
    },
    chooseOrAddAtMost: "Kies of voeg er ten hoogste {max} toe",
    number: "Vul een getal in, bijvoorbeeld 1200",
    wholeNumber: "Vul een geheel getal in",
    notNegative: "Vul 0 of meer in",
    webAddress: "Vul een volledig webadres in dat begint met https://",
    month: "Vul een maand in als JJJJ-MM, bijvoorbeeld 2024-03",
    day: "Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2024-03-31",
    personalContact:
      "Dit lijkt een persoonlijk e-mailadres. Gebruik een adres van een team, zoals algoritmes@uw-organisatie.example, zodat het contact blijft werken als mensen van functie wisselen.",
    contactFormat: "Vul een e-mailadres in (zoals team@example.org) of een webadres dat begint met https://",
    contactNotPersonal: "Gebruik een e-mailadres van een team of een webpagina, geen persoonlijk adres",
    linkTitle: "Vul een titel voor de link in",
    linkAddress: "Vul het webadres in",
    emptySearchWord: "Verwijder de lege zoekterm",
    searchWordsTooLong: "Gebruik voor de zoektermen samen {max} tekens of minder",
    endBeforeStart: "De einddatum moet in dezelfde maand als de begindatum of later liggen",
    notAField: "Geen veld van een registratie",
    supplierRole: "Kies de rol van de leverancier",
    withheldField: "Kies welk gegeven niet wordt gepubliceerd",
    withheldReason: "Geef de reden waarom het niet wordt gepubliceerd",
    ocid: "Vul een OCID in, zoals ocds-abc123-2024-001",
    currencyCode: "Vul een valutacode van drie letters in, zoals EUR of NZD",
    contractEndBeforeStart: "De einddatum van het contract moet na de ingangsdatum liggen",
    currencyMissing: "Vul de valuta van de contractwaarde in",
    supplierMissing: "Voeg de leverancier toe, of geef aan dat het algoritme intern is ontwikkeld",
    supplierChoose: "Kies de leverancier",
    dataName: "Vul de naam van de gegevensverzameling in",
    dataSource: "Kies waar de gegevens vandaan komen",
    dataPersonal: "Geef aan of het om persoonsgegevens gaat",
    dataUse: "Geef aan waarvoor de gegevens worden gebruikt",
    dataNoKinds: "Gegevens zonder persoonsgegevens kunnen geen soorten persoonsgegevens hebben: verwijder die of pas het antwoord over persoonsgegevens aan",
    dataLegalGround: "Geef de wettelijke grondslag voor het verwerken van gegevens over “{category}” ({article})",
  },
};
