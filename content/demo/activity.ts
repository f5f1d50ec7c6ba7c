/**
 * Demo activity: impact assessments and public feedback on the demo entries (made-up content).
 * app/demo/seed-activity.server.ts files them through the real assessment and feedback functions.
 * Entries are named exactly as in content/demo/entries.ts and must be published there.
 */
import type { DemoOrgSlug } from "./entries";

/* ---------- Impact assessments ---------- */

export type DemoRight = {
  right: string;
  affected: boolean;
  seriousness?: "low" | "medium" | "high";
  legalBasis?: string;
  mitigations?: string;
};

/** How far a demo assessment goes through review; days are counted back from the day of seeding. */
export type DemoAssessmentFlow =
  | { to: "draft" }
  | { to: "submitted"; submittedDaysAgo: number }
  | { to: "changes_requested"; submittedDaysAgo: number; requestedDaysAgo: number; request: string; questionComment: { questionId: string; body: string } }
  | {
      to: "concluded";
      submittedDaysAgo: number;
      concludedDaysAgo: number;
      outcome: "adequate" | "adequate_with_recommendations" | "inadequate";
      publicSummary: string;
      /** A round of changes first: the reviewer's request and the editor's reply. */
      changesRound?: { requestedDaysAgo: number; resubmittedDaysAgo: number; request: string; reply: string };
      /** Review date relative to today (negative: already overdue). */
      reviewDueInDays?: number;
    };

export type DemoAssessment = {
  org: DemoOrgSlug;
  entry: string;
  /** Specific answers; questions not listed get a short generic answer. */
  answers: Record<string, string>;
  withheld?: { questionId: string; reason: string; legalGround: string };
  rights: DemoRight[];
  dpia?: { summary: string; link: string; date: string };
  noneExplanation?: string;
  flow: DemoAssessmentFlow;
};

