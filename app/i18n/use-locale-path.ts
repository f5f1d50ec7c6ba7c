import { localePath } from "./languages.mjs";
import { useLanguage } from "./text";

/** Links on a page stay in its language: `to("/algorithms")` → `/nl/algorithms` on a Dutch page. */
export function useLocalePath(): (path: string) => string {
  const language = useLanguage();
  return (path: string) => localePath(language, path);
}
