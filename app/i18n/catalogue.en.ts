/**
 * The English catalogue: every word the register says, by domain. It is the reference the other
 * languages are checked against (their catalogues must have exactly its keys). Messages are ICU
 * strings; see translator.ts.
 */
import { accountText } from "./account.en";
import { ta } from "./assessments.en";
import { bulkText } from "./bulk.en";
import { contentText } from "./content.en";
import { dataUseText } from "./data-use.en";
import { discovery } from "./discovery.en";
import { t as site } from "./en";
import { entriesText } from "./entries.en";
import { entryPageText } from "./entry-page.en";
import { feedbackText } from "./feedback.en";
import { importText } from "./imports.en";
import { notificationText } from "./notifications.en";
import { t as procurement } from "./procurement.en";
import { standardText } from "./standard.en";
import { translationsText } from "./translations.en";

export const catalogueEn = {
  ...site,
  account: accountText,
  assessments: ta,
  bulk: bulkText,
  content: contentText,
  dataUse: dataUseText,
  discovery,
  entries: entriesText,
  entryPage: entryPageText,
  feedback: feedbackText,
  imports: importText,
  notifications: notificationText,
  procurement,
  standard: standardText,
  translations: translationsText,
} as const;

export type Catalogue = typeof catalogueEn;