export const DEMO_ASSESSMENTS: readonly DemoAssessment[] = [
  {
    org: "dienst-uitkeringen",
    entry: "Flag benefit applications that need an extra check",
    answers: {
      "1.1": "Case officers could not check every application in depth. Errors and fraud were found late, and people then had to pay back large amounts.",
      "1.2": "Find the applications most likely to contain mistakes, so they are checked before the first payment. Goal: halve repayments within two years.",
      "1.4": "Participation Act, article 53a (duty to verify), and the General Administrative Law Act for the decisions.",
      "2A.1": "A statistical model trained on checked applications from 2021 to 2024. It uses personal data, no special categories.",
      "2A.3":
        "Older applications over-represent some neighbourhoods. Postcode and nationality were removed as inputs; we test outcomes per age group and household type.",
      "2B.3": "Precision 61% and recall 54% on a test set of 8,000 applications; results per group are in the internal test report.",
      "3.2":
        "The model only selects. A case officer checks every selected application and decides; officers disagree with the selection in about 30% of cases.",
    },
    withheld: {
      questionId: "2B.3",
      reason: "The detailed error rates per indicator would show how to avoid being selected.",
      legalGround: "Open Government Act (Woo) article 5.1(2)(d): inspection and supervision by public bodies.",
    },
    rights: [
      {
        right: "non-discrimination",
        affected: true,
        seriousness: "high",
        legalBasis: "Participation Act art. 53a; General Equal Treatment Act.",
        mitigations: "No postcode or nationality as input; quarterly bias test per group by an independent team.",
      },
      {
        right: "data-protection",
        affected: true,
        seriousness: "medium",
        legalBasis: "GDPR art. 6(1)(e) with Participation Act art. 64.",
        mitigations: "Data minimised to 14 fields; selection data deleted after one year.",
      },
      {
        right: "good-administration",
        affected: true,
        seriousness: "medium",
        legalBasis: "General Administrative Law Act, section 3:2 and 3:46.",
        mitigations: "Every applicant is told that an extra check was done and why.",
      },
      { right: "privacy", affected: false },
    ],
    dpia: {
      summary: "DPIA completed; residual risk medium after removing postcode data.",
      link: "https://www.uitkeringen.example/dpia/extra-check",
      date: "2024-11-04",
    },
    flow: {
      to: "concluded",
      submittedDaysAgo: 130,
      concludedDaysAgo: 80,
      outcome: "adequate_with_recommendations",
      publicSummary:
        "The assessment is thorough and the agency removed inputs that could act as a proxy for origin. We recommend publishing the yearly bias test and re-testing after every model update.",
      changesRound: {
        requestedDaysAgo: 115,
        resubmittedDaysAgo: 95,
        request: "Question 2A.3: please say how you test for bias per group, and how often.",
        reply: "We added the quarterly test per age group and household type, done by the data quality team.",
      },
    },
  },
  {
    org: "gemeente-lindewaard",
    entry: "Scan parked cars to check parking payments",
    answers: {
      "1.1": "Checking parking payments on foot was slow, and half of the streets were hardly ever checked.",
      "1.2": "Check every paid parking zone at least twice a day with one scan car.",
      "1.4": "Municipalities Act article 225 (parking charges) and the local parking regulation 2023.",
      "2A.1": "Number plates read by cameras on the scan car, compared with the national parking register. Rule-based, no learning.",
      "2A.4": "Images of cars that have paid are deleted within 24 hours; other images after the fine is final.",
      "3.2": "An enforcement officer looks at the images of every car without payment before a fine is sent.",
    },
    rights: [
      { right: "non-discrimination", affected: false },
      {
        right: "data-protection",
        affected: true,
        seriousness: "low",
        legalBasis: "GDPR art. 6(1)(e) with Municipalities Act art. 225.",
        mitigations: "Faces and passers-by are blurred; short retention.",
      },
      {
        right: "good-administration",
        affected: true,
        seriousness: "low",
        legalBasis: "General Administrative Law Act, section 3:2.",
        mitigations: "A person checks every case; objection form online.",
      },
    ],
    dpia: {
      summary: "DPIA for the scan cars; risks low after blurring and short retention.",
      link: "https://www.lindewaard.example/dpia/scan-car",
      date: "2023-03-20",
    },
    flow: {
      to: "concluded",
      submittedDaysAgo: 210,
      concludedDaysAgo: 190,
      outcome: "adequate",
      publicSummary:
        "A clear, proportionate assessment. The interference with privacy is limited by blurring and short retention, and every fine is checked by a person.",
    },
  },
  {
    org: "gemeente-oosterhaven",
    entry: "Allocate secondary school places by preference and lottery",
    answers: {
      "1.1": "Popular schools had more applicants than places, and parents found the old allocation hard to follow.",
      "1.2": "Allocate places in a way every family can check, giving as many pupils as possible their first choice.",
      "2A.1": "A matching algorithm (deferred acceptance) with a random lottery number per pupil. Rule-based.",
      "3.6": "Every family gets a letter explaining the ranking, the lottery number and how to object.",
    },
    rights: [
      {
        right: "non-discrimination",
        affected: true,
        seriousness: "low",
        legalBasis: "Primary and Secondary Education Acts; municipal allocation rules.",
        mitigations: "Same rules for every pupil; siblings rule published in advance.",
      },
      {
        right: "data-protection",
        affected: true,
        seriousness: "low",
        legalBasis: "GDPR art. 6(1)(e).",
        mitigations: "Only name, address and preferences; deleted after the school year starts.",
      },
      { right: "good-administration", affected: false },
    ],
    noneExplanation: "A DPIA screening found no high risk: only the data parents give themselves is used.",
    flow: {
      to: "concluded",
      submittedDaysAgo: 420,
      concludedDaysAgo: 400,
      outcome: "adequate_with_recommendations",
      publicSummary:
        "The lottery is transparent and explained well to families. We recommend an independent check of the lottery software before the next round.",
      reviewDueInDays: -14,
    },
  },
  {
    org: "dienst-uitkeringen",
    entry: "Estimate how much support a job seeker needs",
    answers: {
      "1.1": "Advisers spent the first meeting collecting facts that are already known, leaving little time for the person.",
      "2A.1": "A self-learning model trained on anonymised records of job seekers from 2019 to 2023.",
      "3.2": "The adviser sees the estimate as advice and chooses the support together with the job seeker.",
    },
    rights: [
      { right: "non-discrimination", affected: true, seriousness: "medium", legalBasis: "Work and Income Act art. 30a.", mitigations: "Group tests planned." },
      { right: "data-protection", affected: true, seriousness: "medium", legalBasis: "GDPR art. 6(1)(e).", mitigations: "Pseudonymised training data." },
      {
        right: "good-administration",
        affected: true,
        seriousness: "low",
        legalBasis: "General Administrative Law Act, section 3:2.",
        mitigations: "The adviser decides.",
      },
    ],
    dpia: { summary: "DPIA completed in 2024.", link: "https://www.uitkeringen.example/dpia/support-estimate", date: "2024-06-12" },
    flow: {
      to: "changes_requested",
      submittedDaysAgo: 21,
      requestedDaysAgo: 12,
      request:
        'The group tests are only "planned". Please describe the results of a first test before we can conclude, and explain how advisers can overrule the estimate.',
      questionComment: {
        questionId: "2A.3",
        body: "Age and length of unemployment are strongly related. How do you make sure older job seekers are not offered less support?",
      },
    },
  },
  {
    org: "ministerie-burgerzaken",
    entry: "Answer and translate questions in the government chatbot",
    answers: {
      "1.1": "The contact centre cannot answer questions in every language, and waiting times were long.",
      "2A.1": "A language model with a fixed set of approved answers; questions are translated, answers come only from the approved set.",
      "3.2": "When the chatbot is not sure, the conversation is handed over to a staff member.",
    },
    rights: [
      {
        right: "non-discrimination",
        affected: true,
        seriousness: "low",
        legalBasis: "General Administrative Law Act, section 2:1.",
        mitigations: "Tested in the 12 most used languages.",
      },
      {
        right: "data-protection",
        affected: true,
        seriousness: "medium",
        legalBasis: "GDPR art. 6(1)(e).",
        mitigations: "Conversations are not used for training and are deleted after 30 days.",
      },
      { right: "good-administration", affected: false },
      {
        right: "information",
        affected: true,
        seriousness: "low",
        legalBasis: "Open Government Act art. 3.1.",
        mitigations: "Every answer links to the official page.",
      },
    ],
    dpia: { summary: "DPIA with the supplier; processing agreement signed.", link: "https://www.burgerzaken.example/dpia/chatbot", date: "2025-02-03" },
    flow: { to: "submitted", submittedDaysAgo: 6 },
  },
  {
    org: "gemeente-lindewaard",
    entry: "Offer debt help early after signals of payment arrears",
    answers: {
      "1.1": "People often ask for debt help only when their debts have grown too large to solve.",
      "1.2": "Contact households within a month of the first signals of arrears in rent, energy or health insurance.",
    },
    rights: [],
    flow: { to: "draft" },
  },
];

