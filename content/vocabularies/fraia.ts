/**
 * Fundamental Rights and Algorithms Impact Assessment (FRAIA / IAMA, NL), in English and Dutch.
 * Question ids follow the structure of the original. The Dutch questions are the IAMA's own wording,
 * as published in MinBZK/task-registry (instruments/iama.yaml): our question `1.3` is the IAMA's
 * questions 1.3.1 and 1.3.2 together (`iama` lists them); the Dutch titles are the IAMA's topics.
 * The English texts are the register's FRAIA wording; the Dutch guidance translates the English.
 * Also: the rights catalogue, EU AI Act Art. 27 elements and related lists.
 */
import { labelIn, type Language, type Localized } from "./localized";

export type FraiaPartId = "1" | "2A" | "2B" | "3" | "4";

export const FRAIA_PARTS = [
  {
    id: "1",
    title: { en: "Why: reason, goals and values", nl: "Waarom: aanleiding, doelen en waarden" },
    intro: {
      en: "Explain why you want to use an algorithm, what it should achieve, and on what legal basis.",
      nl: "Leg uit waarom u een algoritme wilt inzetten, wat het moet bereiken en op welke wettelijke grondslag.",
    },
  },
  {
    id: "2A",
    title: { en: "What: the data", nl: "Wat: de data (input)" },
    intro: {
      en: "Describe the data the algorithm uses, where it comes from, how good it is and how it is protected.",
      nl: "Beschrijf de data die het algoritme gebruikt, waar die vandaan komen, hoe goed ze zijn en hoe ze worden beschermd.",
    },
  },
  {
    id: "2B",
    title: { en: "What: the algorithm", nl: "Wat: het algoritme (throughput)" },
    intro: {
      en: "Describe the algorithm itself, who controls it, how well it works and how it can be explained.",
      nl: "Beschrijf het algoritme zelf, wie er zeggenschap over heeft, hoe goed het werkt en hoe het kan worden uitgelegd.",
    },
  },
  {
    id: "3",
    title: { en: "How: use in practice", nl: "Hoe: output, implementatie en toezicht" },
    intro: {
      en: "Describe how the output is used in decisions, the role of people, and how the effects are monitored.",
      nl: "Beschrijf hoe de uitkomsten worden gebruikt bij besluiten, welke rol mensen spelen en hoe de effecten worden gevolgd.",
    },
  },
  {
    id: "4",
    title: { en: "Fundamental rights", nl: "Grondrechten" },
    intro: {
      en: "For each fundamental right that may be affected, work through the steps to decide whether the interference is justified.",
      nl: "Doorloop voor elk grondrecht dat geraakt kan worden de stappen om te bepalen of de inbreuk gerechtvaardigd is.",
    },
  },
] as const satisfies readonly { id: FraiaPartId; title: Localized; intro: Localized }[];

