import { z } from "zod";
import { problem } from "~/i18n/problem";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";

/** A new password, by the one policy (the same rule for an administrator's initial password). */
export const newPasswordField = (tooShort = problem("account.rules.tooShort", { min: PASSWORD_MIN })) =>
  z
    .string()
    .min(PASSWORD_MIN, tooShort)
    .max(PASSWORD_MAX, problem("account.rules.tooLong", { max: PASSWORD_MAX }));

const confirmed = { newPassword: newPasswordField(), confirmPassword: z.string().min(1, problem("account.rules.confirmMissing")).max(1000) };

function sameTwice(v: { newPassword: string; confirmPassword: string }, ctx: z.RefinementCtx) {
  if (v.confirmPassword && v.newPassword !== v.confirmPassword)
    ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: problem("account.rules.mismatch") });
}

/** /account/password: the person proves they know the current password. */
export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, problem("account.change.currentMissing")).max(1000), ...confirmed })
  .superRefine((v, ctx) => {
    sameTwice(v, ctx);
    if (v.currentPassword && v.newPassword === v.currentPassword)
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: problem("account.change.sameAsCurrent") });
  });

/** /account/set-password/<token>: the link is the proof. */
export const setPasswordSchema = z.object(confirmed).superRefine(sameTwice);

export const PASSWORD_FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;
