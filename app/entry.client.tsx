import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { LANGUAGES, type Language } from "~/i18n/languages.mjs";
import { loadCatalogue } from "~/i18n/text";

// The page's language (the root loader's choice, as the server rendered it in <html lang>): only its
// catalogue is loaded before hydrating. Signed-in people's pages (filing, imports) may read the other
// language's words too (spreadsheet headings in both), so it is loaded for them as well.
const pageLanguage = (LANGUAGES as readonly string[]).includes(document.documentElement.lang) ? (document.documentElement.lang as Language) : "en";
// The root layout marks a signed-in person's page (root.tsx). (The root loader's data is not yet
// readable here: with single fetch it arrives as a stream.)
const signedIn = document.documentElement.hasAttribute("data-signed-in");

// Only signed-in people get the staff-only groups (app/i18n/catalogue-parts.ts).
void Promise.all((signedIn ? LANGUAGES : [pageLanguage]).map((language) => loadCatalogue(language, signedIn))).then(() =>
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  }),
);
