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

export type AiaOption = { readonly value: string; readonly label: string; readonly weight: number };
export type AiaQuestion = {
  readonly id: string;
  readonly question: string;
  readonly options: readonly AiaOption[];
};

const YES_NO = (yes: number, no = 0) =>
  [
    { value: "yes", label: "Yes", weight: yes },
    { value: "no", label: "No", weight: no },
  ] as const;

export const AIA_RISK_QUESTIONS = [
  {
    id: "risk_decision_role",
    question: "What does the system do in the decision?",
    options: [
      { value: "information", label: "Only gives background information to staff", weight: 0 },
      { value: "selects", label: "Selects or ranks cases for a person to look at", weight: 2 },
      { value: "recommends", label: "Recommends a decision that a person confirms", weight: 3 },
      { value: "decides", label: "Makes the decision without a person checking each case", weight: 4 },
    ],
  },
  {
    id: "risk_reversibility",
    question: "How easy is it to reverse the effects of a decision?",
    options: [
      { value: "reversible", label: "Easy to reverse, with no lasting effect", weight: 0 },
      { value: "likely_reversible", label: "Can usually be reversed", weight: 1 },
      { value: "hard", label: "Hard to reverse", weight: 3 },
      { value: "irreversible", label: "Cannot be reversed", weight: 4 },
    ],
  },
  {
    id: "risk_duration",
    question: "How long do the effects on a person last?",
    options: [
      { value: "brief", label: "Days or less", weight: 0 },
      { value: "short", label: "Weeks to months", weight: 1 },
      { value: "long", label: "Years", weight: 3 },
      { value: "permanent", label: "Permanent", weight: 4 },
    ],
  },
  {
    id: "risk_rights",
    question: "How much could the decision affect someone’s rights or freedoms?",
    options: [
      { value: "none", label: "Not at all", weight: 0 },
      { value: "little", label: "A little", weight: 1 },
      { value: "moderate", label: "Noticeably", weight: 2 },
      { value: "high", label: "Seriously", weight: 4 },
    ],
  },
  {
    id: "risk_economic",
    question: "How much could the decision affect someone’s income, money or livelihood?",
    options: [
      { value: "none", label: "Not at all", weight: 0 },
      { value: "little", label: "A little", weight: 1 },
      { value: "moderate", label: "Noticeably", weight: 2 },
      { value: "high", label: "Seriously", weight: 4 },
    ],
  },
  {
    id: "risk_health",
    question: "How much could the decision affect someone’s health or safety?",
    options: [
      { value: "none", label: "Not at all", weight: 0 },
      { value: "little", label: "A little", weight: 1 },
      { value: "moderate", label: "Noticeably", weight: 2 },
      { value: "high", label: "Seriously", weight: 4 },
    ],
  },
  {
    id: "risk_vulnerable",
    question: "Are the people affected often in a vulnerable position (for example children, people in debt, or people with a disability)?",
    options: YES_NO(3),
  },
  {
    id: "risk_scale",
    question: "How many decisions does the system support each year?",
    options: [
      { value: "under_1k", label: "Fewer than 1,000", weight: 0 },
      { value: "1k_100k", label: "1,000 to 100,000", weight: 1 },
      { value: "100k_1m", label: "100,000 to 1 million", weight: 2 },
      { value: "over_1m", label: "More than 1 million", weight: 3 },
    ],
  },
  {
    id: "risk_personal_data",
    question: "What personal data does the system use?",
    options: [
      { value: "none", label: "None", weight: 0 },
      { value: "pseudonymised", label: "Pseudonymised data only", weight: 1 },
      { value: "identifiable", label: "Identifiable personal data", weight: 2 },
      { value: "special", label: "Special category or criminal data", weight: 4 },
    ],
  },
  {
    id: "risk_self_learning",
    question: "Does the system learn from data, so that its logic is not fully written down by people?",
    options: YES_NO(2),
  },
  {
    id: "risk_explainability",
    question: "Can you explain to a person why the system gave a particular output for them?",
    options: [
      { value: "fully", label: "Yes, fully", weight: 0 },
      { value: "partly", label: "Partly", weight: 2 },
      { value: "no", label: "No", weight: 3 },
    ],
  },
  {
    id: "risk_novelty",
    question: "Is this the first time your organisation uses this kind of system for this task?",
    options: YES_NO(1),
  },
] as const satisfies readonly AiaQuestion[];

export const AIA_MITIGATION_QUESTIONS = [
  {
    id: "mit_bias_testing",
    question: "Have you tested the output for differences between groups of people?",
    options: [
      { value: "no", label: "No", weight: 0 },
      { value: "once", label: "Once, before use", weight: 1 },
      { value: "regular", label: "Yes, and we repeat it regularly", weight: 2 },
    ],
  },
  {
    id: "mit_human_review",
    question: "Does a trained person check every output before it affects someone?",
    options: YES_NO(2),
  },
  {
    id: "mit_appeal",
    question: "Can people object to or appeal a decision, and are they told how?",
    options: YES_NO(2),
  },
  {
    id: "mit_peer_review",
    question: "Has someone outside the project team reviewed the system?",
    options: [
      { value: "no", label: "No", weight: 0 },
      { value: "internal", label: "Yes, from elsewhere in our organisation", weight: 1 },
      { value: "external", label: "Yes, an independent outside reviewer", weight: 2 },
    ],
  },
  {
    id: "mit_monitoring",
    question: "Do you monitor accuracy and drift during use, with a clear point at which you stop or fix the system?",
    options: YES_NO(2),
  },
  {
    id: "mit_data_minimisation",
    question: "Have you removed data the system does not need, and limited who can see the rest?",
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
    label: "Level I: little to no impact",
    summary: "Effects are small, short and easy to reverse.",
    requires: [
      "A plain-language notice that an algorithm is used.",
      "Basic testing before use.",
      "No peer review or human final decision is required.",
      "Approval by the responsible manager.",
    ],
    peerReview: "none",
    humanFinalDecision: false,
  },
  {
    level: "II",
    label: "Level II: moderate impact",
    summary: "Effects are noticeable but usually reversible and short to medium term.",
    requires: [
      "A plain-language notice and an explanation on request.",
      "Testing for unintended bias before use.",
      "A review by at least one qualified expert.",
      "Approval by the responsible manager.",
    ],
    peerReview: "one",
    humanFinalDecision: false,
  },
  {
    level: "III",
    label: "Level III: high impact",
    summary: "Effects are hard to reverse or long-lasting.",
    requires: [
      "A plain-language notice and a meaningful explanation with every decision.",
      "A review by at least two qualified experts.",
      "A person makes the final decision.",
      "Approval by a senior executive.",
    ],
    peerReview: "two",
    humanFinalDecision: true,
  },
  {
    level: "IV",
    label: "Level IV: very high impact",
    summary: "Effects are irreversible, permanent or very serious.",
    requires: [
      "A plain-language notice and a meaningful explanation with every decision.",
      "At least two independent expert reviews, published where possible.",
      "A person makes the final decision.",
      "Approval by the head of the organisation.",
    ],
    peerReview: "two_independent",
    humanFinalDecision: true,
  },
] as const satisfies readonly {
  level: AiaLevel;
  label: string;
  summary: string;
  requires: readonly string[];
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
