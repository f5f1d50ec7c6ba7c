/**
 * Procurement and supplier vocabularies.
 * Procurement methods follow the Open Contracting Data Standard (OCDS)
 * `tender.procurementMethod` codes, plus two call-off variants of our own.
 * Currency codes are not listed here: the app uses Intl for ISO 4217.
 */

/* ---------- Supplier role ---------- */

export const SUPPLIER_ROLES = [
  { slug: "developer", label: "Developer", description: "Built the algorithm or the system around it." },
  { slug: "licensor", label: "Licensor", description: "Supplies a ready-made product under a licence." },
  { slug: "data_provider", label: "Data provider", description: "Supplies data that the algorithm uses." },
  { slug: "hosting", label: "Hosting", description: "Runs the system on its own infrastructure or cloud." },
  { slug: "maintenance", label: "Maintenance", description: "Maintains, updates or supports the system." },
] as const;

export type SupplierRole = (typeof SUPPLIER_ROLES)[number]["slug"];

/* ---------- Procurement method ---------- */

export const PROCUREMENT_METHODS = [
  { slug: "open", ocds: "open", label: "Open procedure", description: "Any interested supplier could bid." },
  { slug: "selective", ocds: "selective", label: "Selective procedure", description: "Only suppliers that met set criteria could bid." },
  { slug: "limited", ocds: "limited", label: "Limited procedure", description: "The buyer invited a few suppliers of its own choice." },
  { slug: "direct", ocds: "direct", label: "Direct award", description: "The contract went to one supplier without competition." },
  {
    slug: "framework_call_off",
    ocds: "selective",
    label: "Call-off from a framework agreement",
    description: "Ordered under an existing framework agreement that was itself tendered.",
  },
  {
    slug: "dps_call_off",
    ocds: "selective",
    label: "Call-off from a dynamic purchasing system",
    description: "Ordered through a dynamic purchasing system open to qualified suppliers.",
  },
] as const satisfies readonly {
  slug: string;
  ocds: "open" | "selective" | "limited" | "direct";
  label: string;
  description: string;
}[];

export type ProcurementMethod = (typeof PROCUREMENT_METHODS)[number]["slug"];
export type OcdsProcurementMethod = (typeof PROCUREMENT_METHODS)[number]["ocds"];

/* ---------- Supplier identifier schemes (org-id.guide style) ---------- */
// `rule` completes the sentence "A <label> (<scheme>) …" in validation messages.
// Identifiers in `compact` schemes are compared after removing spaces, dots and hyphens and upper-casing
// (see app/procurement/supplier-ids.ts).

export const SUPPLIER_ID_SCHEMES = [
  {
    scheme: "NL-KVK",
    compact: true,
    rule: "has 8 digits",
    label: "Netherlands Chamber of Commerce (KVK) number",
    pattern: "^\\d{8}$",
    example: "12345678",
  },
  {
    scheme: "GB-COH",
    compact: true,
    rule: "has 8 characters: 8 digits, or 2 letters and 6 digits",
    label: "UK Companies House number",
    pattern: "^(\\d{8}|[A-Z]{2}\\d{6})$",
    example: "SC123456",
  },
  {
    scheme: "GB-CHC",
    compact: true,
    rule: "has 6 or 7 digits",
    label: "Charity Commission for England and Wales number",
    pattern: "^\\d{6,7}$",
    example: "1234567",
  },
  {
    scheme: "BE-BCE_KBO",
    compact: true,
    rule: "has 10 digits",
    label: "Belgian Crossroads Bank for Enterprises number",
    pattern: "^\\d{10}$",
    example: "0123456789",
  },
  {
    scheme: "DE-CR",
    compact: false,
    rule: "names the court and the register number",
    label: "German commercial register (court and number)",
    pattern: "^.+$",
    example: "Amtsgericht Berlin (Charlottenburg) HRB 123456",
  },
  {
    scheme: "XI-LEI",
    compact: true,
    rule: "has 20 letters and digits",
    label: "Legal Entity Identifier (LEI)",
    pattern: "^[A-Z0-9]{20}$",
    example: "5299000EXAMPLE000042",
  },
  {
    scheme: "other",
    compact: false,
    rule: "can be any identifier",
    label: "Other identifier",
    pattern: "^.*$",
    example: "",
  },
] as const satisfies readonly { scheme: string; compact: boolean; rule: string; label: string; pattern: string; example: string }[];

export type SupplierIdScheme = (typeof SUPPLIER_ID_SCHEMES)[number]["scheme"];

/* ---------- Who owns the model and data ---------- */

export const OWNERSHIP_OPTIONS = [
  { slug: "agency", label: "Our organisation", description: "We own the model, code and data." },
  { slug: "supplier", label: "The supplier", description: "The supplier owns it; we have a licence to use it." },
  { slug: "shared", label: "Shared", description: "Ownership is split between us and the supplier, as set out in the contract." },
  { slug: "open", label: "Open licence", description: "Published under an open licence that anyone can use." },
] as const;

export type Ownership = (typeof OWNERSHIP_OPTIONS)[number]["slug"];

/* ---------- Supplier access to personal data ---------- */

export const SUPPLIER_DATA_ACCESS = [
  { slug: "none", label: "No access to personal data" },
  { slug: "pseudonymised", label: "Access to pseudonymised data only" },
  { slug: "identifiable", label: "Access to identifiable personal data" },
] as const;

export type SupplierDataAccess = (typeof SUPPLIER_DATA_ACCESS)[number]["slug"];