export const FRAIA_QUESTIONS = [
  // Part 1: Why
  {
    id: "1.1",
    part: "1",
    iama: ["1.1.1"],
    title: { en: "Reason and problem", nl: "Aanleiding en probleemdefinitie" },
    question: {
      en: "What is the reason for using this algorithm, and what problem should it solve?",
      nl: "Licht uw voorstel voor het gebruik/de inzet van een algoritme toe. Wat is de aanleiding hiervoor geweest? Voor welk probleem moet het algoritme een oplossing bieden?",
    },
    guidance: {
      en: "Describe the situation today and what goes wrong or could be better.",
      nl: "Beschrijf de situatie van nu en wat er misgaat of beter kan.",
    },
  },
  {
    id: "1.2",
    part: "1",
    iama: ["1.2.1"],
    title: { en: "Objectives", nl: "Doelstelling" },
    question: {
      en: "What do you want to achieve with the algorithm?",
      nl: "Wat is het doel dat bereikt dient te worden met de inzet van het algoritme? Wat is hierbij het hoofddoel en wat zijn subdoelen?",
    },
    guidance: {
      en: "Name the main goal and any secondary goals. Make them as concrete and measurable as you can.",
      nl: "Noem het hoofddoel en eventuele subdoelen. Maak ze zo concreet en meetbaar als u kunt.",
    },
  },
  {
    id: "1.3",
    part: "1",
    iama: ["1.3.1", "1.3.2"],
    title: { en: "Public values", nl: "Publieke waarden" },
    question: {
      en: "Which public values does the algorithm serve, and which could it put at risk?",
      nl: "Wat zijn de publieke waarden die de inzet van het algoritme ingeven? Indien meerdere publieke waarden de inzet van het algoritme ingeven, kan daar een rangschikking in aangebracht worden? Wat zijn de publieke waarden die mogelijk in het gedrang komen door de inzet van het algoritme?",
    },
    guidance: {
      en: "Think of fairness, privacy, efficiency, trust, legal certainty and similar values. Say how you weigh them.",
      nl: "Denk aan rechtvaardigheid, privacy, doelmatigheid, vertrouwen, rechtszekerheid en vergelijkbare waarden. Geef aan hoe u ze tegen elkaar afweegt.",
    },
  },
  {
    id: "1.4",
    part: "1",
    iama: ["1.4.1"],
    title: { en: "Legal basis", nl: "Wettelijke grondslag" },
    question: {
      en: "What is the legal basis for using the algorithm and for the decisions it supports?",
      nl: "Wat is de wettelijke grondslag van de inzet van dit algoritme en van de beoogde besluiten die genomen zullen worden op basis van dit algoritme?",
    },
    guidance: {
      en: "Name the law and article. Link to the official text where possible.",
      nl: "Noem de wet en het artikel. Verwijs waar mogelijk naar de officiële tekst.",
    },
  },
  {
    id: "1.5",
    part: "1",
    iama: ["1.5.1", "1.5.2", "1.5.3"],
    title: { en: "Stakeholders and responsibility", nl: "Betrokkenen en verantwoordelijkheden" },
    question: {
      en: "Who is involved, who is affected, and who is ultimately responsible?",
      nl: "Welke partijen en personen zijn er bij de ontwikkeling/het gebruik/het onderhoud van het algoritme betrokken? Hoe zijn de verantwoordelijkheden belegd ten aanzien van de ontwikkeling en de inzet van het algoritme, ook nadat het algoritme eenmaal is afgerond? Wie is eindverantwoordelijk voor het algoritme?",
    },
    guidance: {
      en: "List internal and external parties. Name the responsible role, not a person.",
      nl: "Noem interne en externe partijen. Noem de verantwoordelijke functie, niet een persoon.",
    },
  },

  // Part 2A: What, data
  {
    id: "2A.1",
    part: "2A",
    iama: ["2A.1.1"],
    title: { en: "Type of algorithm", nl: "Inschatting: type algoritme" },
    question: {
      en: "What type of algorithm will be used, and what does that mean for the data it needs?",
      nl: "Wat voor type algoritme wordt gebruikt, of wat voor type algoritme gaat ontwikkeld worden?",
    },
    guidance: {
      en: "A rule-based system needs case data; a self-learning one also needs training data. Say whether personal, special category or criminal data are involved.",
      nl: "Een regelgebaseerd systeem heeft gegevens over zaken nodig; een zelflerend systeem ook trainingsdata. Geef aan of het gaat om persoonsgegevens, bijzondere persoonsgegevens of strafrechtelijke gegevens.",
    },
  },
  {
    id: "2A.2",
    part: "2A",
    iama: ["2A.2.1", "2A.2.2"],
    title: { en: "Sources and quality", nl: "Databronnen en kwaliteit" },
    question: {
      en: "Where does the data come from, and is it reliable and fit for this purpose?",
      nl: "Wat voor type data gaat gebruikt worden als input voor het algoritme en uit welke bronnen is de data afkomstig? Is de kwaliteit en betrouwbaarheid van de data voldoende voor de beoogde datatoepassing? Leg uit.",
    },
    guidance: {
      en: "Describe each source, how up to date it is, and known errors or gaps.",
      nl: "Beschrijf elke bron, hoe actueel die is en welke fouten of hiaten bekend zijn.",
    },
  },
  {
    id: "2A.3",
    part: "2A",
    iama: ["2A.3.1", "2A.3.2"],
    title: { en: "Bias and representativeness", nl: "Bias/aannames in de data" },
    question: {
      en: "Could the data contain bias, and does it fairly represent the people affected?",
      nl: "Welke aannames en bias liggen in de data besloten en hoe wordt de invloed daarvan op de output van het algoritme gecorrigeerd of anderszins ondervangen of gemitigeerd? Indien gebruik wordt gemaakt van trainingsdata: is de data representatief voor de context waarin het algoritme ingezet gaat worden?",
    },
    guidance: {
      en: "Consider historic bias, missing groups and proxies for protected characteristics.",
      nl: "Denk aan historische bias, ontbrekende groepen en kenmerken die een beschermd kenmerk verraden (proxy's).",
    },
  },
  {
    id: "2A.4",
    part: "2A",
    iama: ["2A.4.1", "2A.4.2", "2A.4.3"],
    title: { en: "Security and archiving", nl: "Beveiliging en archivering" },
    question: {
      en: "How is the data secured, how long is it kept, and how is it archived or deleted?",
      nl: "Is de data voldoende beveiligd? Maak hierin onderscheid tussen de inputdata en de outputdata. Is er controle op de toegang tot de data? Maak hierin onderscheid tussen de inputdata en de outputdata. Hoe worden relevante regels over archivering in acht genomen, zoals die in de Archiefwet zijn vastgelegd?",
    },
    guidance: {
      en: "Refer to retention periods and security measures. Mention who has access.",
      nl: "Verwijs naar bewaartermijnen en beveiligingsmaatregelen. Vermeld wie toegang heeft.",
    },
  },

  // Part 2B: What, algorithm
  {
    id: "2B.1",
    part: "2B",
    iama: ["2B.1.1", "2B.1.2", "2B.1.3", "2B.1.4"],
    title: { en: "Type of algorithm and alternatives", nl: "Type algoritme" },
    question: {
      en: "What type of algorithm is it, and why was it chosen over alternatives?",
      nl: "Type algoritme: wat voor soort algoritme wordt gebruikt of gaat worden gebruikt? Hoe werkt het? Onderscheid tussen: A) Een niet-zelflerend algoritme, waarin de mens de regels specificeert die de computer moet volgen, B) Een zelflerend algoritme, waarin de machine zelf leert over de patronen in de data (machine learning) Waarom wordt voor dit type algoritme gekozen? Waarom is dit type algoritme het meest geschikt om de bij vraag 1.2 geformuleerde doelstellingen te bereiken? Welke alternatieven zijn er en waarom zijn die minder passend of bruikbaar?",
    },
    guidance: {
      en: "Say whether it is rule-based or self-learning, and which simpler options you considered.",
      nl: "Geef aan of het regelgebaseerd of zelflerend is, en welke eenvoudigere mogelijkheden u hebt overwogen.",
    },
  },
  {
    id: "2B.2",
    part: "2B",
    iama: ["2B.2.1"],
    title: { en: "Ownership and control", nl: "Eigenaarschap en controle" },
    question: {
      en: "If a supplier built it, who owns and controls the algorithm and the data?",
      nl: "Indien het algoritme is ontwikkeld door een externe partij: zijn er heldere afspraken gemaakt over eigenaarschap en beheer van het algoritme? Wat zijn die afspraken?",
    },
    guidance: {
      en: "Describe contract terms on ownership, access, changes and ending the contract.",
      nl: "Beschrijf de afspraken in het contract over eigendom, toegang, wijzigingen en het beëindigen van het contract.",
    },
  },
  {
    id: "2B.3",
    part: "2B",
    iama: ["2B.3.1", "2B.3.2", "2B.3.3", "2B.3.4", "2B.3.5", "2B.3.6"],
    title: { en: "Accuracy and testing", nl: "Accuraatheid algoritme" },
    question: {
      en: "How accurate is the algorithm, how was it tested, and what errors does it make?",
      nl: "Wat is de accuraatheid van het algoritme, en op basis van welke evaluatiecriteria is deze accuraatheid bepaald? Is de mate van accuraatheid (vraag 2B.3.1) acceptabel voor de manier waarop het algoritme ingezet zal worden? Hoe wordt het algoritme getest? Welke maatregelen kunnen worden getroffen om de risicos van reproductie of zelfs versterking van biases tegen te gaan (bijv. andere sampling- strategie, feature modification, ...)? Welke aannames liggen ten grondslag aan de selectie en weging van de indicatoren? Zijn die aannames terecht? Waarom wel/niet? Hoe vaak/erg zit het algoritme ernaast? (bijv. in termen van aantal false positives, false negatives, R-squared, ...)",
    },
    guidance: {
      en: "Give error rates, including for different groups where possible. Say how often you re-test.",
      nl: "Geef foutpercentages, waar mogelijk ook per groep. Geef aan hoe vaak u opnieuw test.",
    },
  },
  {
    id: "2B.4",
    part: "2B",
    iama: ["2B.4.1", "2B.4.2", "2B.4.3", "2B.4.4"],
    title: { en: "Transparency and explainability", nl: "Transparantie en uitlegbaarheid" },
    question: {
      en: "How can the workings and outcomes be explained to each audience?",
      nl: "Is het duidelijk wat het algoritme doet, hoe het dit doet, en op basis waarvan (welke data) het dit doet? Leg uit. Voor welke personen en groepen binnen en buiten de eigen organisatie wordt de werking van het algoritme transparant gemaakt en hoe gebeurt dit? Voor welke doelgroepen moet het algoritme uitlegbaar zijn? Kan de werking van het algoritme voor de bij vraag 2B.4.3 geïdentificeerde doelgroepen op een voldoende begrijpelijke manier worden uitgelegd?",
    },
    guidance: {
      en: "Think of staff, the people affected, supervisors and the courts. Each may need a different explanation.",
      nl: "Denk aan medewerkers, de betrokkenen, toezichthouders en de rechter. Elk van hen kan een andere uitleg nodig hebben.",
    },
  },

  // Part 3: How
  {
    id: "3.1",
    part: "3",
    iama: ["3.1.1"],
    title: { en: "Decisions based on output", nl: "Beslissingen op basis van output algoritme" },
    question: {
      en: "Which decisions are taken on the basis of the output?",
      nl: "Wat gebeurt er met de uitkomsten van het algoritme? Welke beslissingen worden daarop gebaseerd?",
    },
    guidance: {
      en: "Say whether the output decides, advises or only selects cases for a closer look.",
      nl: "Geef aan of de uitkomst beslist, adviseert of alleen zaken selecteert voor nadere controle.",
    },
  },
  {
    id: "3.2",
    part: "3",
    iama: ["3.2.1", "3.2.2"],
    title: { en: "Human role", nl: "De rol van de mens in de beslissing" },
    question: {
      en: "What role do people play, and can they overrule the algorithm?",
      nl: "Welke rol spelen mensen bij het nemen van beslissingen op basis van de output van het algoritme ('human in the loop') en hoe worden zij in staat gesteld om die rol te spelen? Is er nu en in de toekomst voldoende gekwalificeerd personeel aanwezig om het algoritme te beheren, te herzien en aan te passen indien gewenst/nodig?",
    },
    guidance: {
      en: "Describe training, time available and how often staff depart from the output.",
      nl: "Beschrijf opleiding, beschikbare tijd en hoe vaak medewerkers afwijken van de uitkomst.",
    },
  },
  {
    id: "3.3",
    part: "3",
    iama: ["3.3.1", "3.3.2", "3.3.3", "3.3.4"],
    title: { en: "Effects on people", nl: "Effecten van het algoritme" },
    question: {
      en: "What effects could the use have on people, including discrimination?",
      nl: "Wat zullen de effecten zijn van de inzet van het algoritme voor burgers en hoe wordt rekening gehouden met de 'menselijke maat' bij het nemen van beslissingen op basis van de output van het algoritme? Welke risico's voor stigmatiserende, discriminerende of anderszins schadelijke of nadelige effecten zijn er voor de burger en hoe zullen die worden bestreden of gemitigeerd? Hoe zullen de verwachte effecten bijdragen aan de oplossing van het probleem dat de aanleiding is voor de ontwikkeling/inzet van het algoritme (zie vraag 1.1) en het bereiken van de daarbij gestelde doelen (zie vraag 1.2)? Hoe verhouden de verwachte effecten zich tot de waarden die worden gediend (zie vraag 1.3)? Welke risico's zijn er dat bepaalde waarden onder druk komen te staan en hoe wordt daarmee dan omgegaan?",
    },
    guidance: {
      en: "Consider both intended and unintended effects, and groups that may be hit harder.",
      nl: "Denk aan bedoelde en onbedoelde effecten, en aan groepen die harder geraakt kunnen worden.",
    },
  },
  {
    id: "3.4",
    part: "3",
    iama: ["3.4.1", "3.4.2", "3.4.3"],
    title: { en: "Procedures and legal protection", nl: "Procedures" },
    question: {
      en: "How can people object, appeal or get a decision corrected?",
      nl: "Via welke procedures zullen beslissingen op basis van het algoritme worden genomen? Hoe worden verschillende relevante actoren (bestuurlijke en politiek verantwoordelijken, burgers) bij de besluitvorming betrokken? Hoe wordt gegarandeerd dat in deze procedures wordt voldaan aan de eisen van goed en behoorlijk bestuur en - waar nodig - rechtsbescherming? Hebben burgers een effectieve mogelijkheid om een klacht in te dienen of bezwaar te maken? Zo ja, op welke manier?",
    },
    guidance: {
      en: "Describe the route and whether people can see how the algorithm played a part.",
      nl: "Beschrijf de route en of mensen kunnen zien welke rol het algoritme speelde.",
    },
  },
  {
    id: "3.5",
    part: "3",
    iama: ["3.5.1", "3.5.2", "3.5.3"],
    title: { en: "Context and drift", nl: "Context" },
    question: {
      en: "How could changes in the context or the data affect how well the algorithm works?",
      nl: "Tijd/periode: wanneer gaat het algoritme ingezet worden? Hoe lang is de periode dat het ingezet wordt? Plaats: waar vindt inzet van het algoritme plaats? Is dat in een bepaald geografisch gebied, is dat bij een bepaalde groep personen of dossiers? Kan het algoritme ook nog worden ingezet als contextfactoren veranderen of als het algoritme gebruikt wordt in een andere context dan waarvoor het is ontwikkeld?",
    },
    guidance: {
      en: "Describe monitoring for drift and what triggers a review.",
      nl: "Beschrijf hoe u veranderingen in de werking (drift) volgt en wat aanleiding is voor een herbeoordeling.",
    },
  },
  {
    id: "3.6",
    part: "3",
    iama: ["3.6.1", "3.6.2", "3.6.3"],
    title: { en: "Communication", nl: "Communicatie" },
    question: {
      en: "How do you tell people about the use of the algorithm?",
      nl: "Hoe open kunt u zijn over de werking van het algoritme in het licht van de doelstellingen en context van de inzet ervan? Op welke manier beoogt u te communiceren over de inzet van het algoritme? Wordt de output van het algoritme gevisualiseerd, bijvoorbeeld in een tabel, grafiek of dashboard? Zo ja: is de vorm van visualisatie of weergave een correcte representatie van de output van het algoritme? Is de visualisatie makkelijk te lezen voor verschillende gebruikersgroepen?",
    },
    guidance: {
      en: "Think of letters, websites, this register and answers to questions.",
      nl: "Denk aan brieven, websites, dit register en antwoorden op vragen.",
    },
  },
  {
    id: "3.7",
    part: "3",
    iama: ["3.7.1", "3.7.2", "3.7.3"],
    title: { en: "Evaluation, audit and accountability", nl: "Evaluatie, auditing en borging" },
    question: {
      en: "How and when is the use evaluated and audited, and how do you account for it?",
      nl: "Is voorzien in goede instrumenten voor evaluatie, auditing en borging van het algoritme? Zijn er voldoende mogelijkheden om rekenschap en verantwoording af te leggen over het algoritme? Welke mogelijkheden zijn er voor auditors en toezichthouders om (formele) consequenties te verbinden aan de inzet van een algoritme door de overheid (bijv. terugkoppeling van bevindingen, doen van aanbevelingen, budgettaire consequenties, ...)",
    },
    guidance: {
      en: "Give review dates, who audits, and where results are reported.",
      nl: "Noem de data van herbeoordelingen, wie de audit doet en waar de uitkomsten worden gemeld.",
    },
  },

  // Part 4: Fundamental rights (answered per right)
  {
    id: "4.1",
    part: "4",
    iama: ["4.1.1"],
    title: { en: "Is the right affected?", nl: "Grondrecht" },
    question: {
      en: "Does the algorithm or its use affect this fundamental right?",
      nl: "Wordt er een grondrecht geraakt door het in te zetten algoritme?",
    },
    guidance: {
      en: "Equal treatment, data protection and good administration are always checked.",
      nl: "Gelijke behandeling, bescherming van persoonsgegevens en behoorlijk bestuur worden altijd beoordeeld.",
    },
  },
  {
    id: "4.2",
    part: "4",
    iama: ["4.2.1"],
    title: { en: "Specific law", nl: "Specifieke wetgeving en richtsnoeren" },
    question: {
      en: "Is there a specific law that sets rules for interfering with this right?",
      nl: "Zijn er specifieke wettelijke bepalingen of richtsnoeren van toepassing op de grondrechteninbreuk?",
    },
    guidance: {
      en: "If so, check that the use meets those rules.",
      nl: "Zo ja, ga na of de inzet aan die regels voldoet.",
    },
  },
  {
    id: "4.3",
    part: "4",
    iama: ["4.3.1"],
    title: { en: "Seriousness", nl: "Zwaartebepaling" },
    question: {
      en: "How serious is the interference with this right?",
      nl: "Hoe zwaar wordt een grondrecht geraakt door het algoritme?",
    },
    guidance: {
      en: "Rate it low, medium or high, and explain why.",
      nl: "Beoordeel de inbreuk als licht, gemiddeld of zwaar en leg uit waarom.",
    },
  },
  {
    id: "4.4",
    part: "4",
    iama: ["4.4.1"],
    title: { en: "Objectives", nl: "Doelstellingen" },
    question: {
      en: "Which legitimate objectives justify the interference?",
      nl: "Welke doelen worden met inzet van het algoritme nagestreefd? Kijk hierbij naar uw antwoord op vraag 1.2",
    },
    guidance: {
      en: "Link back to the objectives in part 1.",
      nl: "Verwijs terug naar de doelen in deel 1.",
    },
  },
  {
    id: "4.5",
    part: "4",
    iama: ["4.5.1"],
    title: { en: "Effectiveness", nl: "Doeltreffendheid/effectiviteit/geschiktheid" },
    question: {
      en: "Does the algorithm actually help to reach those objectives?",
      nl: "Vormt het in te zetten algoritme een doeltreffend middel om de gestelde doelen te realiseren? Leg uit.",
    },
    guidance: {
      en: "Support this with test results or evidence.",
      nl: "Onderbouw dit met testresultaten of ander bewijs.",
    },
  },
  {
    id: "4.6",
    part: "4",
    iama: ["4.6.1"],
    title: { en: "Necessity and subsidiarity", nl: "Noodzakelijkheid/subsidiariteit" },
    question: {
      en: "Is the interference necessary, and is there no less intrusive way to reach the objective?",
      nl: "Is inzet van dit specifieke algoritme noodzakelijk om dit doel te bereiken en zijn er geen andere of mitigerende maatregelen beschikbaar om dit te doen? Leg uit.",
    },
    guidance: {
      en: "Describe the less intrusive alternatives you considered and why they were not enough.",
      nl: "Beschrijf de minder ingrijpende alternatieven die u hebt overwogen en waarom die niet voldeden.",
    },
  },
  {
    id: "4.7",
    part: "4",
    iama: ["4.7.1"],
    title: { en: "Balancing", nl: "Belangenafweging/proportionaliteit" },
    question: {
      en: "On balance, is the interference proportionate to what it achieves?",
      nl: "Levert inzet van het algoritme een redelijk evenwicht op tussen de te realiseren doelen en de grondrechten die worden geraakt, en waarom is dat zo?",
    },
    guidance: {
      en: "Weigh the benefits against the harm. Note any extra safeguards that tip the balance.",
      nl: "Weeg de voordelen af tegen de schade. Noem extra waarborgen die de doorslag geven.",
    },
  },
] as const satisfies readonly {
  id: string;
  part: FraiaPartId;
  /** The IAMA's own question numbers that this question holds (urn:nl:aivt:ir:1.0:<number>). */
  iama: readonly string[];
  title: Localized;
  question: Localized;
  guidance: Localized;
}[];

