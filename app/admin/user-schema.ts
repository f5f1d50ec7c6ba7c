import { z } from "zod";
import { newPasswordField } from "~/auth/password-schema";
import { PASSWORD_MIN } from "~/auth/password-policy";
import { ROLES } from "~/auth/roles";
import { problem } from "~/i18n/problem";

export { PASSWORD_MIN };

/** How a new account gets its password: a set-password link by email, or one the administrator types. */
export const PASSWORD_CHOICES = ["link", "typed"] as const;

export const userSchema = z
  .object({
    intent: z.literal("create").optional(),
    name: z.string().trim().min(1, problem("account.admin.nameMissing")).max(100),
    email: z.string().trim().toLowerCase().min(1, problem("account.admin.emailMissing")).max(254).email(problem("account.admin.emailFormat")),
    role: z.enum(ROLES, { message: problem("account.admin.roleMissing") }),
    organisationId: z.string().optional(),
    // Forms from before the choice existed post a password and no choice: they mean "typed".
    passwordChoice: z.enum(PASSWORD_CHOICES, { message: problem("account.admin.choiceMissing") }).optional(),
    password: z.string().max(1000).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.role === "editor" || v.role === "approver") && !v.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: problem("account.admin.organisationNeeded") });
    }
    if (choiceOf(v) === "typed") {
      const checked = newPasswordField(problem("account.admin.initialTooShort", { min: PASSWORD_MIN })).safeParse(v.password ?? "");
      if (!v.password) ctx.addIssue({ code: "custom", path: ["password"], message: problem("account.admin.passwordNeeded") });
      else if (!checked.success) ctx.addIssue({ code: "custom", path: ["password"], message: checked.error.issues[0].message });
    }
  });

export type UserInput = z.infer<typeof userSchema>;

/** The choice the form made; a post with a password and no choice typed one. */
export const choiceOf = (v: Pick<UserInput, "passwordChoice" | "password">) => v.passwordChoice ?? (v.password ? "typed" : "link");

/** The administrator's "Send a set-password link" on an existing account. */
export const sendLinkSchema = z.object({ intent: z.literal("send-link"), userId: z.string().min(1).max(100) });
