/**
 * Optional scored impact assessment in the style of the Government of
 * Canada's Algorithmic Impact Assessment (AIA). The questions are our own,
 * shorter set; the scoring rules follow the reference:
 *  - each risk answer has a weight; the raw score is the sum;
 *  - mitigation answers are scored separately; if the mitigation score
 *    reaches MITIGATION_THRESHOLD of its maximum, the raw score is reduced
 *    by MITIGATION_REDUCTION;
 *  - the level follows from score / maximum risk score and LEVEL_BANDS.
 */
import type { Language, Localized, LocalizedList } from "./localized";

export type AiaOption = { readonly value: string; readonly label: Localized; readonly weight: number };
export type AiaQuestion = {
  readonly id: string;
  readonly question: Localized;
  readonly options: readonly AiaOption[];
};

const YES_NO = (yes: number, no = 0) =>
  [
    { value: "yes", label: { en: "Yes", nl: "Ja" }, weight: yes },
    { value: "no", label: { en: "No", nl: "Nee" }, weight: no },
  ] as const;

export const AIA_RISK_QUESTIONS = [
  {
    id: "risk_decision_role",
    question: { en: "What does the system do in the decision?", nl: "Wat doet het systeem bij het besluit?" },
    options: [
      { value: "information", label: { en: "Only gives background information to staff", nl: "Geeft medewerkers alleen achtergrondinformatie" }, weight: 0 },
      {
        value: "selects",
        label: { en: "Selects or ranks cases for a person to look at", nl: "Selecteert of rangschikt zaken die een mens bekijkt" },
        weight: 2,
      },
      { value: "recommends", label: { en: "Recommends a decision that a person confirms", nl: "Adviseert een besluit dat een mens bevestigt" }, weight: 3 },
      {
        value: "decides",
        label: { en: "Makes the decision without a person checking each case", nl: "Neemt het besluit zonder dat een mens elke zaak controleert" },
        weight: 4,
      },
    ],
  },
  {
    id: "risk_reversibility",
    question: { en: "How easy is it to reverse the effects of a decision?", nl: "Hoe makkelijk zijn de gevolgen van een besluit terug te draaien?" },
    options: [
      { value: "reversible", label: { en: "Easy to reverse, with no lasting effect", nl: "Makkelijk terug te draaien, zonder blijvend effect" }, weight: 0 },
      { value: "likely_reversible", label: { en: "Can usually be reversed", nl: "Meestal terug te draaien" }, weight: 1 },
      { value: "hard", label: { en: "Hard to reverse", nl: "Moeilijk terug te draaien" }, weight: 3 },
      { value: "irreversible", label: { en: "Cannot be reversed", nl: "Niet terug te draaien" }, weight: 4 },
    ],
  },
  {
    id: "risk_duration",
    question: { en: "How long do the effects on a person last?", nl: "Hoe lang duren de gevolgen voor iemand?" },
    options: [
      { value: "brief", label: { en: "Days or less", nl: "Dagen of korter" }, weight: 0 },
      { value: "short", label: { en: "Weeks to months", nl: "Weken tot maanden" }, weight: 1 },
      { value: "long", label: { en: "Years", nl: "Jaren" }, weight: 3 },
      { value: "permanent", label: { en: "Permanent", nl: "Blijvend" }, weight: 4 },
    ],
  },
  {
    id: "risk_rights",
    question: {
      en: "How much could the decision affect someone’s rights or freedoms?",
      nl: "Hoeveel invloed kan het besluit hebben op iemands rechten of vrijheden?",
    },
    options: [
      { value: "none", label: { en: "Not at all", nl: "Helemaal niet" }, weight: 0 },
      { value: "little", label: { en: "A little", nl: "Een beetje" }, weight: 1 },
      { value: "moderate", label: { en: "Noticeably", nl: "Merkbaar" }, weight: 2 },
      { value: "high", label: { en: "Seriously", nl: "Ernstig" }, weight: 4 },
    ],
  },
  {
    id: "risk_economic",
    question: {
      en: "How much could the decision affect someone’s income, money or livelihood?",
      nl: "Hoeveel invloed kan het besluit hebben op iemands inkomen, geld of bestaanszekerheid?",
    },
    options: [
      { value: "none", label: { en: "Not at all", nl: "Helemaal niet" }, weight: 0 },
      { value: "little", label: { en: "A little", nl: "Een beetje" }, weight: 1 },
      { value: "moderate", label: { en: "Noticeably", nl: "Merkbaar" }, weight: 2 },
      { value: "high", label: { en: "Seriously", nl: "Ernstig" }, weight: 4 },
    ],
  },
  {
    id: "risk_health",
    question: {
      en: "How much could the decision affect someone’s health or safety?",
      nl: "Hoeveel invloed kan het besluit hebben op iemands gezondheid of veiligheid?",
    },
    options: [
      { value: "none", label: { en: "Not at all", nl: "Helemaal niet" }, weight: 0 },
      { value: "little", label: { en: "A little", nl: "Een beetje" }, weight: 1 },
      { value: "moderate", label: { en: "Noticeably", nl: "Merkbaar" }, weight: 2 },
      { value: "high", label: { en: "Seriously", nl: "Ernstig" }, weight: 4 },
    ],
  },
  {
    id: "risk_vulnerable",
    question: {
      en: "Are the people affected often in a vulnerable position (for example children, people in debt, or people with a disability)?",
      nl: "Zijn de betrokkenen vaak kwetsbaar (bijvoorbeeld kinderen, mensen met schulden of mensen met een beperking)?",
    },
    options: YES_NO(3),
  },
  {
    id: "risk_scale",
    question: { en: "How many decisions does the system support each year?", nl: "Bij hoeveel besluiten per jaar ondersteunt het systeem?" },
    options: [
      { value: "under_1k", label: { en: "Fewer than 1,000", nl: "Minder dan 1.000" }, weight: 0 },
      { value: "1k_100k", label: { en: "1,000 to 100,000", nl: "1.000 tot 100.000" }, weight: 1 },
      { value: "100k_1m", label: { en: "100,000 to 1 million", nl: "100.000 tot 1 miljoen" }, weight: 2 },
      { value: "over_1m", label: { en: "More than 1 million", nl: "Meer dan 1 miljoen" }, weight: 3 },
    ],
  },
  {
    id: "risk_personal_data",
    question: { en: "What personal data does the system use?", nl: "Welke persoonsgegevens gebruikt het systeem?" },
    options: [
      { value: "none", label: { en: "None", nl: "Geen" }, weight: 0 },
      { value: "pseudonymised", label: { en: "Pseudonymised data only", nl: "Alleen gepseudonimiseerde gegevens" }, weight: 1 },
      { value: "identifiable", label: { en: "Identifiable personal data", nl: "Herleidbare persoonsgegevens" }, weight: 2 },
      { value: "special", label: { en: "Special category or criminal data", nl: "Bijzondere of strafrechtelijke persoonsgegevens" }, weight: 4 },
    ],
  },
  {
    id: "risk_self_learning",
    question: {
      en: "Does the system learn from data, so that its logic is not fully written down by people?",
      nl: "Leert het systeem van data, zodat de logica niet helemaal door mensen is opgeschreven?",
    },
    options: YES_NO(2),
  },
  {
    id: "risk_explainability",
    question: {
      en: "Can you explain to a person why the system gave a particular output for them?",
      nl: "Kunt u iemand uitleggen waarom het systeem voor hem of haar een bepaalde uitkomst gaf?",
    },
    options: [
      { value: "fully", label: { en: "Yes, fully", nl: "Ja, helemaal" }, weight: 0 },
      { value: "partly", label: { en: "Partly", nl: "Gedeeltelijk" }, weight: 2 },
      { value: "no", label: { en: "No", nl: "Nee" }, weight: 3 },
    ],
  },
  {
    id: "risk_novelty",
    question: {
      en: "Is this the first time your organisation uses this kind of system for this task?",
      nl: "Gebruikt uw organisatie zo'n systeem voor het eerst voor deze taak?",
    },
    options: YES_NO(1),
  },
] as const satisfies readonly AiaQuestion[];