export type FraiaQuestion = (typeof FRAIA_QUESTIONS)[number];
export type FraiaQuestionId = FraiaQuestion["id"];

/* ---------- Rights catalogue (four clusters) ---------- */

export const RIGHTS_CLUSTERS = [
  {
    slug: "person",
    label: { en: "The person", nl: "De persoon" },
    rights: [
      { slug: "identity-and-autonomy", label: { en: "Identity and personal autonomy", nl: "Identiteit en persoonlijke autonomie" } },
      { slug: "privacy", label: { en: "Privacy (private life, home and communications)", nl: "Privacy (persoonlijke levenssfeer, woning en communicatie)" } },
      { slug: "integrity", label: { en: "Physical and mental integrity", nl: "Lichamelijke en geestelijke integriteit" } },
      { slug: "data-protection", label: { en: "Protection of personal data", nl: "Bescherming van persoonsgegevens" }, alwaysCheck: true },
      { slug: "reputation", label: { en: "Reputation", nl: "Eer en goede naam" } },
      { slug: "healthy-environment", label: { en: "Healthy living environment", nl: "Gezonde leefomgeving" } },
      { slug: "social-and-economic-rights", label: { en: "Social and economic rights", nl: "Sociale en economische rechten" } },
    ],
  },
  {
    slug: "freedoms",
    label: { en: "Freedoms", nl: "Vrijheidsrechten" },
    rights: [
      { slug: "expression", label: { en: "Freedom of expression", nl: "Vrijheid van meningsuiting" } },
      { slug: "information", label: { en: "Freedom to receive information", nl: "Vrijheid om informatie te ontvangen" } },
      { slug: "religion", label: { en: "Freedom of religion or belief", nl: "Vrijheid van godsdienst en levensovertuiging" } },
      { slug: "demonstration", label: { en: "Freedom to demonstrate", nl: "Demonstratievrijheid" } },
      { slug: "association", label: { en: "Freedom of association and assembly", nl: "Vrijheid van vereniging en vergadering" } },
      { slug: "political-rights", label: { en: "Political rights", nl: "Politieke grondrechten" } },
    ],
  },
  {
    slug: "equality",
    label: { en: "Equality", nl: "Gelijkheidsrechten" },
    rights: [
      { slug: "equality-before-the-law", label: { en: "Equality before the law", nl: "Gelijkheid voor de wet" } },
      {
        slug: "non-discrimination",
        label: { en: "Equal treatment and no direct or indirect discrimination", nl: "Gelijke behandeling en verbod op directe en indirecte discriminatie" },
        alwaysCheck: true,
      },
      { slug: "substantive-equality", label: { en: "Substantive equality", nl: "Materiële gelijkheid" } },
      { slug: "reasonable-accommodation", label: { en: "Reasonable accommodation", nl: "Redelijke aanpassingen" } },
      { slug: "no-discriminatory-profiling", label: { en: "No discriminatory profiling", nl: "Verbod op discriminerende profilering" } },
      { slug: "no-segregation", label: { en: "No segregation", nl: "Verbod op segregatie" } },
    ],
  },
  {
    slug: "procedure",
    label: { en: "Procedure", nl: "Procedurele grondrechten" },
    rights: [
      { slug: "good-administration", label: { en: "Good administration", nl: "Behoorlijk bestuur" }, alwaysCheck: true },
      { slug: "effective-remedy", label: { en: "Effective remedy and access to justice", nl: "Effectief rechtsmiddel en toegang tot de rechter" } },
      { slug: "fair-trial", label: { en: "Independent and impartial court", nl: "Onafhankelijke en onpartijdige rechter" } },
    ],
  },
] as const satisfies readonly {
  slug: string;
  label: Localized;
  rights: readonly { slug: string; label: Localized; alwaysCheck?: true }[];
}[];