/** Short generic answers for questions an assessment above does not answer specifically. */
export const GENERIC_ANSWERS: Record<string, (entry: string) => string> = {
  "1.1": (e) => `The work behind "${e}" was done by hand and took too long.`,
  "1.2": () => "Faster and more consistent handling of cases, with the same quality.",
  "1.3": () => "It serves efficiency and equal treatment; privacy and trust could be at risk, so we keep the data to a minimum and explain how it works.",
  "1.4": () => "The law that gives the task, and the General Administrative Law Act for the decisions.",
  "1.5": () => "The department head is responsible. Staff, the people concerned, the data protection officer and the supplier are involved.",
  "2A.1": () => "A rule-based system that uses case data, including personal data; no special categories.",
  "2A.2": () => "Our own case files and national registers, updated daily. Known gaps are listed in the data quality report.",
  "2A.3": () => "The data covers everyone who applies; we checked that no group is missing and that no input stands in for a protected characteristic.",
  "2A.4": () => "Access is limited to the team; data is kept for the legal retention period and then deleted.",
  "2B.1": () => "Rules written out from policy, chosen because they are simple to explain and test.",
  "2B.2": () => "The organisation owns the rules and the data; the supplier may not reuse them.",
  "2B.3": () => "Tested on cases from last year before use; re-tested after every change of the rules.",
  "2B.4": () => "Staff get training; the people concerned get a plain-language letter; supervisors can see the full rules.",
  "3.1": () => "The output advises staff; it never takes a decision on its own.",
  "3.2": () => "A trained staff member checks the output and can always depart from it.",
  "3.3": () => "Most people get a faster decision; a wrong output could delay a case, which a person then corrects.",
  "3.4": () => "The usual objection and appeal procedure applies; people can ask which data was used.",
  "3.5": () => "Results are monitored every month; a drop in quality stops the use until it is fixed.",
  "3.6": () => "The register entry, the decision letter and the website explain the use of the algorithm.",
  "3.7": () => "Evaluated every year by the internal auditor; the results are published.",
};

/* ---------- Public feedback ---------- */

/** What moderators do with a message; days are counted back from the day of seeding. */
export type DemoModeration =
  | { action: "pending" }
  | { action: "publish"; redacted?: string; answer?: { body: string; afterDays: number }; close?: boolean }
  | { action: "private"; answer?: { body: string; afterDays: number } }
  | { action: "reject"; reason: string };

export type DemoFeedback = {
  org: DemoOrgSlug;
  entry: string;
  type: "question" | "error" | "concern" | "suggestion";
  message: string;
  name?: string;
  email?: string;
  consent: boolean;
  receivedDaysAgo: number;
  moderation: DemoModeration;
};

