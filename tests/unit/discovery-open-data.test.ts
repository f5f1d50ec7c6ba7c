import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { transition } from "~/entries/entries.server";
import { ENTRY_CSV_COLUMNS } from "~/exports/entries-csv";
import { jsonForScript } from "~/exports/json-ld";
import { loader as atrsLoader } from "~/routes/downloads.atrs[.]json";
import { loader as csvLoader } from "~/routes/downloads.entries[.]csv";
import { loader as jsonLoader } from "~/routes/downloads.entries[.]json";
import { loader as nlLoader } from "~/routes/downloads.nl-standard[.]json";
import { loader as versionsLoader } from "~/routes/downloads.versions[.]json";
import { loader as downloadsPageLoader } from "~/routes/downloads._index";
import { loader as feedLoader } from "~/routes/feed[.]atom";
import { loader as robotsLoader } from "~/routes/robots[.]txt";
import { loader as sitemapLoader } from "~/routes/sitemap[.]xml";
import { loader as orgLoader } from "~/routes/organisations.$slug";
import { loader as orgsLoader } from "~/routes/organisations._index";
import { loader as statsLoader } from "~/routes/statistics";
import { db } from "~/utils/db.server";
import { createOrgWithStaff, createPublishedEntry } from "../support/entry-factories";
import { createOrganisation } from "../support/factories";
import { readAtom } from "../support/atom";
import { call, getRequest } from "../support/requests";

async function fetchText(loader: (args: never) => Promise<Response>, path: string, params: Record<string, string> = {}) {
  const { result, thrown } = await call(loader, getRequest(path), params);
  const res = (result ?? thrown) as Response;
  return { res, text: await res.text() };
}

let staff: Awaited<ReturnType<typeof createOrgWithStaff>>;
let tricky: string;
let retired: string;
let draftId: string;
let silentOrg: { slug: string };

beforeAll(async () => {
  staff = await createOrgWithStaff();
  tricky = (
    await createPublishedEntry(
      {
        name: 'Weigh "urgent", complex cases',
        descriptionShort: 'Line one,\nline two with a comma, and "quotes" & <tags>',
        themes: ["housing"],
        risk: { likelihood: "occasional", impact: "moderate" },
        procurement: {
          inHouse: true,
          suppliers: [],
          contractReference: "HIDDEN-123",
          withheld: [{ field: "contractReference", reason: "Confidential", legalGround: "Woo" }],
        },
      },
      staff,
    )
  ).entry.publicId;
  const r = await createPublishedEntry({ name: "Old parking scanner" }, staff);
  retired = r.entry.publicId;
  await transition(staff.approver, r.entry.id, "archive", { comment: "Replaced by a new system" });
  draftId = (
    await db.entry.create({
      data: { publicId: "11111111", organisationId: staff.org.id, name: "Secret draft", draft: JSON.stringify({ name: "Secret draft" }) },
    })
  ).publicId;
  silentOrg = await createOrganisation({ name: "Quiet Water Board", slug: "quiet-water-board", type: "water_authority" });
  await db.organisation.update({ where: { slug: "quiet-water-board" }, data: { noPublicationNote: "We use no algorithms that affect residents." } });
});

describe("CSV download", () => {
  it("parses back with a header, one row per public entry and quoting intact", async () => {
    const { res, text } = await fetchText(csvLoader, "/downloads/entries.csv");
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toContain("attachment");
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0])).toEqual([...ENTRY_CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    const row = rows.find((x) => x.public_id === tricky)!;
    expect(row.name).toBe('Weigh "urgent", complex cases');
    expect(row.description_short).toBe('Line one,\nline two with a comma, and "quotes" & <tags>');
    expect(row.url).toBe(`http://localhost/algorithms/${tricky}`);
    expect(row.organisation_id).toBe(`other:${staff.org.identifier}`);
    expect(row.last_updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(row.risk_level).toBe("moderate");
    expect(row.procurement_in_house).toBe("yes");
    expect(row.withheld_fields).toBe("contractReference");
    expect(text).not.toContain("HIDDEN-123");
    expect(rows.find((x) => x.public_id === retired)!.register_status).toBe("archived");
    expect(text).not.toContain("Secret draft");
    expect(text.split("\r\n").length).toBeGreaterThan(2);
  });
});

