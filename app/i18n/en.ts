/**
 * English UI text in one place, so a Dutch (or Māori) translation can be added as a sibling file.
 * Domain vocabularies (themes, statuses, questions) live in content/vocabularies.
 */
const en = {
  site: {
    name: "Public Algorithm Register",
    tagline: "Which algorithms government uses, how they use your data, and how to respond.",
    skipLink: "Skip to main content",
    primaryNav: "Main",
    footerNav: "About this site",
    footerLicence: "Open-source software. Content is open data unless stated otherwise.",
    languageNav: "Language",
    /** Each language named in itself, as the switch shows it. */
    languageNames: { en: "English", nl: "Nederlands" },
  },
  nav: {
    home: "Home",
    algorithms: "Algorithms",
    organisations: "Organisations",
    suppliers: "Suppliers",
    yourData: "Your data",
    statistics: "Statistics",
    downloads: "Open data",
    about: "About",
    dashboard: "Dashboard",
    assessments: "Assessments",
    feedback: "Feedback",
    admin: "Administration",
    login: "Sign in",
    logout: "Sign out",
    privacy: "Privacy",
    accessibility: "Accessibility",
    decisions: "Design decisions",
  },
  forms: {
    errorSummaryTitle: "There is a problem",
    errorPrefix: "Error:",
    optional: "(optional)",
    save: "Save",
    cancel: "Cancel",
    validation: {
      tooLong: "Use {max} characters or fewer",
      unknownOption: "Not a known option",
    },
    cannotSave: "The register cannot save anything right now, so nothing was sent or saved. Your text is still here: try again in a few minutes.",
  },
  auth: {
    loginTitle: "Sign in",
    email: "Email address",
    password: "Password",
    submit: "Sign in",
    invalid: "Enter a correct email address and password.",
    locked: "Too many failed attempts. This account is locked for 15 minutes.",
    throttled: "Too many sign-in attempts from your network. Wait a minute and try again.",
    loggedOut: "You have signed out.",
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.",
    forbiddenTitle: "You do not have access to this page",
    serverTitle: "Sorry, there is a problem with the service",
    serverBody: "Try again later. Nothing you entered has been published.",
    genericTitle: "Something went wrong",
    unavailableTitle: "The register cannot save right now",
    unavailableBody: "Nothing was saved. Go back, keep what you typed, and try again in a few minutes.",
  },
} as const;

export const t = en;
