// Dutch text of the catalogue in sign-in.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { CatalogueShape } from "./translator";
import type { signInText as english } from "./sign-in.en";

export const signInNl: CatalogueShape<typeof english> = {
  providersHeading: "Inloggen met het account van uw organisatie",
  withProvider: "Inloggen met {provider}",
  passwordHeading: "Of inloggen met een wachtwoord",
  localPasswordsOff: "In dit register logt u niet in met een wachtwoord, maar met het account van uw organisatie.",
  refused: {
    noMapping:
      "{provider} heeft bevestigd wie u bent, maar uw account daar geeft u geen rol in dit register. Vraag de beheerder van uw organisatie om u toegang te geven tot het algoritmeregister.",
    noAccount:
      "Dit register heeft geen account voor het account waarmee u bij {provider} bent ingelogd. Vraag de beheerder van het register om een account voor u aan te maken.",
    accountConflict:
      "Dit register heeft al een account met uw e-mailadres, en dat kan niet worden gekoppeld aan uw account bij {provider}. Vraag de beheerder van het register om hulp.",
    failed: "Inloggen via {provider} is niet gelukt. Probeer het opnieuw; lukt het steeds niet, neem dan contact op met de beheerder van het register.",
    unknownProvider: "Die inlogdienst is in dit register niet ingesteld. Kies een van de inlogdiensten op deze pagina.",
  },
};
