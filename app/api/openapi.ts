/**
 * The OpenAPI 3.1 description of /api/v1, as data. The response schemas are zod
 * schemas turned into JSON Schema (z.toJSONSchema): the entry document's from the
 * entry schema itself, the enums from the vocabularies. Tests check real responses against them.
 */
import { z } from "zod";
import { LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { RISK_LEVELS } from "~content/vocabularies/risk-matrix";
import { entryLooseObject } from "~/entries/entry-schema";
import { slugsOf } from "~/entries/schema-kit";
import { FIELDS, type FieldKey } from "~/entries/standard";
import { fieldHint, fieldLabel } from "~/entries/standard-text";
import { textFor } from "~/i18n/text";
import { TRANSLATABLE_FIELDS } from "~/entries/translations";
import { LANGUAGES } from "~/i18n/languages.mjs";
import { FILING_SCHEMAS, filingPaths, TOKEN_SCHEME } from "./openapi-filing";
import { API_SCOPES } from "./scopes";

type Schema = Record<string, unknown>;

const registry = z.registry<{ id: string }>();
const component = <T extends z.ZodType>(id: string, schema: T) => {
  registry.add(schema, { id });
  return schema;
};

const str = z.string();
const nstr = z.string().nullable();
const dateTime = z.string().meta({ format: "date-time" });
const nDateTime = dateTime.nullable();
const int = z.number().int();
const list = <T extends z.ZodType>(item: T) => z.array(item);
const registerStatus = z.enum(["published", "archived"]);

component("Error", z.object({ error: z.object({ status: int, message: str }) }));
component(
  "ProblemDetails",
  z.looseObject({ type: str, title: str, status: int, detail: str.optional() }).meta({ description: "RFC 9457 problem details (application/problem+json)." }),
);
component(
  "TokenResponse",
  z.object({ access_token: str, token_type: z.literal("Bearer"), expires_in: int, scope: str }).meta({ description: "RFC 6749 §5.1." }),
);
component(
  "TokenError",
  z
    .object({
      error: z.enum(["invalid_request", "invalid_client", "unsupported_grant_type", "invalid_scope", "unauthorized_client"]),
      error_description: str.optional(),
    })
    .meta({ description: "RFC 6749 §5.2." }),
);
const PageMeta = component("PageMeta", z.object({ total: int, page: int, per_page: int, pages: int }));
const PageLinks = component("PageLinks", z.object({ self: str, first: str, last: str, prev: nstr, next: nstr }));
const OrganisationRef = component("OrganisationRef", z.object({ slug: str, name: str }));
const EntrySummary = component(
  "EntrySummary",
  z.object({
    id: str.meta({ description: "Stable public id (8 digits)." }),
    url: str,
    api_url: str,
    name: str,
    description_short: str,
    organisation: OrganisationRef,
    publication_category: z.enum(slugsOf(PUBLICATION_CATEGORIES)).nullable(),
    lifecycle_status: z.enum(slugsOf(LIFECYCLE_STATUSES)).nullable(),
    themes: list(str),
    register_status: registerStatus,
    version: int,
    updated_at: dateTime,
  }),
);
component("EntryList", z.object({ data: list(EntrySummary), meta: PageMeta, links: PageLinks }));
const Procurement = component(
  "Procurement",
  z
    .looseObject({
      inHouse: z.boolean(),
      suppliers: list(z.looseObject({})).nullish(),
      withheld: list(z.object({ field: str, reason: str, legalGround: str })),
    })
    .nullable()
    .meta({ description: "The public part of the procurement block: withheld details are null and listed in `withheld` with their reason." }),
);
const DataDeclarations = component(
  "DataDeclarations",
  list(
    z.looseObject({
      name: nstr,
      source: nstr.optional(),
      personal_data: nstr.optional(),
      categories: list(z.object({ slug: str, label: str, special: z.boolean(), criminal: z.boolean(), legal_ground: nstr })),
    }),
  )
    .nullable()
    .meta({ description: "Data sets the algorithm uses; null when the entry states none." }),
);
const Assessment = component(
  "Assessment",
  z
    .looseObject({ id: str, outcome: nstr, publicSummary: str.optional(), concludedAt: nDateTime.optional() })
    .meta({ description: "Public summary of a concluded human-rights impact assessment (never answer texts or reviewers' comments)." }),
);
const Translation = component(
  "Translation",
  z
    .object({
      language: z.enum(LANGUAGES).meta({ description: "BCP 47 tag of the translation's language." }),
      fields: z.partialRecord(z.enum(TRANSLATABLE_FIELDS), str).meta({ description: "The translated texts, under the document's field names." }),
    })
    .meta({ description: "The organisation's translation of the entry's texts, published with this version." }),
);
const Languages = {
  language: nstr.meta({ description: "BCP 47 tag of the language the entry is written in (`nl` for the document's `language` nld); null: not stated." }),
  translations: list(Translation),
};
const Document = component(
  "Document",
  entryLooseObject
    .omit({ procurement: true, dataDeclarations: true, translations: true })
    .meta({ description: "The published entry document (field reference: /about). Procurement and data declarations have their own blocks." }),
);
component(
  "Entry",
  z.object({
    id: str,
    url: str,
    name: str,
    register_status: registerStatus,
    version: z.object({ number: int, published_at: dateTime, change_note: str }),
    first_published_at: nDateTime,
    last_changed_at: nDateTime.meta({ description: "When the entry last changed: the source's date for an imported entry, else its latest publication." }),
    last_reviewed_at: nDateTime,
    review_due_at: nDateTime,
    archived_at: nDateTime,
    organisation: z.object({ slug: str, name: str, type: str, identifier_scheme: str, identifier: str }),
    risk_level: z.enum(slugsOf(RISK_LEVELS)).nullable(),
    publication_category: z.enum(slugsOf(PUBLICATION_CATEGORIES)).nullable().meta({ description: "null: not stated by the organisation or its source." }),
    eu_high_risk: z.boolean().nullable().meta({ description: "null: not stated." }),
    impact_assessment: nstr.meta({ description: "What the entry says about impact assessments; null: not stated." }),
    derived_fields: list(str).meta({
      description: "Fields whose value the register derived (e.g. a short description cut from a longer text) rather than took as given.",
    }),
    source: z
      .object({ system: str, id: nstr, url: nstr, registered_at: nDateTime })
      .nullable()
      .meta({ description: "Provenance of an imported entry: the source register, its id and the original record's address (not a contact)." }),
    ...Languages,
    document: Document,
    procurement: Procurement,
    data_declarations: DataDeclarations,
    assessments: list(Assessment),
    links: z.object({ self: str, versions: str, feedback: str, html: str }),
  }),
);
const Version = component(
  "Version",
  z.object({
    number: int,
    kind: z.enum(["published", "archived", "imported"]),
    published_at: dateTime,
    change_note: str,
    organisation_name: nstr.meta({ description: "The organisation the entry belonged to in this version; null: not recorded." }),
    diff_url: nstr,
    ...Languages,
    document: Document,
    procurement: Procurement,
    data_declarations: DataDeclarations,
  }),
);
component("VersionList", z.object({ id: str, url: str, data: list(Version) }));
const Organisation = component(
  "Organisation",
  z.object({ slug: str, name: str, type: str, identifier_scheme: str, identifier: str, website: nstr, published_entries: int, url: str, entries_url: str }),
);
component("OrganisationList", z.object({ data: list(Organisation), meta: PageMeta, links: PageLinks }));
const Supplier = component(
  "Supplier",
  z.object({ id: str, slug: str, name: str, scheme: str, identifier: str, country: nstr, website: nstr, published_entries: int, url: str, entries_url: str }),
);
component("SupplierList", z.object({ data: list(Supplier), meta: PageMeta, links: PageLinks }));
const FeedbackThread = component(
  "FeedbackThread",
  z.object({
    reference: str,
    type: str,
    text: str,
    status: str,
    received_at: dateTime,
    updated_at: dateTime,
    answered_at: nDateTime,
    closed_at: nDateTime,
    awaiting_days: int.nullable(),
    answers: list(z.object({ body: str, at: dateTime })),
  }),
);
component("FeedbackList", z.object({ id: str, url: str, data: list(FeedbackThread) }));
const Change = component(
  "Change",
  z.object({
    kind: z.enum(["published", "new_version", "retired"]),
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
);
component("ChangeList", z.object({ data: list(Change), next_cursor: nstr, links: z.object({ self: str, next: nstr }) }));

/** The components as OpenAPI wants them: each schema under its name, referring to the others by `$ref`. */
function componentSchemas(): Record<string, Schema> {
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as Schema;
      return [id, rest];
    }),
  );
}