export type RightsCluster = (typeof RIGHTS_CLUSTERS)[number];
export type RightsClusterSlug = RightsCluster["slug"];
export type Right = RightsCluster["rights"][number];
export type RightSlug = Right["slug"];

/** Rights that every assessment must look at. */
export const ALWAYS_CHECKED_RIGHTS = ["non-discrimination", "data-protection", "good-administration"] as const satisfies readonly RightSlug[];

/* ---------- EU AI Act Article 27 elements ---------- */

export const ART27_ELEMENTS = [
  {
    id: "a",
    label: { en: "Processes", nl: "Processen" },
    prompt: {
      en: "In which of your processes is the system used, and for what purpose?",
      nl: "In welke van uw processen wordt het systeem gebruikt, en met welk doel?",
    },
  },
  {
    id: "b",
    label: { en: "Period and frequency", nl: "Periode en frequentie" },
    prompt: { en: "For how long, and how often, will the system be used?", nl: "Hoe lang en hoe vaak wordt het systeem gebruikt?" },
  },
  {
    id: "c",
    label: { en: "People affected", nl: "Betrokken personen" },
    prompt: {
      en: "Which groups of people are likely to be affected in this context?",
      nl: "Welke groepen mensen worden in deze context waarschijnlijk geraakt?",
    },
  },
  {
    id: "d",
    label: { en: "Risks of harm", nl: "Risico's op schade" },
    prompt: { en: "What specific risks of harm could these groups face?", nl: "Welke specifieke risico's op schade lopen deze groepen?" },
  },
  {
    id: "e",
    label: { en: "Human oversight", nl: "Menselijk toezicht" },
    prompt: {
      en: "What human oversight measures are in place, following the instructions for use?",
      nl: "Welke maatregelen voor menselijk toezicht zijn er getroffen, volgens de gebruiksaanwijzing?",
    },
  },
  {
    id: "f",
    label: { en: "If risks materialise", nl: "Als risico's zich voordoen" },
    prompt: {
      en: "What will you do if a risk materialises, including how people can complain and how you govern this internally?",
      nl: "Wat doet u als een risico zich voordoet, ook hoe mensen een klacht kunnen indienen en hoe u dit intern regelt?",
    },
  },
] as const satisfies readonly { id: "a" | "b" | "c" | "d" | "e" | "f"; label: Localized; prompt: Localized }[];

