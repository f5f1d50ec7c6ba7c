// Fills a separate database with 50,000 published entries across 500 organisations,
// with versions, facets, full-text rows and feedback: the data set for `npm run bench`.
// Writes through better-sqlite3 in large transactions (the app's own workflow would take hours).
import { randomBytes, randomInt } from "node:crypto";
import Database from "better-sqlite3";
import { DEMO_ENTRIES } from "~content/demo/entries";
import { THEMES } from "~content/vocabularies/themes";
import { CURRENT_SCHEMA_VERSION } from "~/entries/document-upgrades";
import type { EntryDraft } from "~/entries/entry-schema";
import { facetsOf } from "~/search/indexing.server";
import { stemColumns, stemLanguagesOf } from "~/search/stemming";

const ORG_TYPES = ["municipality", "agency", "ministry", "province", "water_authority"] as const;
const cuid = () => "c" + randomBytes(12).toString("hex");
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

export function seedBenchDatabase(file: string, { entries = 50_000, organisations = 500 } = {}) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const now = new Date();
  const insOrg = db.prepare(
    `INSERT INTO Organisation (id, slug, name, type, identifierScheme, identifier, feedbackDeadlineDays, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'other', ?, 20, ?, ?)`,
  );
  const insEntry = db.prepare(
    `INSERT INTO Entry (id, publicId, organisationId, state, name, draft, draftSchemaVersion, currentVersionId, firstPublishedAt, publishedAt, lastReviewedAt, reviewDueAt, createdAt, updatedAt) VALUES (?, ?, ?, 'published', ?, ?, ${CURRENT_SCHEMA_VERSION}, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insVersion = db.prepare(
    `INSERT INTO EntryVersion (id, entryId, number, data, schemaVersion, changeNote, publishedAt, kind) VALUES (?, ?, ?, ?, ${CURRENT_SCHEMA_VERSION}, ?, ?, 'published')`,
  );
  const insFacet = db.prepare(`INSERT OR IGNORE INTO EntryFacet (entryId, facet, value) VALUES (?, ?, ?)`);
  const insFts = db.prepare(
    `INSERT INTO entry_search (entry_id, name, description, goal, organisation, supplier, tags, body, stem_nl, stem_en) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?)`,
  );
  const insThread = db.prepare(
    `INSERT INTO FeedbackThread (id, reference, entryId, organisationId, type, message, consentToPublish, status, moderation, deadlineAt, answeredAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'question', ?, 1, ?, 'published', ?, ?, ?, ?)`,
  );

  const orgs: Array<{ id: string; slug: string; name: string; type: string }> = [];
  db.transaction(() => {
    for (let i = 0; i < organisations; i++) {
      const type = ORG_TYPES[i % ORG_TYPES.length];
      const org = { id: cuid(), slug: `bench-org-${i}`, name: `Bench ${type.replace("_", " ")} ${i}`, type };
      insOrg.run(org.id, org.slug, org.name, org.type, `bench-${i}`, iso(now), iso(now));
      orgs.push(org);
    }
  })();

  const publicIds = new Set<string>();
  let threadNo = 0;
  const BATCH = 2_000;
  for (let start = 0; start < entries; start += BATCH) {
    db.transaction(() => {
      for (let i = start; i < Math.min(entries, start + BATCH); i++) {
        const template = DEMO_ENTRIES[i % DEMO_ENTRIES.length];
        const org = orgs[i % orgs.length];
        const doc = {
          name: `${template.name} ${i}`.slice(0, 100),
          descriptionShort: template.descriptionShort,
          themes: [THEMES[i % THEMES.length].slug],
          lifecycle: { status: template.lifecycle, beganOn: template.beganIn },
          publicationCategory: template.publicationCategory,
          contact: template.contact,
          language: template.lang,
          goal: template.goal,
          humanIntervention: template.humanIntervention,
          appeals: template.appeals,
          risks: template.risks,
          lawfulBasis: template.lawfulBasis,
          technicalOperation: template.technicalOperation,
          algorithmType: template.algorithmType,
          selfLearning: template.selfLearning,
          risk: { likelihood: template.riskLikelihood, impact: template.riskImpact },
          euAiAct: { highRisk: template.euHighRisk, restrictedSection: false },
          tags: [...template.tags],
          procurement: { inHouse: true, suppliers: [] },
          dataDeclarations: template.dataDeclarations.map((d) => ({ ...d, categories: [...d.categories], legalGrounds: { ...d.legalGrounds } })),
          lifeEvents: [...template.lifeEvents],
        } as unknown as EntryDraft;
        let publicId: string;
        do publicId = String(randomInt(10_000_000, 100_000_000));
        while (publicIds.has(publicId));
        publicIds.add(publicId);
        const entryId = cuid();
        const versionId = cuid();
        const published = new Date(now.getTime() - randomInt(0, 700) * 86_400_000);
        const json = JSON.stringify(doc);
        insEntry.run(
          entryId,
          publicId,
          org.id,
          doc.name,
          json,
          null,
          iso(published),
          iso(published),
          iso(published),
          iso(new Date(published.getTime() + 365 * 86_400_000)),
          iso(published),
          iso(published),
        );
        insVersion.run(versionId, entryId, 1, json, "First publication", iso(published));
        db.prepare(`UPDATE Entry SET currentVersionId = ? WHERE id = ?`).run(versionId, entryId);
        for (const f of facetsOf(doc, { entryId, state: "published", organisation: org })) insFacet.run(entryId, f.facet, f.value);
        const texts = [
          doc.name ?? "",
          doc.descriptionShort ?? "",
          doc.goal ?? "",
          (doc.tags ?? []).join(" "),
          [doc.humanIntervention, doc.lawfulBasis].join("\n"),
        ];
        const stems = stemColumns(texts, stemLanguagesOf(doc.language));
        insFts.run(entryId, texts[0], texts[1], texts[2], org.name, texts[3], texts[4], stems.nl, stems.en);
        if (i % 10 === 0) {
          threadNo++;
          const created = new Date(published.getTime() + 86_400_000);
          const answered = i % 20 === 0 ? iso(new Date(created.getTime() + 10 * 86_400_000)) : null;
          insThread.run(
            cuid(),
            `FB-BENCH-${String(threadNo).padStart(6, "0")}`,
            entryId,
            org.id,
            "How is my data used by this system?",
            answered ? "answered" : "received",
            iso(new Date(created.getTime() + 28 * 86_400_000)),
            answered,
            iso(created),
            iso(created),
          );
        }
      }
    })();
  }
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  db.close();
  return { entries, organisations, threads: threadNo };
}
