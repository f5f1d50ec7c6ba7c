/** The Dutch catalogue: the English catalogue's keys in Dutch (catalogue.en.ts). */
import { aanleverApiNl } from "./aanleverapi.nl";
import { accountNl } from "./account.nl";
import { apiClientsNl } from "./api-clients.nl";
import { assessmentsNl } from "./assessments.nl";
import { bulkNl } from "./bulk.nl";
import type { Catalogue } from "./catalogue.en";
import { contentNl } from "./content.nl";
import { dataUseNl } from "./data-use.nl";
import { discoveryNl } from "./discovery.nl";
import { entriesNl } from "./entries.nl";
import { entryPageNl } from "./entry-page.nl";
import { feedbackNl } from "./feedback.nl";
import { filingApiNl } from "./filing-api.nl";
import { importsNl } from "./imports.nl";
import { notificationsNl } from "./notifications.nl";
import { procurementNl } from "./procurement.nl";
import { signInNl } from "./sign-in.nl";
import { siteNl } from "./site.nl";
import { standardNl } from "./standard.nl";
import { translationsNl } from "./translations.nl";
import type { CatalogueShape } from "./translator";

export const catalogueNl: CatalogueShape<Catalogue> = {
  ...siteNl,
  aanleverApi: aanleverApiNl,
  account: accountNl,
  apiClients: apiClientsNl,
  assessments: assessmentsNl,
  bulk: bulkNl,
  content: contentNl,
  dataUse: dataUseNl,
  discovery: discoveryNl,
  entries: entriesNl,
  entryPage: entryPageNl,
  feedback: feedbackNl,
  filingApi: filingApiNl,
  imports: importsNl,
  notifications: notificationsNl,
  procurement: procurementNl,
  signIn: signInNl,
  standard: standardNl,
  translations: translationsNl,
};