export const AIA_MITIGATION_QUESTIONS = [
  {
    id: "mit_bias_testing",
    question: {
      en: "Have you tested the output for differences between groups of people?",
      nl: "Hebt u de uitkomsten getest op verschillen tussen groepen mensen?",
    },
    options: [
      { value: "no", label: { en: "No", nl: "Nee" }, weight: 0 },
      { value: "once", label: { en: "Once, before use", nl: "Eén keer, voor het gebruik" }, weight: 1 },
      { value: "regular", label: { en: "Yes, and we repeat it regularly", nl: "Ja, en we herhalen dat regelmatig" }, weight: 2 },
    ],
  },
  {
    id: "mit_human_review",
    question: {
      en: "Does a trained person check every output before it affects someone?",
      nl: "Controleert een opgeleide medewerker elke uitkomst voordat die gevolgen heeft voor iemand?",
    },
    options: YES_NO(2),
  },
  {
    id: "mit_appeal",
    question: {
      en: "Can people object to or appeal a decision, and are they told how?",
      nl: "Kunnen mensen bezwaar maken of in beroep gaan tegen een besluit, en horen ze hoe dat moet?",
    },
    options: YES_NO(2),
  },
  {
    id: "mit_peer_review",
    question: { en: "Has someone outside the project team reviewed the system?", nl: "Heeft iemand buiten het projectteam het systeem beoordeeld?" },
    options: [
      { value: "no", label: { en: "No", nl: "Nee" }, weight: 0 },
      { value: "internal", label: { en: "Yes, from elsewhere in our organisation", nl: "Ja, iemand van elders in onze organisatie" }, weight: 1 },
      { value: "external", label: { en: "Yes, an independent outside reviewer", nl: "Ja, een onafhankelijke externe beoordelaar" }, weight: 2 },
    ],
  },
  {
    id: "mit_monitoring",
    question: {
      en: "Do you monitor accuracy and drift during use, with a clear point at which you stop or fix the system?",
      nl: "Volgt u tijdens het gebruik de nauwkeurigheid en veranderingen in de werking (drift), met een duidelijk punt waarop u het systeem stopt of herstelt?",
    },
    options: YES_NO(2),
  },
  {
    id: "mit_data_minimisation",
    question: {
      en: "Have you removed data the system does not need, and limited who can see the rest?",
      nl: "Hebt u gegevens verwijderd die het systeem niet nodig heeft, en beperkt wie de rest kan zien?",
    },
    options: YES_NO(1),
  },
] as const satisfies readonly AiaQuestion[];

