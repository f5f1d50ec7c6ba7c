/**
 * Fundamental Rights and Algorithms Impact Assessment (FRAIA / IAMA, NL).
 * Question ids follow the structure of the original; wording is our own.
 * Also: the rights catalogue, EU AI Act Art. 27 elements and related lists.
 */

export type FraiaPartId = "1" | "2A" | "2B" | "3" | "4";

export const FRAIA_PARTS = [
  {
    id: "1",
    title: "Why: reason, goals and values",
    intro: "Explain why you want to use an algorithm, what it should achieve, and on what legal basis.",
  },
  {
    id: "2A",
    title: "What: the data",
    intro: "Describe the data the algorithm uses, where it comes from, how good it is and how it is protected.",
  },
  {
    id: "2B",
    title: "What: the algorithm",
    intro: "Describe the algorithm itself, who controls it, how well it works and how it can be explained.",
  },
  {
    id: "3",
    title: "How: use in practice",
    intro: "Describe how the output is used in decisions, the role of people, and how the effects are monitored.",
  },
  {
    id: "4",
    title: "Fundamental rights",
    intro: "For each fundamental right that may be affected, work through the steps to decide whether the interference is justified.",
  },
] as const satisfies readonly { id: FraiaPartId; title: string; intro: string }[];

export const FRAIA_QUESTIONS = [
  // Part 1: Why
  {
    id: "1.1",
    part: "1",
    title: "Reason and problem",
    question: "What is the reason for using this algorithm, and what problem should it solve?",
    guidance: "Describe the situation today and what goes wrong or could be better.",
  },
  {
    id: "1.2",
    part: "1",
    title: "Objectives",
    question: "What do you want to achieve with the algorithm?",
    guidance: "Name the main goal and any secondary goals. Make them as concrete and measurable as you can.",
  },
  {
    id: "1.3",
    part: "1",
    title: "Public values",
    question: "Which public values does the algorithm serve, and which could it put at risk?",
    guidance: "Think of fairness, privacy, efficiency, trust, legal certainty and similar values. Say how you weigh them.",
  },
  {
    id: "1.4",
    part: "1",
    title: "Legal basis",
    question: "What is the legal basis for using the algorithm and for the decisions it supports?",
    guidance: "Name the law and article. Link to the official text where possible.",
  },
  {
    id: "1.5",
    part: "1",
    title: "Stakeholders and responsibility",
    question: "Who is involved, who is affected, and who is ultimately responsible?",
    guidance: "List internal and external parties. Name the responsible role, not a person.",
  },

  // Part 2A: What, data
  {
    id: "2A.1",
    part: "2A",
    title: "Type of algorithm",
    question: "What type of algorithm will be used, and what does that mean for the data it needs?",
    guidance:
      "A rule-based system needs case data; a self-learning one also needs training data. Say whether personal, special category or criminal data are involved.",
  },
  {
    id: "2A.2",
    part: "2A",
    title: "Sources and quality",
    question: "Where does the data come from, and is it reliable and fit for this purpose?",
    guidance: "Describe each source, how up to date it is, and known errors or gaps.",
  },
  {
    id: "2A.3",
    part: "2A",
    title: "Bias and representativeness",
    question: "Could the data contain bias, and does it fairly represent the people affected?",
    guidance: "Consider historic bias, missing groups and proxies for protected characteristics.",
  },
  {
    id: "2A.4",
    part: "2A",
    title: "Security and archiving",
    question: "How is the data secured, how long is it kept, and how is it archived or deleted?",
    guidance: "Refer to retention periods and security measures. Mention who has access.",
  },

  // Part 2B: What, algorithm
  {
    id: "2B.1",
    part: "2B",
    title: "Type of algorithm and alternatives",
    question: "What type of algorithm is it, and why was it chosen over alternatives?",
    guidance: "Say whether it is rule-based or self-learning, and which simpler options you considered.",
  },
  {
    id: "2B.2",
    part: "2B",
    title: "Ownership and control",
    question: "If a supplier built it, who owns and controls the algorithm and the data?",
    guidance: "Describe contract terms on ownership, access, changes and ending the contract.",
  },
  {
    id: "2B.3",
    part: "2B",
    title: "Accuracy and testing",
    question: "How accurate is the algorithm, how was it tested, and what errors does it make?",
    guidance: "Give error rates, including for different groups where possible. Say how often you re-test.",
  },
  {
    id: "2B.4",
    part: "2B",
    title: "Transparency and explainability",
    question: "How can the workings and outcomes be explained to each audience?",
    guidance: "Think of staff, the people affected, supervisors and the courts. Each may need a different explanation.",
  },

  // Part 3: How
  {
    id: "3.1",
    part: "3",
    title: "Decisions based on output",
    question: "Which decisions are taken on the basis of the output?",
    guidance: "Say whether the output decides, advises or only selects cases for a closer look.",
  },
  {
    id: "3.2",
    part: "3",
    title: "Human role",
    question: "What role do people play, and can they overrule the algorithm?",
    guidance: "Describe training, time available and how often staff depart from the output.",
  },
  {
    id: "3.3",
    part: "3",
    title: "Effects on people",
    question: "What effects could the use have on people, including discrimination?",
    guidance: "Consider both intended and unintended effects, and groups that may be hit harder.",
  },
  {
    id: "3.4",
    part: "3",
    title: "Procedures and legal protection",
    question: "How can people object, appeal or get a decision corrected?",
    guidance: "Describe the route and whether people can see how the algorithm played a part.",
  },
  {
    id: "3.5",
    part: "3",
    title: "Context and drift",
    question: "How could changes in the context or the data affect how well the algorithm works?",
    guidance: "Describe monitoring for drift and what triggers a review.",
  },
  {
    id: "3.6",
    part: "3",
    title: "Communication",
    question: "How do you tell people about the use of the algorithm?",
    guidance: "Think of letters, websites, this register and answers to questions.",
  },
  {
    id: "3.7",
    part: "3",
    title: "Evaluation, audit and accountability",
    question: "How and when is the use evaluated and audited, and how do you account for it?",
    guidance: "Give review dates, who audits, and where results are reported.",
  },

  // Part 4: Fundamental rights (answered per right)
  {
    id: "4.1",
    part: "4",
    title: "Is the right affected?",
    question: "Does the algorithm or its use affect this fundamental right?",
    guidance: "Equal treatment, data protection and good administration are always checked.",
  },
  {
    id: "4.2",
    part: "4",
    title: "Specific law",
    question: "Is there a specific law that sets rules for interfering with this right?",
    guidance: "If so, check that the use meets those rules.",
  },
  {
    id: "4.3",
    part: "4",
    title: "Seriousness",
    question: "How serious is the interference with this right?",
    guidance: "Rate it low, medium or high, and explain why.",
  },
  {
    id: "4.4",
    part: "4",
    title: "Objectives",
    question: "Which legitimate objectives justify the interference?",
    guidance: "Link back to the objectives in part 1.",
  },
  {
    id: "4.5",
    part: "4",
    title: "Effectiveness",
    question: "Does the algorithm actually help to reach those objectives?",
    guidance: "Support this with test results or evidence.",
  },
  {
    id: "4.6",
    part: "4",
    title: "Necessity and subsidiarity",
    question: "Is the interference necessary, and is there no less intrusive way to reach the objective?",
    guidance: "Describe the less intrusive alternatives you considered and why they were not enough.",
  },
  {
    id: "4.7",
    part: "4",
    title: "Balancing",
    question: "On balance, is the interference proportionate to what it achieves?",
    guidance: "Weigh the benefits against the harm. Note any extra safeguards that tip the balance.",
  },
] as const satisfies readonly {
  id: string;
  part: FraiaPartId;
  title: string;
  question: string;
  guidance: string;
}[];

