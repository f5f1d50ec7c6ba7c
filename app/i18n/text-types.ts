import type { Catalogue } from "./catalogue.en";
import type { Translated } from "./translator";

export type { MessageValues } from "./translator";
/** The register's words in one language, as components and loaders use them. */
export type Text = Translated<Catalogue>;
