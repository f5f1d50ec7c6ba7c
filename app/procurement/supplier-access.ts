import type { Role } from "~/auth/roles";

/** Staff who may register suppliers: anyone who files or publishes entries, and administrators. */
export const SUPPLIER_STAFF_ROLES: readonly Role[] = ["editor", "approver", "admin"];