export type AiaRiskQuestionId = (typeof AIA_RISK_QUESTIONS)[number]["id"];
export type AiaMitigationQuestionId = (typeof AIA_MITIGATION_QUESTIONS)[number]["id"];
export type AiaQuestionId = AiaRiskQuestionId | AiaMitigationQuestionId;

/** Share of the maximum mitigation score needed to earn the reduction. */
export const MITIGATION_THRESHOLD = 0.8;
/** Reduction applied to the raw risk score when the threshold is met. */
export const MITIGATION_REDUCTION = 0.15;
/** Upper bounds (as a share of the maximum risk score) for levels I, II and III. Above the last is level IV. */
export const LEVEL_BANDS = [0.25, 0.5, 0.75] as const;

export type AiaLevel = "I" | "II" | "III" | "IV";

export const AIA_LEVELS = [
  {
    level: "I",
    label: { en: "Level I: little to no impact", nl: "Niveau I: weinig tot geen impact" },
    summary: { en: "Effects are small, short and easy to reverse.", nl: "De gevolgen zijn klein, kort en makkelijk terug te draaien." },
    requires: {
      en: [
        "A plain-language notice that an algorithm is used.",
        "Basic testing before use.",
        "No peer review or human final decision is required.",
        "Approval by the responsible manager.",
      ],
      nl: [
        "Een begrijpelijke melding dat er een algoritme wordt gebruikt.",
        "Eenvoudige tests voor het gebruik.",
        "Geen collegiale toetsing of menselijk eindbesluit nodig.",
        "Goedkeuring door de verantwoordelijke leidinggevende.",
      ],
    },
    peerReview: "none",
    humanFinalDecision: false,
  },
  {
    level: "II",
    label: { en: "Level II: moderate impact", nl: "Niveau II: gemiddelde impact" },
    summary: {
      en: "Effects are noticeable but usually reversible and short to medium term.",
      nl: "De gevolgen zijn merkbaar, maar meestal terug te draaien en van korte tot middellange duur.",
    },
    requires: {
      en: [
        "A plain-language notice and an explanation on request.",
        "Testing for unintended bias before use.",
        "A review by at least one qualified expert.",
        "Approval by the responsible manager.",
      ],
      nl: [
        "Een begrijpelijke melding en op verzoek een uitleg.",
        "Tests op onbedoelde bias voor het gebruik.",
        "Een beoordeling door ten minste één gekwalificeerde deskundige.",
        "Goedkeuring door de verantwoordelijke leidinggevende.",
      ],
    },
    peerReview: "one",
    humanFinalDecision: false,
  },
  {
    level: "III",
    label: { en: "Level III: high impact", nl: "Niveau III: hoge impact" },
    summary: { en: "Effects are hard to reverse or long-lasting.", nl: "De gevolgen zijn moeilijk terug te draaien of langdurig." },
    requires: {
      en: [
        "A plain-language notice and a meaningful explanation with every decision.",
        "A review by at least two qualified experts.",
        "A person makes the final decision.",
        "Approval by a senior executive.",
      ],
      nl: [
        "Een begrijpelijke melding en bij elk besluit een betekenisvolle uitleg.",
        "Een beoordeling door ten minste twee gekwalificeerde deskundigen.",
        "Een mens neemt het eindbesluit.",
        "Goedkeuring door een hoger leidinggevende.",
      ],
    },
    peerReview: "two",
    humanFinalDecision: true,
  },
  {
    level: "IV",
    label: { en: "Level IV: very high impact", nl: "Niveau IV: zeer hoge impact" },
    summary: { en: "Effects are irreversible, permanent or very serious.", nl: "De gevolgen zijn onomkeerbaar, blijvend of zeer ernstig." },
    requires: {
      en: [
        "A plain-language notice and a meaningful explanation with every decision.",
        "At least two independent expert reviews, published where possible.",
        "A person makes the final decision.",
        "Approval by the head of the organisation.",
      ],
      nl: [
        "Een begrijpelijke melding en bij elk besluit een betekenisvolle uitleg.",
        "Ten minste twee onafhankelijke beoordelingen door deskundigen, waar mogelijk gepubliceerd.",
        "Een mens neemt het eindbesluit.",
        "Goedkeuring door het hoofd van de organisatie.",
      ],
    },
    peerReview: "two_independent",
    humanFinalDecision: true,
  },
] as const satisfies readonly {
  level: AiaLevel;
  label: Localized;
  summary: Localized;
  requires: LocalizedList;
  peerReview: "none" | "one" | "two" | "two_independent";
  humanFinalDecision: boolean;
}[];

