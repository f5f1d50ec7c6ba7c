import { setting } from "~/config/settings.mjs";
import { isLanguage } from "~/i18n/languages.mjs";
import type { FeedLanguage } from "./atom";

/**
 * A feed's language is chosen by its address, `?lang=nl` or `?lang=en`, not by Accept-Language: a
 * subscription is an address that feed readers fetch from their servers (with whatever header they
 * send) and that shared caches keep for every reader, so one address must always give one language.
 * Without `lang` (or with one the register does not speak) the feed is in the deployment's DEFAULT_LANGUAGE.
 */
export function feedLanguage(request: Request): FeedLanguage {
  const asked = new URL(request.url).searchParams.get("lang");
  return isLanguage(asked) ? { language: asked, chosen: true } : { language: setting("DEFAULT_LANGUAGE"), chosen: false };
}
