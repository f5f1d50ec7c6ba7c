// Dutch text of the catalogue in data-use.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { CatalogueShape } from "./translator";
import type { dataUseText as english } from "./data-use.en";
export const dataUseNl: CatalogueShape<typeof english> = {
  notStated: "Not stated",
  yourData: {
    title: "How your data is used",
    intro:
      "Government organisations use algorithms that work with information about you. Choose a kind of personal data, or something that is happening in your life, to see which published systems use it, what they decide, whether a person takes the final decision, and how to object.",
    metaDescription: "Find out which government algorithms use your personal data, by kind of data or by life event.",
    byCategory: "By kind of personal data",
    byLifeEvent: "By life event",
    specialHeading: "Sensitive data",
    specialHint: "Special category data (such as health or ethnic origin) and criminal records have extra legal protection.",
    otherHeading: "Other personal data",
    chooseTitle: "Choose from a list",
    chooseCategory: "Kind of personal data",
    chooseLifeEvent: "Life event",
    choosePlaceholder: "Choose…",
    show: "Show systems",
    systems: (n: number) => (n === 1 ? "1 system" : `${n} systems`),
    noSystems: "No published system says it uses this yet.",
  },
  results: {
    summary: (systems: number, orgs: number) =>
      systems === 0
        ? "No published system says it uses this yet."
        : `${systems === 1 ? "1 published system" : `${systems} published systems`} in ${orgs === 1 ? "1 organisation" : `${orgs} organisations`}.`,
    decides: "What it decides or supports",
    human: "Role of people in the decision",
    appeal: "How to object or appeal",
    datasets: "Data sets using this",
    why: "Why it is listed",
    feedback: "Ask a question or give feedback",
    back: "All kinds of data and life events",
    categoryLead: "Published systems that say they use this kind of personal data.",
    lifeEventLead: "Published systems that the organisation linked to this life event, or that use data typical of it in the same policy area.",
    special: "Special category data (GDPR art. 9): it may only be used with a specific legal ground.",
    criminal: "Criminal offence data (GDPR art. 10): it may only be used with a specific legal ground.",
    reasonTagged: "The organisation linked it to this life event.",
    reasonData: (categories: string, themes: string) => `It uses ${categories} in the area of ${themes}.`,
    dataInvolved: "Data usually involved",
  },
  section: {
    title: "Data used",
    none: "The organisation has not stated which data sets this system uses.",
    source: "Source",
    personalData: "Personal data",
    noPersonalData: "No personal data",
    categories: "Kinds of personal data",
    legalGround: "Legal ground",
    retention: "How long it is kept",
    sharedWith: "Shared with",
    use: "Used for",
    otherSystems: "other systems using this data",
    lifeEvents: "Life events",
    lifeEventsHint: "Moments in life when you may meet this system:",
  },
  fields: {
    dataset: (n: number) => `Data set ${n}`,
    datasetsHint: "Describe each data set the system uses. Leave a block empty if you do not need it; save to get more blocks.",
    ordinary: "Personal data",
    special: "Special category data (GDPR art. 9)",
    criminal: "Criminal offence data (GDPR art. 10)",
    legalGroundsSummary: "Legal grounds for sensitive data",
    legalGroundHint: (label: string) => `Needed only if you ticked “${label}”: the GDPR article and the law that allows it.`,
    choose: "Choose…",
  },
  statistics: {
    title: "Personal data",
    caption: "Published systems per kind of personal data",
    category: "Kind of personal data",
    count: "Systems",
    special: (n: number, total: number) =>
      `${n} of ${total} published ${total === 1 ? "system uses" : "systems use"} special category or criminal offence data.`,
    sensitive: "(sensitive)",
    chartTitle: "Bar chart of the table above",
  },
};
