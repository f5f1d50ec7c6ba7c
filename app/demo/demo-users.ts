/**
 * DEMO ONLY. These accounts exist only in the demo seed (`npm start` with SEED_DEMO unset)
 * and are marked `isDemo`; a real deployment sets SEED_DEMO=0 and uses `npm run create-admin`.
 */
export const DEMO_PASSWORD = "demo-register-2026";

export const DEMO_USERS = [
  { email: "admin@register.example", name: "Ada Admin", role: "admin", org: null },
  { email: "reviewer@oversight.example", name: "Rafael Reviewer", role: "reviewer", org: null },
  { email: "editor@lindewaard.example", name: "Eva Editor", role: "editor", org: "gemeente-lindewaard" },
  { email: "approver@lindewaard.example", name: "Arjen Approver", role: "approver", org: "gemeente-lindewaard" },
  { email: "editor@oosterhaven.example", name: "Olle Editor", role: "editor", org: "gemeente-oosterhaven" },
  { email: "approver@oosterhaven.example", name: "Otto Approver", role: "approver", org: "gemeente-oosterhaven" },
  { email: "editor@uitkeringen.example", name: "Uma Editor", role: "editor", org: "dienst-uitkeringen" },
  { email: "approver@uitkeringen.example", name: "Umar Approver", role: "approver", org: "dienst-uitkeringen" },
  { email: "editor@burgerzaken.example", name: "Bram Editor", role: "editor", org: "ministerie-burgerzaken" },
  { email: "approver@burgerzaken.example", name: "Bea Approver", role: "approver", org: "ministerie-burgerzaken" },
] as const;
