// Dutch text of the catalogue in procurement.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { CatalogueShape } from "./translator";
import type { t as english } from "./procurement.en";

/** The `supplier` facet value written for entries built in-house (see app/search/indexing.server.ts). */
export const IN_HOUSE_FACET = "in-house";

export const procurementNl: CatalogueShape<typeof english> = {
  inHouse: "Developed in-house",
  untitled: "Untitled entry",
  duplicate: (name: string) => `This supplier is already registered as ${name}`,
  viewExisting: (name: string) => `View the existing record for ${name}`,
  suppliers: {
    title: "Suppliers",
    intro:
      "Companies and other organisations that build, license, host or maintain the algorithms in this register, with the number of published algorithms that use each.",
    caption: (n: number) => `${n} ${n === 1 ? "supplier" : "suppliers"}`,
    name: "Supplier",
    identifier: "Registration number",
    country: "Country",
    count: "Published algorithms",
    none: "No suppliers have been registered yet.",
    register: "Register a supplier",
  },
  supplier: {
    details: "Details",
    identifier: "Registration number",
    country: "Country",
    website: "Website",
    used: "Algorithms using this supplier",
    usedCount: (n: number) => (n === 1 ? "1 published algorithm uses this supplier." : `${n} published algorithms use this supplier.`),
    none: "No published algorithm uses this supplier yet.",
    role: "Role",
    algorithm: "Algorithm",
    caption: (org: string) => `Algorithms of ${org}`,
    created: "Supplier registered.",
  },
  register: {
    title: "Register a supplier",
    intro:
      "Register a company or other organisation once; every organisation can then name it in its entries. The registration number is how we tell suppliers apart.",
    name: "Name",
    nameHint: "The registered legal name, for example ParkSight B.V.",
    scheme: "Identifier scheme",
    schemeHint: "The register the supplier is listed in.",
    identifier: "Registration number",
    identifierHint: "For example a KVK number (8 digits) or a Companies House number (8 characters).",
    country: "Country",
    countryHint: "The country where the supplier is registered.",
    website: "Website",
    submit: "Register supplier",
    back: "Back to the entry",
  },
  block: {
    title: "Procurement and suppliers",
    suppliers: "Suppliers",
    inHouse: "Developed in-house: the organisation built it itself.",
    inHouseWithSuppliers: "Developed in-house, with help from these suppliers:",
    noSuppliers: "No supplier is named.",
    withheld: (reason: string, legalGround: string) => `Withheld: ${reason}${legalGround ? ` (${legalGround})` : ""}`,
    unknownSupplier: "Supplier no longer registered",
  },
  fields: {
    builtBy: "Who built it?",
    inHouse: "Developed in-house",
    inHouseHint: "Your organisation built it itself. You can still name hosting or maintenance suppliers below.",
    bySupplier: "Built or supplied by a third party",
    supplierRow: (n: number) => `Supplier ${n}`,
    supplier: "Supplier",
    role: "Role",
    choose: "Choose…",
    notListed: "Supplier not in the list?",
    registerLink: "Register a supplier",
    registerWarning: "Your draft is saved first, and you come back here afterwards.",
    contract: "Contract",
    ownership: "Ownership and access",
    withheldRow: (n: number) => `Withheld detail ${n}`,
    withheldIntro: "If a detail is commercially confidential, say which one, why, and on what legal ground. It is not published; the reason is.",
    withheldField: "Detail withheld",
    withheldReason: "Reason",
    withheldLegalGround: "Legal ground",
    withheldLegalGroundHint: "For example Woo article 5.1(2)(f).",
  },
};
