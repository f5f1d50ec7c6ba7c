import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address").max(254).email("Enter an email address in the correct format, like name@example.org"),
  password: z.string().min(1, "Enter your password").max(1000, "Password is too long"),
  redirectTo: z.string().optional(),
});
