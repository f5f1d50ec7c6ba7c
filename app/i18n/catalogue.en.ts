/**
 * The English catalogue: every word the register says, by domain. It is the reference the other
 * languages are checked against (their catalogues must have exactly its keys). Messages are ICU
 * strings; see translator.ts.
 */
import { aanleverApiText } from "./aanleverapi.en";
import { accountText } from "./account.en";
import { apiClientsText } from "./api-clients.en";
import { ta } from "./assessments.en";
import { bulkText } from "./bulk.en";
import { contentText } from "./content.en";
import { dataUseText } from "./data-use.en";
import { discovery } from "./discovery.en";
import { t as site } from "./en";
import { entriesText } from "./entries.en";
import { entryPageText } from "./entry-page.en";
import { feedbackText } from "./feedback.en";
import { filingApiText } from "./filing-api.en";
import { importText } from "./imports.en";
import { notificationText } from "./notifications.en";
import { t as procurement } from "./procurement.en";
import { signInText } from "./sign-in.en";
import { standardText } from "./standard.en";
import { translationsText } from "./translations.en";

export const catalogueEn = {
  ...site,
  aanleverApi: aanleverApiText,
  account: accountText,
  apiClients: apiClientsText,
  assessments: ta,
  bulk: bulkText,
  content: contentText,
  dataUse: dataUseText,
  discovery,
  entries: entriesText,
  entryPage: entryPageText,
  feedback: feedbackText,
  filingApi: filingApiText,
  imports: importText,
  notifications: notificationText,
  procurement,
  signIn: signInText,
  standard: standardText,
  translations: translationsText,
} as const;

export type Catalogue = typeof catalogueEn;
