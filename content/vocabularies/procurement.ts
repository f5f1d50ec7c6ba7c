/**
 * Procurement and supplier vocabularies.
 * Procurement methods follow the Open Contracting Data Standard (OCDS)
 * `tender.procurementMethod` codes, plus two call-off variants of our own.
 * Currency codes are not listed here: the app uses Intl for ISO 4217.
 */
import { labelIn, type Language, type Localized } from "./localized";

/* ---------- Supplier role ---------- */

export const SUPPLIER_ROLES = [
  {
    slug: "developer",
    label: { en: "Developer", nl: "Ontwikkelaar" },
    description: { en: "Built the algorithm or the system around it.", nl: "Heeft het algoritme of het systeem eromheen gebouwd." },
  },
  {
    slug: "licensor",
    label: { en: "Licensor", nl: "Licentiegever" },
    description: { en: "Supplies a ready-made product under a licence.", nl: "Levert een kant-en-klaar product onder licentie." },
  },
  {
    slug: "data_provider",
    label: { en: "Data provider", nl: "Gegevensleverancier" },
    description: { en: "Supplies data that the algorithm uses.", nl: "Levert gegevens die het algoritme gebruikt." },
  },
  {
    slug: "hosting",
    label: { en: "Hosting", nl: "Hosting" },
    description: { en: "Runs the system on its own infrastructure or cloud.", nl: "Draait het systeem op de eigen infrastructuur of in de eigen cloud." },
  },
  {
    slug: "maintenance",
    label: { en: "Maintenance", nl: "Onderhoud" },
    description: { en: "Maintains, updates or supports the system.", nl: "Onderhoudt, actualiseert of ondersteunt het systeem." },
  },
] as const satisfies readonly { slug: string; label: Localized; description: Localized }[];

export type SupplierRole = (typeof SUPPLIER_ROLES)[number]["slug"];

/* ---------- Procurement method ---------- */

export const PROCUREMENT_METHODS = [
  {
    slug: "open",
    ocds: "open",
    label: { en: "Open procedure", nl: "Openbare procedure" },
    description: { en: "Any interested supplier could bid.", nl: "Elke geïnteresseerde leverancier kon inschrijven." },
  },
  {
    slug: "selective",
    ocds: "selective",
    label: { en: "Selective procedure", nl: "Niet-openbare procedure" },
    description: {
      en: "Only suppliers that met set criteria could bid.",
      nl: "Alleen leveranciers die aan vooraf gestelde eisen voldeden, konden inschrijven.",
    },
  },
  {
    slug: "limited",
    ocds: "limited",
    label: { en: "Limited procedure", nl: "Meervoudig onderhandse procedure" },
    description: { en: "The buyer invited a few suppliers of its own choice.", nl: "De aanbestedende dienst nodigde zelf een paar leveranciers uit." },
  },
  {
    slug: "direct",
    ocds: "direct",
    label: { en: "Direct award", nl: "Enkelvoudig onderhandse gunning" },
    description: { en: "The contract went to one supplier without competition.", nl: "De opdracht ging zonder concurrentie naar één leverancier." },
  },
  {
    slug: "framework_call_off",
    ocds: "selective",
    label: { en: "Call-off from a framework agreement", nl: "Afroep uit een raamovereenkomst" },
    description: {
      en: "Ordered under an existing framework agreement that was itself tendered.",
      nl: "Besteld onder een bestaande raamovereenkomst die zelf is aanbesteed.",
    },
  },
  {
    slug: "dps_call_off",
    ocds: "selective",
    label: { en: "Call-off from a dynamic purchasing system", nl: "Afroep uit een dynamisch aankoopsysteem" },
    description: {
      en: "Ordered through a dynamic purchasing system open to qualified suppliers.",
      nl: "Besteld via een dynamisch aankoopsysteem dat openstaat voor gekwalificeerde leveranciers.",
    },
  },
] as const satisfies readonly {
  slug: string;
  ocds: "open" | "selective" | "limited" | "direct";
  label: Localized;
  description: Localized;
}[];

export type ProcurementMethod = (typeof PROCUREMENT_METHODS)[number]["slug"];
export type OcdsProcurementMethod = (typeof PROCUREMENT_METHODS)[number]["ocds"];

/* ---------- Supplier identifier schemes (org-id.guide style) ---------- */
// `rule` completes the sentence "A <label> (<scheme>) …" (Dutch: "Een <label> (<scheme>) …") in validation messages.
// Identifiers in `compact` schemes are compared after removing spaces, dots and hyphens and upper-casing
// (see app/procurement/supplier-ids.ts).

