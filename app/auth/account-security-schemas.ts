import { z } from "zod";
import { problem } from "~/i18n/problem";

/** The second step of signing in: a code from the app or a recovery code. */
export const signInCodeSchema = z.object({
  code: z.string().trim().min(1, problem("account.code.missing")).max(40, problem("account.code.wrong")),
});

const appCode = z
  .string()
  .transform((v) => v.replace(/\s/g, ""))
  .pipe(
    z
      .string()
      .min(1, problem("account.security.validation.codeMissing"))
      .regex(/^\d{6}$/, problem("account.security.validation.codeFormat")),
  );

/** /account/security: the buttons and forms of the page, told apart by `intent`. */
export const startEnrolmentSchema = z.object({ intent: z.literal("start") });
export const confirmEnrolmentSchema = z.object({ intent: z.literal("confirm"), code: appCode });
export const disableSchema = z.object({
  intent: z.literal("disable"),
  proof: z.string().min(1, problem("account.security.validation.proofMissing")).max(1000, problem("account.security.validation.proofWrong")),
});
export const renewCodesSchema = z.object({
  intent: z.literal("renew-codes"),
  renewProof: z.string().min(1, problem("account.security.validation.proofMissing")).max(1000, problem("account.security.validation.proofWrong")),
});
export const securitySchema = z.discriminatedUnion("intent", [startEnrolmentSchema, confirmEnrolmentSchema, disableSchema, renewCodesSchema]);

export const forgotPasswordSchema = z.object({
  email: z.string().trim().min(1, problem("auth.validation.emailMissing")).max(254).email(problem("auth.validation.emailFormat")),
});

/** /account/sessions: one session by its handle, or every other one. */
export const sessionsSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("end"), session: z.string().min(1).max(64) }),
  z.object({ intent: z.literal("end-others") }),
]);