export type Art27ElementId = (typeof ART27_ELEMENTS)[number]["id"];

/* ---------- Assessment types (Dutch standard `impacttoetsen_grouping`) ---------- */

export const ASSESSMENT_TYPES = [
  {
    slug: "dpia",
    label: { en: "DPIA", nl: "DPIA" },
    description: { en: "Data protection impact assessment (GDPR art. 35).", nl: "Gegevensbeschermingseffectbeoordeling (AVG art. 35)." },
  },
  {
    slug: "iama_fraia",
    label: { en: "IAMA / FRAIA", nl: "IAMA / FRAIA" },
    description: { en: "Dutch fundamental rights and algorithms impact assessment.", nl: "Impact Assessment Mensenrechten en Algoritmes." },
  },
  {
    slug: "fria",
    label: { en: "FRIA", nl: "FRIA" },
    description: {
      en: "Fundamental rights impact assessment under EU AI Act art. 27.",
      nl: "Beoordeling van de gevolgen voor grondrechten volgens de AI-verordening art. 27.",
    },
  },
  { slug: "deda", label: { en: "DEDA", nl: "DEDA" }, description: { en: "Data ethics decision aid.", nl: "De Ethische Data Assistent." } },
  { slug: "aiia", label: { en: "AIIA", nl: "AIIA" }, description: { en: "AI impact assessment.", nl: "AI Impact Assessment." } },
  {
    slug: "canada_aia",
    label: { en: "Canada AIA", nl: "Canadese AIA" },
    description: {
      en: "Scored algorithmic impact assessment in the style of the Government of Canada.",
      nl: "Impactbeoordeling met scores, naar het voorbeeld van de Canadese overheid.",
    },
  },
  {
    slug: "other",
    label: { en: "Other", nl: "Anders" },
    description: { en: "Another assessment. Describe it in the title.", nl: "Een andere beoordeling. Beschrijf die in de titel." },
  },
] as const satisfies readonly { slug: string; label: Localized; description: Localized }[];

