import { formatCount } from "~/utils/format";

/** English text for search, organisation pages, statistics, open data and the API. */
export const discovery = {
  search: {
    title: "Algorithms",
    description: "Search every algorithm government organisations have published: by words, organisation, theme, risk, supplier and more.",
    label: "Search words",
    hint: "For example: parking, benefits, chatbot. Words are matched as you type them, accents do not matter.",
    submit: "Search",
    filters: "Filter results",
    /** The disclosure that holds the filters on a narrow screen, with the number of filters applied. */
    filterToggle: (active: number) => (active ? `Filter (${active})` : "Filter"),
    skipToResults: "Skip to results",
    moreNotShown: (n: number) => `${formatCount(n, "en")} more not shown.`,
    allOrganisations: "All organisations",
    allSuppliers: "All suppliers",
    apply: "Apply filters",
    clear: "Clear all filters",
    sortBy: "Sort by",
    sortSubmit: "Sort",
    sorts: { relevance: "Best match", name: "Name (A to Z)", updated: "Last updated" },
    results: (n: number) => (n === 1 ? "1 algorithm" : `${formatCount(n, "en")} algorithms`),
    noResults: "No algorithms match. Try fewer or different words, or remove a filter.",
    didYouMean: "Did you mean:",
    retired: "Retired",
    pagination: "Result pages",
    previous: "Previous page",
    next: "Next page",
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
  organisations: {
    title: "Organisations",
    description: "Every organisation in the register, with the algorithms it publishes, its impact assessments and how it answers feedback.",
    entries: "Published algorithms",
    assessments: "Impact assessments concluded",
    feedback: "Answers to public feedback",
    nothingPublished: "This organisation has not published any algorithms in the register yet.",
    noAssessments: "No impact assessment of this organisation's algorithms has been concluded yet.",
  },
  statistics: {
    title: "Statistics",
    description:
      "How many algorithms are published, by type of organisation, theme, risk level and status; impact assessments; and how fast feedback is answered.",
  },
  downloads: {
    title: "Open data",
    description:
      "Download every published algorithm as CSV or JSON, in the Dutch publication standard or shaped like the UK ATRS, use the JSON API, or follow changes by feed.",
    csvSafety:
      "In the CSV files, a cell that starts with =, +, -, @, a tab or a carriage return begins with an apostrophe ('), so that a spreadsheet shows it as text and never runs it as a formula (OWASP's advice against CSV injection). Remove that apostrophe if you process the file with other tools; the JSON files carry every value unchanged.",
  },
  outcomes: {
    adequate: "Adequate",
    adequate_with_recommendations: "Adequate, with recommendations",
    inadequate: "Inadequate",
  } as Record<string, string>,
} as const;
