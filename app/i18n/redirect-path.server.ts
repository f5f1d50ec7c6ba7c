import { languageInPath, localePath } from "./languages.mjs";

/**
 * A redirect target that keeps the request's address form: from `/nl/…` to `/nl/…`, and from an address
 * without prefix to one without (answered in the same negotiated language), so a redirect never changes
 * the language nor the addresses existing links and bookmarks use.
 */
export function samePrefixPath(request: Request, to: string): string {
  const language = languageInPath(new URL(request.url).pathname);
  return language ? localePath(language, to) : to;
}
