/** Entries in more than one language: the translation form, the notices on the public page, the history. */
export const translationsText = {
  form: {
    title: "Translation",
    heading: "Translation into {language}: {name}",
    intro:
      "Add a translation of the entry's public texts. It is saved with the draft, reviewed by the approver and published with the next version. Visitors reading the register in {language} see the translation; fields left empty are shown in the original language.",
    originalLanguage: "This entry is written in {language}.",
    noLanguage: "Choose the language of the entry in the filing form first: a translation is into another language than the entry's own.",
    otherLanguages: "Translate into another language",
    original: "Original text",
    language: "Language of the translation",
    save: "Save translation",
    remove: "To remove the translation, empty every field and save.",
    back: "Back to the filing form",
    chooseLanguage: "Choose the language of the translation",
    nameRequired: "Enter the translated name, or leave every field empty",
    descriptionRequired: "Enter the translated short description, or leave every field empty",
    sameLanguage: "The entry is already written in this language: choose another",
    notEditable: "This entry cannot be edited now, so its translation cannot be changed either.",
    unreadable: "The stored draft of this entry cannot be read, so the translation cannot be saved. Ask an administrator to restore the entry.",
    done: {
      saved: "Translation saved with the draft. It is published with the next version the approver publishes.",
    },
  },
  /** On the edit page: a link to the translation form. */
  editLink: "Translation into {language}",
  editLinkIntro: "Visitors who read the register in another language see your translation of the entry's texts, when you add one.",
  page: {
    writtenIn: "This entry is written in {language}.",
    translated: "Translated from {language} by the organisation.",
  },
  /** The history's label of a translated field: "Name (translation into Dutch)". */
  diffLabel: "{label} (translation into {language})",
  previewNote: "Translations in this submission: {languages}.",
} as const;
