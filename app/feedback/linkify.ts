import { linkifyit } from "linkify-it";

/** A piece of plain text, or a web address found in it with the address to link to. */
export type TextPart = { text: string; href?: string };

const finder = linkifyit({ fuzzyLink: true, fuzzyEmail: false }).add("ftp:", null).add("mailto:", null).add("//", null);
const WEB = /^https?:\/\//i;

/** Splits text into plain parts and web addresses; only http(s) addresses become links, so no script or data URL ever does. */
export function linkParts(text: string): TextPart[] {
  const matches = finder.match(text) ?? [];
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of matches) {
    // An address without a scheme ("www.example.nl") is linked over https.
    const href = m.schema ? m.url : `https://${m.raw}`;
    if (!WEB.test(href)) continue;
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ text: m.raw, href });
    at = m.lastIndex;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
