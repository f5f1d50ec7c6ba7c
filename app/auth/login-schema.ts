import { z } from "zod";
import { problem } from "~/i18n/problem";

export const loginSchema = z.object({
  email: z.string().trim().min(1, problem("auth.validation.emailMissing")).max(254).email(problem("auth.validation.emailFormat")),
  password: z.string().min(1, problem("auth.validation.passwordMissing")).max(1000, problem("auth.validation.passwordTooLong")),
  redirectTo: z.string().optional(),
});