export const SUPPLIER_ID_SCHEMES = [
  {
    scheme: "NL-KVK",
    compact: true,
    rule: { en: "has 8 digits", nl: "heeft 8 cijfers" },
    label: { en: "Netherlands Chamber of Commerce (KVK) number", nl: "KVK-nummer (Kamer van Koophandel)" },
    pattern: "^\\d{8}$",
    example: "12345678",
  },
  {
    scheme: "GB-COH",
    compact: true,
    rule: { en: "has 8 characters: 8 digits, or 2 letters and 6 digits", nl: "heeft 8 tekens: 8 cijfers, of 2 letters en 6 cijfers" },
    label: { en: "UK Companies House number", nl: "Brits Companies House-nummer" },
    pattern: "^(\\d{8}|[A-Z]{2}\\d{6})$",
    example: "SC123456",
  },
  {
    scheme: "GB-CHC",
    compact: true,
    rule: { en: "has 6 or 7 digits", nl: "heeft 6 of 7 cijfers" },
    label: { en: "Charity Commission for England and Wales number", nl: "nummer van de Charity Commission for England and Wales" },
    pattern: "^\\d{6,7}$",
    example: "1234567",
  },
  {
    scheme: "BE-BCE_KBO",
    compact: true,
    rule: { en: "has 10 digits", nl: "heeft 10 cijfers" },
    label: { en: "Belgian Crossroads Bank for Enterprises number", nl: "Belgisch ondernemingsnummer (Kruispuntbank van Ondernemingen)" },
    pattern: "^\\d{10}$",
    example: "0123456789",
  },
  {
    scheme: "DE-CR",
    compact: false,
    rule: { en: "names the court and the register number", nl: "noemt de rechtbank en het registernummer" },
    label: { en: "German commercial register (court and number)", nl: "Duits handelsregister (rechtbank en nummer)" },
    pattern: "^.+$",
    example: "Amtsgericht Berlin (Charlottenburg) HRB 123456",
  },
  {
    scheme: "XI-LEI",
    compact: true,
    rule: { en: "has 20 letters and digits", nl: "heeft 20 letters en cijfers" },
    label: { en: "Legal Entity Identifier (LEI)", nl: "Legal Entity Identifier (LEI)" },
    pattern: "^[A-Z0-9]{20}$",
    example: "5299000EXAMPLE000042",
  },
  {
    scheme: "other",
    compact: false,
    rule: { en: "can be any identifier", nl: "kan elk kenmerk zijn" },
    label: { en: "Other identifier", nl: "Ander kenmerk" },
    pattern: "^.*$",
    example: "",
  },
] as const satisfies readonly { scheme: string; compact: boolean; rule: Localized; label: Localized; pattern: string; example: string }[];

export type SupplierIdScheme = (typeof SUPPLIER_ID_SCHEMES)[number]["scheme"];

/* ---------- Who owns the model and data ---------- */

export const OWNERSHIP_OPTIONS = [
  {
    slug: "agency",
    label: { en: "Our organisation", nl: "Onze organisatie" },
    description: { en: "We own the model, code and data.", nl: "Wij zijn eigenaar van het model, de code en de gegevens." },
  },
  {
    slug: "supplier",
    label: { en: "The supplier", nl: "De leverancier" },
    description: { en: "The supplier owns it; we have a licence to use it.", nl: "De leverancier is eigenaar; wij hebben een licentie om het te gebruiken." },
  },
  {
    slug: "shared",
    label: { en: "Shared", nl: "Gedeeld" },
    description: {
      en: "Ownership is split between us and the supplier, as set out in the contract.",
      nl: "Het eigendom is verdeeld tussen ons en de leverancier, zoals in het contract staat.",
    },
  },
  {
    slug: "open",
    label: { en: "Open licence", nl: "Open licentie" },
    description: { en: "Published under an open licence that anyone can use.", nl: "Gepubliceerd onder een open licentie die iedereen mag gebruiken." },
  },
] as const satisfies readonly { slug: string; label: Localized; description: Localized }[];

export type Ownership = (typeof OWNERSHIP_OPTIONS)[number]["slug"];

/* ---------- Supplier access to personal data ---------- */

export const SUPPLIER_DATA_ACCESS = [
  { slug: "none", label: { en: "No access to personal data", nl: "Geen toegang tot persoonsgegevens" } },
  { slug: "pseudonymised", label: { en: "Access to pseudonymised data only", nl: "Alleen toegang tot gepseudonimiseerde gegevens" } },
  { slug: "identifiable", label: { en: "Access to identifiable personal data", nl: "Toegang tot herleidbare persoonsgegevens" } },
] as const satisfies readonly { slug: string; label: Localized }[];

export type SupplierDataAccess = (typeof SUPPLIER_DATA_ACCESS)[number]["slug"];

export const supplierRoleLabel = (slug: string | null | undefined, language: Language) => labelIn(SUPPLIER_ROLES, slug, language);
export const procurementMethodLabel = (slug: string | null | undefined, language: Language) => labelIn(PROCUREMENT_METHODS, slug, language);
export const ownershipLabel = (slug: string | null | undefined, language: Language) => labelIn(OWNERSHIP_OPTIONS, slug, language);
export const supplierDataAccessLabel = (slug: string | null | undefined, language: Language) => labelIn(SUPPLIER_DATA_ACCESS, slug, language);