export const DEMO_FEEDBACK: readonly DemoFeedback[] = [
  {
    org: "gemeente-lindewaard",
    entry: "Scan parked cars to check parking payments",
    type: "question",
    message: "How long do you keep the pictures of my number plate when I have paid for parking?",
    name: "Jolien de Vries",
    email: "jolien.devries@mail.example",
    consent: true,
    receivedDaysAgo: 60,
    moderation: {
      action: "publish",
      answer: {
        body: "Pictures of cars that have paid are deleted within 24 hours. Only pictures of cars without a valid payment are kept until the fine is final.",
        afterDays: 6,
      },
    },
  },
  {
    org: "gemeente-lindewaard",
    entry: "Scan parked cars to check parking payments",
    type: "concern",
    message:
      "The scan car also photographs people on the pavement. I do not want to be filmed on my way to work. Call me on 06-12345678 if you want to discuss this.",
    name: "Karim Bouzid",
    email: "k.bouzid@mail.example",
    consent: true,
    receivedDaysAgo: 4,
    moderation: {
      action: "publish",
      redacted: "The scan car also photographs people on the pavement. I do not want to be filmed on my way to work. [phone number removed]",
    },
  },
  {
    org: "gemeente-lindewaard",
    entry: "Plan waste collection routes from container fill levels",
    type: "suggestion",
    message: "Please empty the containers near the market square before market day, they are always full on Saturdays.",
    consent: true,
    receivedDaysAgo: 35,
    moderation: {
      action: "publish",
      answer: { body: "Thank you. From next month the planning adds an extra round on Fridays for the containers around the market square.", afterDays: 9 },
    },
  },
  {
    org: "gemeente-lindewaard",
    entry: "Sort building permit applications by complexity",
    type: "error",
    message: "The entry says the sorting started in 2021, but the council decision about it is from March 2022.",
    name: "Pieter Smit",
    email: "pieter.smit@mail.example",
    consent: true,
    receivedDaysAgo: 48,
    moderation: { action: "publish" },
  },
  {
    org: "dienst-uitkeringen",
    entry: "Flag benefit applications that need an extra check",
    type: "concern",
    message: "My application was checked extra three times in a row. Is the model biased against people who work irregular hours?",
    name: "Samira El Amrani",
    email: "samira.elamrani@mail.example",
    consent: true,
    receivedDaysAgo: 75,
    moderation: {
      action: "publish",
      answer: {
        body: "Irregular income is one of the signals, because it often leads to wrong amounts. We test every quarter whether any group is selected more often than expected; the latest test found no such difference.",
        afterDays: 14,
      },
    },
  },
  {
    org: "dienst-uitkeringen",
    entry: "Flag benefit applications that need an extra check",
    type: "question",
    message: "Which characteristics does the model use? Is nationality or postcode one of them?",
    consent: true,
    receivedDaysAgo: 40,
    moderation: { action: "publish" },
  },
  {
    org: "dienst-uitkeringen",
    entry: "Check childcare allowance applications against the rules",
    type: "question",
    message: "My allowance for my son was stopped last month and I do not understand why. My client number is 4471-22.",
    name: "Anna Jansen",
    email: "anna.jansen@mail.example",
    consent: false,
    receivedDaysAgo: 15,
    moderation: {
      action: "private",
      answer: { body: "We have passed your question to the childcare allowance team; they will call you this week.", afterDays: 2 },
    },
  },
  {
    org: "dienst-uitkeringen",
    entry: "Check childcare allowance applications against the rules",
    type: "suggestion",
    message: "Cheap loans without checks!!! Visit http://loans.spam.example today for the best rates.",
    consent: true,
    receivedDaysAgo: 10,
    moderation: { action: "reject", reason: "Spam: advertising unrelated to the entry." },
  },
  {
    org: "gemeente-oosterhaven",
    entry: "Allocate secondary school places by preference and lottery",
    type: "question",
    message: "Does a pupil with a sibling at the school still take part in the lottery?",
    name: "Marco Visser",
    email: "marco.visser@mail.example",
    consent: true,
    receivedDaysAgo: 3,
    moderation: { action: "pending" },
  },
  {
    org: "ministerie-burgerzaken",
    entry: "Answer and translate questions in the government chatbot",
    type: "error",
    message: "The chatbot told me in Polish that passports are valid for five years, but the website says ten years for adults.",
    consent: true,
    receivedDaysAgo: 2,
    moderation: { action: "pending" },
  },
  {
    org: "ministerie-burgerzaken",
    entry: "Answer and translate questions in the government chatbot",
    type: "question",
    message: "Are my conversations with the chatbot used to train the language model?",
    email: "lena.k@mail.example",
    consent: true,
    receivedDaysAgo: 30,
    moderation: {
      action: "publish",
      answer: { body: "No. Conversations are never used for training and are deleted after 30 days.", afterDays: 5 },
      close: true,
    },
  },
];