/**
 * Give each field of the document its label (title) and hint (description) from the standard. The
 * OpenAPI document is for developers and is written in English, so these stay English whatever the
 * language of the request.
 */
function describeFields(document: Schema) {
  const t = textFor("en");
  for (const key of Object.keys(FIELDS) as FieldKey[]) {
    const property = key.split(".").reduce<Schema | undefined>((node, part) => (node?.properties as Record<string, Schema> | undefined)?.[part], document);
    if (property) Object.assign(property, { title: fieldLabel(t, key), description: fieldHint(t, key) });
  }
}

const schemas = { ...componentSchemas(), ...FILING_SCHEMAS };
describeFields(schemas.Document);
describeFields(schemas.DraftDocument);
describeFields(schemas.DraftInput);
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const filterParams = [
  "organisation",
  "organisation_type",
  "theme",
  "lifecycle",
  "category",
  "risk_level",
  "eu_high_risk",
  "algorithm_type",
  "supplier",
  "procedure",
  "data_category",
  "assessment",
  "feedback",
  "state",
].map((name) => ({
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
    description:
      "Open data: published algorithm entries, their versions, organisations, suppliers, public feedback and a change feed. No key needed; CORS is open; responses carry an ETag and may be cached for 60 seconds. Filing (tag Filing, /api/v1/drafts and /api/v1/feedback): an organisation's API client files, updates and submits its drafts, publishes them with `entries:publish`, and answers feedback, with an OAuth 2.0 access token (client credentials) and the same rules as the web form; see /about/developers. Tools that speak the Dutch register's filing API (aanleverapi v1.0) use its own paths and document, a separate description at [/aanleverapi/v1_0/openapi.json](/aanleverapi/v1_0/openapi.json), with the same tokens and rules.",
    license: { name: "CC0 1.0", identifier: "CC0-1.0" },
  },
  servers: [{ url: "/" }],
  paths: {
    "/api/v1/entries": {
      get: {
        operationId: "listEntries",
        summary: "Search published entries",
        parameters: [
          {
            name: "q",
            in: "query",
            required: false,
            description: "Search words (accent-insensitive; the last word matches as a prefix).",
            schema: { type: "string" },
          },
          { name: "sort", in: "query", required: false, schema: { type: "string", enum: ["relevance", "name", "updated"] } },
          ...filterParams,
          ...pageParams,
        ],
        responses: ok("EntryList", "One page of entries."),
      },
    },
    "/api/v1/entries/{id}": {
      get: {
        operationId: "getEntry",
        summary: "One published entry (its latest version)",
        parameters: [idParam],
        responses: { ...ok("Entry", "The entry."), ...notFound },
      },
    },
    "/api/v1/entries/{id}/versions": {
      get: {
        operationId: "listVersions",
        summary: "Every published version of an entry, newest first",
        parameters: [idParam],
        responses: { ...ok("VersionList", "The versions."), ...notFound },
      },
    },
    "/api/v1/entries/{id}/feedback": {
      get: {
        operationId: "listFeedback",
        summary: "Published feedback threads and answers",
        parameters: [idParam],
        responses: { ...ok("FeedbackList", "The threads."), ...notFound },
      },
    },
    "/api/v1/organisations": {
      get: {
        operationId: "listOrganisations",
        summary: "Organisations",
        parameters: pageParams,
        responses: ok("OrganisationList", "One page of organisations."),
      },
    },
    "/api/v1/suppliers": {
      get: {
        operationId: "listSuppliers",
        summary: "Suppliers named by published entries",
        parameters: pageParams,
        responses: ok("SupplierList", "One page of suppliers."),
      },
    },
    "/api/v1/changes": {
      get: {
        operationId: "listChanges",
        summary: "Versions published after a moment, oldest first, for incremental sync",
        parameters: [
          { name: "since", in: "query", required: false, description: "ISO 8601 date or date-time (exclusive).", schema: { type: "string" } },
          { name: "cursor", in: "query", required: false, description: "`next_cursor` of the previous page.", schema: { type: "string" } },
          pageParams[1],
        ],
        responses: {
          ...ok("ChangeList", "One page of changes."),
          "400": { description: "`since` is not a date.", content: { "application/json": { schema: ref("Error") } } },
        },
      },
    },
    "/oauth/token": {
      post: {
        operationId: "getAccessToken",
        summary: "An access token for an API client (OAuth 2.0 client credentials, RFC 6749 §4.4)",
        description:
          "The client authenticates with HTTP Basic (client id and secret) or with `client_id` and `client_secret` in the form, not both. `scope` narrows the client's scopes. The token is a JWT signed with ES256 (keys at `/.well-known/jwks.json`), valid for a few minutes (API_TOKEN_MINUTES, 5 by default); send it as `Authorization: Bearer <token>`.",
        security: [{ clientSecretBasic: [] }, {}],
        requestBody: {
          required: true,
          content: {
            "application/x-www-form-urlencoded": {
              schema: {
                type: "object",
                required: ["grant_type"],
                properties: {
                  grant_type: { type: "string", const: "client_credentials" },
                  scope: { type: "string", description: `Space-separated; any of: ${API_SCOPES.join(", ")}.` },
                  client_id: { type: "string" },
                  client_secret: { type: "string" },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "The access token.", content: { "application/json": { schema: ref("TokenResponse") } } },
          "400": {
            description: "A malformed request, another grant type, or a scope the client does not have.",
            content: { "application/json": { schema: ref("TokenError") } },
          },
          "401": { description: "Unknown, revoked or expired client, or a wrong secret.", content: { "application/json": { schema: ref("TokenError") } } },
          "429": { description: "Too many token requests from this address.", content: { "application/json": { schema: ref("TokenError") } } },
        },
      },
    },
    ...filingPaths(TOKEN_SCHEME),
  },
  components: {
    schemas,
    securitySchemes: {
      oauth2: {
        type: "oauth2",
        description:
          "API clients are created by an organisation's approvers or an administrator at /account/api-clients. Errors of requests with a token are RFC 9457 problem details: 401 with `WWW-Authenticate: Bearer` for a missing, invalid or expired token or a revoked client; 403 `insufficient_scope`; 429 with `Retry-After` above the per-client rate limit.",
        flows: {
          clientCredentials: {
            tokenUrl: "/oauth/token",
            scopes: {
              "entries:read": "Read the organisation's entries, drafts included",
              "entries:write": "Create and update drafts",
              "entries:submit": "Submit drafts for approval",
              "entries:publish": "Publish, request changes and retire entries",
              "feedback:read": "Read feedback on the organisation's entries",
              "feedback:answer": "Publish answers to feedback",
            } satisfies Record<(typeof API_SCOPES)[number], string>,
          },
        },
      },
      clientSecretBasic: { type: "http", scheme: "basic", description: "The token endpoint only: client id and secret." },
    },
  },
} as const;