describe("JSON downloads", () => {
  it("exports current entries, every version, the Dutch standard and the ATRS shape", async () => {
    const entries = JSON.parse((await fetchText(jsonLoader, "/downloads/entries.json")).text);
    expect(entries.map((e: { id: string }) => e.id).sort()).toEqual([tricky, retired].sort());
    expect(JSON.stringify(entries)).not.toContain("HIDDEN-123");

    const versions = JSON.parse((await fetchText(versionsLoader, "/downloads/versions.json")).text);
    expect(versions.filter((v: { id: string }) => v.id === retired).map((v: { version: number; kind: string }) => [v.version, v.kind])).toEqual([
      [1, "published"],
      [2, "archived"],
    ]);

    const nl = JSON.parse((await fetchText(nlLoader, "/downloads/nl-standard.json")).text);
    const one = nl.find((e: { source_id: string }) => e.source_id === tricky);
    expect(one).toMatchObject({
      organization: staff.org.name,
      standard_version: "1.0",
      provider: "Intern ontwikkeld",
      category: ["Wonen"],
      status: "In gebruik",
    });

    const atrs = JSON.parse((await fetchText(atrsLoader, "/downloads/atrs.json")).text);
    const a = atrs.find((e: { id: string }) => e.id === tricky);
    expect(a.tier_1).toMatchObject({ name: 'Weigh "urgent", complex cases', contact_email: "algorithms@municipality.example", phase: "production" });
    expect(a.tier_2.owner_and_responsibility.organisation).toBe(staff.org.name);
    expect(a.tier_2.third_party.in_house).toBe(true);
    expect(Object.keys(a.tier_2)).toEqual(
      expect.arrayContaining([
        "owner_and_responsibility",
        "third_party",
        "description_and_rationale",
        "deployment_context",
        "tool_specification",
        "development_and_operational_data",
        "risks_and_mitigations",
        "impact_assessments",
      ]),
    );
  });

  it("rebuilds a cached download when an entry is published or retired", async () => {
    const before = parse((await fetchText(csvLoader, "/downloads/entries.csv")).text, { columns: true }) as unknown[];
    const { entry } = await createPublishedEntry({ name: "Fresh entry" }, staff);
    const after = parse((await fetchText(csvLoader, "/downloads/entries.csv")).text, { columns: true }) as Array<Record<string, string>>;
    expect(after).toHaveLength(before.length + 1);
    await transition(staff.approver, entry.id, "archive", { comment: "Stopped" });
    const retiredNow = parse((await fetchText(csvLoader, "/downloads/entries.csv")).text, { columns: true }) as Array<Record<string, string>>;
    expect(retiredNow.find((r) => r.public_id === entry.publicId)!.register_status).toBe("archived");
    await db.entryVersion.deleteMany({ where: { entryId: entry.id } }).catch(() => undefined);
    await db.entry.delete({ where: { id: entry.id } });
  });

  it("answers 304 when the ETag matches", async () => {
    const first = await fetchText(jsonLoader, "/downloads/entries.json");
    const etag = first.res.headers.get("ETag")!;
    const { result } = await call(jsonLoader, new Request("http://localhost/downloads/entries.json", { headers: { "If-None-Match": etag } }));
    expect((result as Response).status).toBe(304);
  });
});

describe("downloads page", () => {
  it("describes the data set as schema.org JSON-LD that cannot break out of its script element", async () => {
    const { result } = await call(downloadsPageLoader, getRequest("/downloads"));
    const { dataset } = result as Awaited<ReturnType<typeof downloadsPageLoader>>;
    expect(dataset["@type"]).toBe("Dataset");
    expect(dataset.distribution.map((x) => x.contentUrl)).toContain("http://localhost/downloads/entries.csv");
    const escaped = jsonForScript({ name: "</script><script>alert(1)</script>" });
    expect(escaped).not.toContain("<");
    expect(JSON.parse(escaped).name).toBe("</script><script>alert(1)</script>");
  });
});

