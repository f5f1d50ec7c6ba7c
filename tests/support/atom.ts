import { XMLParser, XMLValidator } from "fast-xml-parser";

type Text = string | { "#text": string; "@type"?: string };
type RawLink = { "@href": string; "@rel"?: string };
type RawEntry = {
  id: string;
  title: Text;
  updated: string;
  published?: string;
  link: RawLink[];
  summary?: Text;
  content?: Text;
  author?: Array<{ name: string }>;
  category?: Array<{ "@term": string }>;
};
type RawFeed = {
  "@xmlns": string;
  id: string;
  title: Text;
  subtitle?: Text;
  updated: string;
  author?: Array<{ name: string }>;
  link: RawLink[];
  entry?: RawEntry[];
};

const textOf = (t: Text | undefined) => (t === undefined ? undefined : typeof t === "string" ? t : t["#text"]);
const linkOf = (links: RawLink[], rel: string) => links.find((l) => (l["@rel"] ?? "alternate") === rel)?.["@href"];

/** Parses an Atom document with a real XML parser (throwing when it is not well-formed) into its decoded values. */
export function readAtom(xml: string) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    isArray: (name) => ["entry", "link", "author", "category"].includes(name),
  });
  const feed = (parser.parse(xml) as { feed: RawFeed }).feed;
  return {
    namespace: feed["@xmlns"],
    id: feed.id,
    title: textOf(feed.title),
    subtitle: textOf(feed.subtitle),
    updated: feed.updated,
    authors: (feed.author ?? []).map((a) => a.name),
    self: linkOf(feed.link, "self"),
    alternate: linkOf(feed.link, "alternate"),
    entries: (feed.entry ?? []).map((e) => ({
      id: e.id,
      title: textOf(e.title),
      updated: e.updated,
      published: e.published,
      link: linkOf(e.link, "alternate"),
      summary: textOf(e.summary),
      content: textOf(e.content),
      authors: (e.author ?? []).map((a) => a.name),
      categories: (e.category ?? []).map((c) => c["@term"]),
    })),
  };
}
