/** Words around the markdown pages under /about (the pages themselves are in content/pages and content/decisions). */
export const contentText = {
  aboutDescription: "About the register: the charter, how to file, privacy and accessibility.",
  decisionsCard: "The choices behind this software, written down as decision records.",
  decisionsIntro: "A register about transparency publishes its own choices. Each record says what we decided, why, and what follows from it.",
  /** Shown above a page that has no translation in the page's language yet; the text below it is English. */
  untranslated: "This page has not been translated yet, so it is shown in English.",
  /** Shown above a translated decision record; the link goes to the English original. */
  translatedDecision: "Decision records are written in English. This is a translation.",
  original: "Read the English original",
} as const;
