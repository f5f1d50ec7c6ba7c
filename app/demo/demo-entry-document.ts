/** Turns a demo entry from content/demo/entries.ts into an entry document. */
import type { DemoEntry } from "~content/demo/entries";
import { DUTCH_DEMO_TEXTS } from "~content/demo/entries.nl";
import type { EntryDraft } from "~/entries/entry-schema";

/** The entry in Dutch when entries.nl.ts has its Dutch texts, with the English ones as its translation when so marked. */
export function demoEntryDocument(e: DemoEntry, supplierId?: string): EntryDraft {
  const doc = englishDemoDocument(e, supplierId);
  const dutch = DUTCH_DEMO_TEXTS[e.name];
  if (!dutch) return doc;
  const { english, dataDeclarations, charter, ...texts } = dutch;
  const translation = Object.fromEntries(Object.keys(texts).map((k) => [k, doc[k as keyof typeof texts]]));
  return {
    ...doc,
    ...texts,
    language: "nld",
    // Not translatable: in Dutch only.
    dataDeclarations: doc.dataDeclarations?.map((d, i) => ({ ...d, ...dataDeclarations[i], legalGrounds: { ...dataDeclarations[i]?.legalGrounds } })),
    charter: { ...charter },
    ...(english ? { translations: { en: translation } } : {}),
  };
}

function englishDemoDocument(e: DemoEntry, supplierId?: string): EntryDraft {
  return {
    name: e.name,
    descriptionShort: e.descriptionShort,
    themes: [...e.themes],
    lifecycle: { status: e.lifecycle, beganOn: e.beganIn, endedOn: e.endedIn },
    publicationCategory: e.publicationCategory,
    contact: e.contact,
    language: e.lang,
    goal: e.goal,
    proportionality: e.proportionality,
    humanIntervention: e.humanIntervention,
    appeals: e.appeals,
    risks: e.risks,
    lawfulBasis: e.lawfulBasis,
    lawfulBasisLinks: e.lawfulBasisLinks.map((l) => ({ ...l })),
    dataSourcesText: e.dataSourcesText,
    technicalOperation: e.technicalOperation,
    algorithmType: e.algorithmType,
    selfLearning: e.selfLearning,
    decisionsPerYear: e.decisionsPerYear ?? undefined,
    affectedGroups: e.affectedGroups,
    charter: { ...e.charter },
    risk: { likelihood: e.riskLikelihood, impact: e.riskImpact },
    euAiAct: { highRisk: e.euHighRisk, annexIIIArea: e.annexIIIArea ?? undefined, restrictedSection: false },
    tags: [...e.tags],
    lifeEvents: [...e.lifeEvents],
    procurement:
      e.supplier && supplierId
        ? { inHouse: false, suppliers: [{ supplierId, role: e.supplier.role }], procedure: e.supplier.procedure }
        : { inHouse: true, suppliers: [] },
    dataDeclarations: e.dataDeclarations.map((d) => ({
      name: d.name,
      source: d.source,
      personalData: d.personalData,
      categories: [...d.categories],
      legalGrounds: { ...d.legalGrounds },
      retention: d.retention,
      sharedWith: d.sharedWith,
      use: d.use,
    })),
  } as EntryDraft;
}