export type AssessmentType = (typeof ASSESSMENT_TYPES)[number]["slug"];

/* ---------- Seriousness of an interference (question 4.3) ---------- */

export const SERIOUSNESS_LEVELS = [
  { slug: "low", label: { en: "Low", nl: "Laag" } },
  { slug: "medium", label: { en: "Medium", nl: "Gemiddeld" } },
  { slug: "high", label: { en: "High", nl: "Hoog" } },
] as const satisfies readonly { slug: string; label: Localized }[];

export type SeriousnessLevel = (typeof SERIOUSNESS_LEVELS)[number]["slug"];

/* ---------- Outcome of a review of an assessment ---------- */

export const REVIEW_OUTCOMES = [
  {
    slug: "adequate",
    label: { en: "Adequate", nl: "Toereikend" },
    description: { en: "The assessment is complete and the conclusions are supported.", nl: "De beoordeling is volledig en de conclusies zijn onderbouwd." },
  },
  {
    slug: "adequate_with_recommendations",
    label: { en: "Adequate, with recommendations", nl: "Toereikend, met aanbevelingen" },
    description: {
      en: "The assessment is acceptable, but some points should be improved.",
      nl: "De beoordeling is aanvaardbaar, maar enkele punten moeten beter.",
    },
  },
  {
    slug: "inadequate",
    label: { en: "Inadequate", nl: "Ontoereikend" },
    description: {
      en: "The assessment has gaps that must be fixed before it can be relied on.",
      nl: "De beoordeling heeft hiaten die eerst moeten worden opgelost voordat erop kan worden vertrouwd.",
    },
  },
] as const satisfies readonly { slug: string; label: Localized; description: Localized }[];

export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number]["slug"];

/* ---------- Texts in a language ---------- */

const ALL_RIGHTS_FLAT = RIGHTS_CLUSTERS.flatMap((c): readonly { slug: string; label: Localized }[] => c.rights);

/** A right of the catalogue named in a language (the slug when unknown). */
export const rightName = (slug: string | null | undefined, language: Language) => labelIn(ALL_RIGHTS_FLAT, slug, language);
export const assessmentTypeLabel = (slug: string | null | undefined, language: Language) => labelIn(ASSESSMENT_TYPES, slug, language);
export const seriousnessLabel = (slug: string | null | undefined, language: Language) => labelIn(SERIOUSNESS_LEVELS, slug, language);
export const reviewOutcomeLabel = (slug: string | null | undefined, language: Language) => labelIn(REVIEW_OUTCOMES, slug, language);

/** A FRAIA part's title in a language (the id when unknown). */
export function fraiaPartTitle(id: string, language: Language): string {
  return FRAIA_PARTS.find((p) => p.id === id)?.title[language] ?? id;
}
