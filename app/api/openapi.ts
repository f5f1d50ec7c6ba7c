/** The OpenAPI 3.1 description of /api/v1, as data. Tests check real responses against these schemas. */
type Schema = Record<string, unknown>;

const str = { type: "string" } as const;
const nstr = { type: ["string", "null"] } as const;
const dateTime = { type: "string", format: "date-time" } as const;
const nDateTime = { type: ["string", "null"], format: "date-time" } as const;
const int = { type: "integer" } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, Schema>, required = Object.keys(properties), extra: Schema = {}) => ({ type: "object", properties, required, ...extra });

const schemas: Record<string, Schema> = {
  Error: obj({ error: obj({ status: int, message: str }) }),
  PageMeta: obj({ total: int, page: int, per_page: int, pages: int }),
  PageLinks: obj({ self: str, first: str, last: str, prev: nstr, next: nstr }),
  OrganisationRef: obj({ slug: str, name: str }),
  EntrySummary: obj({
    id: { type: "string", description: "Stable public id (8 digits)." },
    url: str,
    api_url: str,
    name: str,
    description_short: str,
    organisation: ref("OrganisationRef"),
    publication_category: { type: ["string", "null"], enum: ["A", "B", "C", null] },
    lifecycle_status: { type: ["string", "null"], enum: ["in_development", "in_use", "out_of_use", null] },
    themes: { type: "array", items: str },
    register_status: { type: "string", enum: ["published", "archived"] },
    version: int,
    updated_at: dateTime,
  }),
  EntryList: obj({ data: { type: "array", items: ref("EntrySummary") }, meta: ref("PageMeta"), links: ref("PageLinks") }),
  Procurement: {
    type: ["object", "null"],
    description: "The public part of the procurement block: withheld details are null and listed in `withheld` with their reason.",
    properties: {
      inHouse: { type: "boolean" },
      suppliers: { type: ["array", "null"], items: { type: "object" } },
      withheld: { type: "array", items: obj({ field: str, reason: str, legalGround: str }) },
    },
    required: ["inHouse", "withheld"],
  },
  DataDeclarations: {
    type: ["array", "null"],
    description: "Data sets the algorithm uses; null when the entry states none.",
    items: obj({ name: nstr, source: nstr, personal_data: nstr, categories: { type: "array", items: obj({ slug: str, label: str, special: { type: "boolean" }, criminal: { type: "boolean" }, legal_ground: nstr }) } }, ["name", "categories"]),
  },
  Assessment: {
    type: "object",
    description: "Public summary of a concluded human-rights impact assessment (never answer texts or reviewers' comments).",
    properties: { id: str, outcome: nstr, publicSummary: str, concludedAt: nDateTime },
    required: ["id", "outcome"],
  },
  Document: { type: "object", description: "The published entry document (field reference: /about).", properties: { name: str, descriptionShort: str } },
  Entry: obj({
    id: str,
    url: str,
    name: str,
    register_status: { type: "string", enum: ["published", "archived"] },
    version: obj({ number: int, published_at: dateTime, change_note: str }),
    first_published_at: nDateTime,
    last_reviewed_at: nDateTime,
    review_due_at: nDateTime,
    archived_at: nDateTime,
    organisation: obj({ slug: str, name: str, type: str, identifier_scheme: str, identifier: str }),
    risk_level: { type: ["string", "null"], enum: ["low", "moderate", "high", null] },
    document: ref("Document"),
    procurement: ref("Procurement"),
    data_declarations: ref("DataDeclarations"),
    assessments: { type: "array", items: ref("Assessment") },
    links: obj({ self: str, versions: str, feedback: str, html: str }),
  }),
  Version: obj({
    number: int,
    kind: { type: "string", enum: ["published", "archived", "imported"] },
    published_at: dateTime,
    change_note: str,
    diff_url: nstr,
    document: ref("Document"),
    procurement: ref("Procurement"),
    data_declarations: ref("DataDeclarations"),
  }),
  VersionList: obj({ id: str, url: str, data: { type: "array", items: ref("Version") } }),
  Organisation: obj({ slug: str, name: str, type: str, identifier_scheme: str, identifier: str, website: nstr, published_entries: int, url: str, entries_url: str }),
  OrganisationList: obj({ data: { type: "array", items: ref("Organisation") }, meta: ref("PageMeta"), links: ref("PageLinks") }),
  Supplier: obj({ id: str, slug: str, name: str, scheme: str, identifier: str, country: nstr, website: nstr, published_entries: int, url: str, entries_url: str }),
  SupplierList: obj({ data: { type: "array", items: ref("Supplier") }, meta: ref("PageMeta"), links: ref("PageLinks") }),
  FeedbackThread: obj({
    reference: str,
    type: str,
    text: str,
    status: str,
    received_at: dateTime,
    updated_at: dateTime,
    answered_at: nDateTime,
    closed_at: nDateTime,
    awaiting_days: { type: ["integer", "null"] },
    answers: { type: "array", items: obj({ body: str, at: dateTime }) },
  }),
  FeedbackList: obj({ id: str, url: str, data: { type: "array", items: ref("FeedbackThread") } }),
  Change: obj({
    kind: { type: "string", enum: ["published", "new_version", "retired"] },
    id: str,
    name: str,
    organisation: str,
    version: int,
    published_at: dateTime,
    change_note: str,
    url: str,
    api_url: str,
    diff_url: nstr,
    cursor: str,
  }),
  ChangeList: obj({ data: { type: "array", items: ref("Change") }, next_cursor: nstr, links: obj({ self: str, next: nstr }) }),
};