export type FraiaQuestion = (typeof FRAIA_QUESTIONS)[number];
export type FraiaQuestionId = FraiaQuestion["id"];

/* ---------- Rights catalogue (four clusters) ---------- */

export const RIGHTS_CLUSTERS = [
  {
    slug: "person",
    label: "The person",
    rights: [
      { slug: "identity-and-autonomy", label: "Identity and personal autonomy" },
      { slug: "privacy", label: "Privacy (private life, home and communications)" },
      { slug: "integrity", label: "Physical and mental integrity" },
      { slug: "data-protection", label: "Protection of personal data", alwaysCheck: true },
      { slug: "reputation", label: "Reputation" },
      { slug: "healthy-environment", label: "Healthy living environment" },
      { slug: "social-and-economic-rights", label: "Social and economic rights" },
    ],
  },
  {
    slug: "freedoms",
    label: "Freedoms",
    rights: [
      { slug: "expression", label: "Freedom of expression" },
      { slug: "information", label: "Freedom to receive information" },
      { slug: "religion", label: "Freedom of religion or belief" },
      { slug: "demonstration", label: "Freedom to demonstrate" },
      { slug: "association", label: "Freedom of association and assembly" },
      { slug: "political-rights", label: "Political rights" },
    ],
  },
  {
    slug: "equality",
    label: "Equality",
    rights: [
      { slug: "equality-before-the-law", label: "Equality before the law" },
      { slug: "non-discrimination", label: "Equal treatment and no direct or indirect discrimination", alwaysCheck: true },
      { slug: "substantive-equality", label: "Substantive equality" },
      { slug: "reasonable-accommodation", label: "Reasonable accommodation" },
      { slug: "no-discriminatory-profiling", label: "No discriminatory profiling" },
      { slug: "no-segregation", label: "No segregation" },
    ],
  },
  {
    slug: "procedure",
    label: "Procedure",
    rights: [
      { slug: "good-administration", label: "Good administration", alwaysCheck: true },
      { slug: "effective-remedy", label: "Effective remedy and access to justice" },
      { slug: "fair-trial", label: "Independent and impartial court" },
    ],
  },
] as const satisfies readonly {
  slug: string;
  label: string;
  rights: readonly { slug: string; label: string; alwaysCheck?: true }[];
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
    label: "Processes",
    prompt: "In which of your processes is the system used, and for what purpose?",
  },
  {
    id: "b",
    label: "Period and frequency",
    prompt: "For how long, and how often, will the system be used?",
  },
  {
    id: "c",
    label: "People affected",
    prompt: "Which groups of people are likely to be affected in this context?",
  },
  {
    id: "d",
    label: "Risks of harm",
    prompt: "What specific risks of harm could these groups face?",
  },
  {
    id: "e",
    label: "Human oversight",
    prompt: "What human oversight measures are in place, following the instructions for use?",
  },
  {
    id: "f",
    label: "If risks materialise",
    prompt: "What will you do if a risk materialises, including how people can complain and how you govern this internally?",
  },
] as const satisfies readonly { id: "a" | "b" | "c" | "d" | "e" | "f"; label: string; prompt: string }[];

