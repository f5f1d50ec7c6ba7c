import { z } from "zod";
import { ROLES } from "~/auth/roles";

export const PASSWORD_MIN = 12;

export const userSchema = z
  .object({
    name: z.string().trim().min(1, "Enter the person's name").max(100),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Enter an email address")
      .max(254)
      .email("Enter an email address in the correct format, like name@example.org"),
    role: z.enum(ROLES, { message: "Choose a role" }),
    organisationId: z.string().optional(),
    password: z.string().min(PASSWORD_MIN, `The initial password must be at least ${PASSWORD_MIN} characters`).max(200),
  })
  .superRefine((v, ctx) => {
    if ((v.role === "editor" || v.role === "approver") && !v.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "Editors and approvers belong to an organisation: choose one" });
    }
  });

export type UserInput = z.infer<typeof userSchema>;