const filterParams = ["organisation", "organisation_type", "theme", "lifecycle", "category", "risk_level", "eu_high_risk", "algorithm_type", "supplier", "procedure", "data_category", "assessment", "feedback", "state"].map((name) => ({
  name,
  in: "query",
  required: false,
  description: `Filter on ${name.replace(/_/g, " ")}; repeat the parameter (or separate with commas) to match any of several values.`,
  schema: { type: "array", items: { type: "string" } },
  style: "form",
  explode: true,
}));
const pageParams = [
  { name: "page", in: "query", required: false, schema: { type: "integer", minimum: 1, default: 1 } },
  { name: "per_page", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
];
const idParam = { name: "id", in: "path", required: true, description: "The entry's public id.", schema: { type: "string", pattern: "^\\d+$" } };

const ok = (schema: string, description: string) => ({
  "200": {
    description,
    headers: {
      ETag: { schema: { type: "string" } },
      "Cache-Control": { schema: { type: "string" } },
      "Access-Control-Allow-Origin": { schema: { type: "string" } },
    },
    content: { "application/json": { schema: ref(schema) } },
  },
  "304": { description: "Not modified: the If-None-Match header matched the ETag." },
});
const notFound = { "404": { description: "No published entry has this id.", content: { "application/json": { schema: ref("Error") } } } };

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Public Algorithm Register API",
    version: "1.0.0",
    description: "Read-only open data: published algorithm entries, their versions, organisations, suppliers, public feedback and a change feed. No key needed; CORS is open; responses carry an ETag and may be cached for 60 seconds.",
    license: { name: "CC0 1.0", identifier: "CC0-1.0" },
  },
  servers: [{ url: "/" }],
  paths: {
    "/api/v1/entries": {
      get: {
        operationId: "listEntries",
        summary: "Search published entries",
        parameters: [
          { name: "q", in: "query", required: false, description: "Search words (accent-insensitive; the last word matches as a prefix).", schema: { type: "string" } },
          { name: "sort", in: "query", required: false, schema: { type: "string", enum: ["relevance", "name", "updated"] } },
          ...filterParams,
          ...pageParams,
        ],
        responses: ok("EntryList", "One page of entries."),
      },
    },
    "/api/v1/entries/{id}": { get: { operationId: "getEntry", summary: "One published entry (its latest version)", parameters: [idParam], responses: { ...ok("Entry", "The entry."), ...notFound } } },
    "/api/v1/entries/{id}/versions": { get: { operationId: "listVersions", summary: "Every published version of an entry, newest first", parameters: [idParam], responses: { ...ok("VersionList", "The versions."), ...notFound } } },
    "/api/v1/entries/{id}/feedback": { get: { operationId: "listFeedback", summary: "Published feedback threads and answers", parameters: [idParam], responses: { ...ok("FeedbackList", "The threads."), ...notFound } } },
    "/api/v1/organisations": { get: { operationId: "listOrganisations", summary: "Organisations", parameters: pageParams, responses: ok("OrganisationList", "One page of organisations.") } },
    "/api/v1/suppliers": { get: { operationId: "listSuppliers", summary: "Suppliers named by published entries", parameters: pageParams, responses: ok("SupplierList", "One page of suppliers.") } },
    "/api/v1/changes": {
      get: {
        operationId: "listChanges",
        summary: "Versions published after a moment, oldest first, for incremental sync",
        parameters: [
          { name: "since", in: "query", required: false, description: "ISO 8601 date or date-time (exclusive).", schema: { type: "string" } },
          { name: "cursor", in: "query", required: false, description: "`next_cursor` of the previous page.", schema: { type: "string" } },
          pageParams[1],
        ],
        responses: { ...ok("ChangeList", "One page of changes."), "400": { description: "`since` is not a date.", content: { "application/json": { schema: ref("Error") } } } },
      },
    },
  },
  components: { schemas },
} as const;