export type Art27ElementId = (typeof ART27_ELEMENTS)[number]["id"];

/* ---------- Assessment types (Dutch standard `impacttoetsen_grouping`) ---------- */

export const ASSESSMENT_TYPES = [
  { slug: "dpia", label: "DPIA", description: "Data protection impact assessment (GDPR art. 35)." },
  { slug: "iama_fraia", label: "IAMA / FRAIA", description: "Dutch fundamental rights and algorithms impact assessment." },
  { slug: "fria", label: "FRIA", description: "Fundamental rights impact assessment under EU AI Act art. 27." },
  { slug: "deda", label: "DEDA", description: "Data ethics decision aid." },
  { slug: "aiia", label: "AIIA", description: "AI impact assessment." },
  { slug: "canada_aia", label: "Canada AIA", description: "Scored algorithmic impact assessment in the style of the Government of Canada." },
  { slug: "other", label: "Other", description: "Another assessment. Describe it in the title." },
] as const;

export type AssessmentType = (typeof ASSESSMENT_TYPES)[number]["slug"];

/* ---------- Seriousness of an interference (question 4.3) ---------- */

export const SERIOUSNESS_LEVELS = [
  { slug: "low", label: "Low" },
  { slug: "medium", label: "Medium" },
  { slug: "high", label: "High" },
] as const;

export type SeriousnessLevel = (typeof SERIOUSNESS_LEVELS)[number]["slug"];

/* ---------- Outcome of a review of an assessment ---------- */

export const REVIEW_OUTCOMES = [
  { slug: "adequate", label: "Adequate", description: "The assessment is complete and the conclusions are supported." },
  {
    slug: "adequate_with_recommendations",
    label: "Adequate, with recommendations",
    description: "The assessment is acceptable, but some points should be improved.",
  },
  { slug: "inadequate", label: "Inadequate", description: "The assessment has gaps that must be fixed before it can be relied on." },
] as const;

export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number]["slug"];