/* ---------- Pure helpers (no side effects) ---------- */

function maxOf(questions: readonly AiaQuestion[]): number {
  return questions.reduce((sum, q) => sum + Math.max(...q.options.map((o) => o.weight)), 0);
}

export const AIA_RISK_MAX = maxOf(AIA_RISK_QUESTIONS);
export const AIA_MITIGATION_MAX = maxOf(AIA_MITIGATION_QUESTIONS);

export type AiaAnswers = Partial<Record<AiaQuestionId, string>>;

export type AiaResult = {
  rawScore: number;
  mitigationScore: number;
  mitigationApplied: boolean;
  score: number;
  share: number;
  level: AiaLevel;
};

function sumAnswers(questions: readonly AiaQuestion[], answers: AiaAnswers): number {
  return questions.reduce((sum, q) => {
    const chosen = (answers as Record<string, string | undefined>)[q.id];
    const opt = q.options.find((o) => o.value === chosen);
    return sum + (opt ? opt.weight : 0);
  }, 0);
}

// Scores are small integers and the shares are compared with decimal fractions such as 0.8 × 11;
// the tolerance keeps a score that is exactly on a boundary on the boundary's side.
const EPSILON = 1e-9;

/** Level for a score out of a maximum: at most 25% → I, 50% → II, 75% → III, else IV. */
export function levelFor(score: number, max: number): AiaLevel {
  const share = max > 0 ? score / max : 0;
  if (share <= LEVEL_BANDS[0] + EPSILON) return "I";
  if (share <= LEVEL_BANDS[1] + EPSILON) return "II";
  if (share <= LEVEL_BANDS[2] + EPSILON) return "III";
  return "IV";
}

/** Whether mitigation reaches MITIGATION_THRESHOLD (80%) of its maximum. */
export function mitigationReached(mitigationScore: number, mitigationMax: number): boolean {
  return mitigationMax > 0 && mitigationScore >= MITIGATION_THRESHOLD * mitigationMax - EPSILON;
}

export type AiaQuestionnaire = { risk: readonly AiaQuestion[]; mitigation: readonly AiaQuestion[] };

/**
 * Score a set of answers. Unanswered questions count as 0. The questionnaire can be swapped
 * (tests use one with round maxima to hit the boundaries exactly).
 */
export function scoreAia(
  answers: AiaAnswers | Record<string, string | undefined>,
  questionnaire: AiaQuestionnaire = { risk: AIA_RISK_QUESTIONS, mitigation: AIA_MITIGATION_QUESTIONS },
): AiaResult {
  const riskMax = maxOf(questionnaire.risk);
  const mitigationMax = maxOf(questionnaire.mitigation);
  const rawScore = sumAnswers(questionnaire.risk, answers);
  const mitigationScore = sumAnswers(questionnaire.mitigation, answers);
  const mitigationApplied = mitigationReached(mitigationScore, mitigationMax);
  const score = mitigationApplied ? rawScore * (1 - MITIGATION_REDUCTION) : rawScore;
  const share = riskMax > 0 ? score / riskMax : 0;
  return { rawScore, mitigationScore, mitigationApplied, score, share, level: levelFor(score, riskMax) };
}

export const AIA_LEVEL_NUMBERS: Record<AiaLevel, number> = { I: 1, II: 2, III: 3, IV: 4 };
export const AIA_LEVEL_BY_NUMBER: Record<number, AiaLevel | undefined> = { 1: "I", 2: "II", 3: "III", 4: "IV" };

/** An impact level's name in a language, such as "Level II: moderate impact". */
export function aiaLevelLabel(level: AiaLevel, language: Language): string {
  return AIA_LEVELS.find((l) => l.level === level)?.label[language] ?? level;
}
