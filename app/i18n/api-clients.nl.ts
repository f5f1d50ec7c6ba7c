// Dutch text of the catalogue in api-clients.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { CatalogueShape } from "./translator";
import type { apiClientsText as english } from "./api-clients.en";

export const apiClientsNl: CatalogueShape<typeof english> = {
  problems: {
    unauthorizedTitle: "Authenticatie vereist",
    missingToken: "Stuur een toegangstoken van POST /oauth/token mee in de Authorization-header, na het woord Bearer.",
    invalidToken: "Het toegangstoken is niet geldig: het is verlopen, niet door dit register uitgegeven of gewijzigd.",
    inactiveClient: "De API-client van dit toegangstoken is ingetrokken of verlopen.",
    forbiddenTitle: "Onvoldoende bevoegdheid",
    insufficientScope: "Voor dit verzoek is de scope {scope} nodig, die het toegangstoken niet heeft.",
    tooManyTitle: "Te veel verzoeken",
    tooMany: "Deze API-client heeft meer dan {limit} verzoeken in een minuut gestuurd. Wacht even en probeer het opnieuw.",
  },
};
