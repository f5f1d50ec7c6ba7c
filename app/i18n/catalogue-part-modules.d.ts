/**
 * The modules the `browser-catalogues` plugin (vite.config.ts) makes for the browser build: one
 * language's public or staff groups of the catalogue (catalogue-parts.ts). In a production build
 * each message with arguments is already parsed (a `PrecompiledMessage`, see translator.ts).
 */
declare module "virtual:catalogue-part/*" {
  const groups: Record<string, unknown>;
  export default groups;
}