describe("Atom feed", () => {
  it("is well-formed Atom with publications, new versions and retirements, newest first", async () => {
    const { res, text } = await fetchText(feedLoader, "/feed.atom");
    expect(res.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const feed = readAtom(text);
    expect(feed).toMatchObject({
      namespace: "http://www.w3.org/2005/Atom",
      id: "http://localhost/feed.atom",
      title: "Public Algorithm Register: changes",
      self: "http://localhost/feed.atom",
      alternate: "http://localhost/algorithms",
    });
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const entries = feed.entries;
    expect(entries).toHaveLength(3);
    for (const e of entries) for (const value of [e.id, e.title, e.updated]) expect(value).toBeTruthy();
    expect(entries[0].categories).toEqual(["retired"]);
    expect(entries[0].link).toBe(`http://localhost/algorithms/${retired}/history?from=1&to=2`);
    expect(entries[0].authors).toEqual([staff.org.name]);
    // Titles are HTML: the entry's name is escaped, not raw markup.
    expect(entries.map((e) => e.title)).toContain("Published: Weigh &quot;urgent&quot;, complex cases");
    const updated = entries.map((e) => e.updated);
    expect([...updated].sort().reverse()).toEqual(updated);
  });
});

/** A tiny well-formedness check: tags nest and close, attributes are quoted, entities are known. */
function wellFormed(xml: string) {
  const body = xml.replace(/^<\?xml[^?]*\?>/, "");
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/g)) {
    if (m[0] === "<" || m[0].startsWith("&")) return false;
    if (m[4]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]);
  }
  return stack.length === 0;
}

describe("sitemap and robots", () => {
  it("lists published entries only, with organisations and fixed pages", async () => {
    const { text } = await fetchText(sitemapLoader, "/sitemap.xml");
    expect(wellFormed(text)).toBe(true);
    expect(text).toContain(`<loc>http://localhost/algorithms/${tricky}</loc>`);
    expect(text).not.toContain(`/algorithms/${retired}<`);
    expect(text).not.toContain(`/algorithms/${draftId}<`);
    expect(text).toContain("<loc>http://localhost/organisations/quiet-water-board</loc>");
    expect(text).toContain("<loc>http://localhost/algorithms</loc>");
    const robots = await fetchText(robotsLoader, "/robots.txt");
    expect(robots.text).toContain("Sitemap: http://localhost/sitemap.xml");
    expect(robots.text).toContain("Disallow: /dashboard");
  });
});

describe("organisation pages and statistics", () => {
  it("lists organisations with their published entries, and says so when one publishes nothing", async () => {
    const { result } = await call(orgsLoader, getRequest("/organisations"));
    const list = (result as Awaited<ReturnType<typeof orgsLoader>>).organisations;
    expect(list.find((o) => o.slug === staff.org.slug)!.published).toBe(1);
    expect(list.find((o) => o.slug === "quiet-water-board")!.published).toBe(0);

    const page = (await call(orgLoader, getRequest(`/organisations/${staff.org.slug}`), { slug: staff.org.slug })).result as Awaited<
      ReturnType<typeof orgLoader>
    >;
    expect(page.entries.map((e) => [e.publicId, e.state]).sort()).toEqual(
      [
        [tricky, "published"],
        [retired, "archived"],
      ].sort(),
    );
    expect(page.feedback).toHaveProperty("answeredInTime");
    const quiet = (await call(orgLoader, getRequest("/organisations/quiet-water-board"), { slug: "quiet-water-board" })).result as Awaited<
      ReturnType<typeof orgLoader>
    >;
    expect(quiet.entries).toEqual([]);
    expect(quiet.organisation.noPublicationNote).toBe("We use no algorithms that affect residents.");
    expect(silentOrg).toBeTruthy();
    const missing = await call(orgLoader, getRequest("/organisations/nope"), { slug: "nope" });
    expect((missing.thrown as Response).status).toBe(404);
  });

  it("counts published entries by organisation type, theme, risk and status", async () => {
    const { result } = await call(statsLoader, getRequest("/statistics"));
    const { stats } = result as Awaited<ReturnType<typeof statsLoader>>;
    expect(stats.entries).toBe(1);
    expect(stats.byOrganisationType).toEqual([{ value: "municipality", label: "Municipality", count: 1 }]);
    expect(stats.byTheme).toEqual([{ value: "housing", label: "Housing", count: 1 }]);
    expect(stats.byRisk).toEqual([{ value: "moderate", label: "Moderate", count: 1 }]);
    expect(stats.byLifecycle).toEqual([{ value: "in_use", label: "In use", count: 1 }]);
    expect(stats.assessments).toEqual([
      { value: "yes", label: "With an impact assessment", count: 0 },
      { value: "no", label: "Without", count: 1 },
    ]);
  });
});
