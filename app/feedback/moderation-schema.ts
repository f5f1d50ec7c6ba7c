import { z } from "zod";
import { MESSAGE_MAX } from "./feedback-schema";
import { MAX_DEADLINE_DAYS } from "./deadline";

export const ANSWER_MAX = 5000;

export const publishSchema = z.object({
  intent: z.literal("publish"),
  publicMessage: z.string().trim().max(MESSAGE_MAX, `The public text must be ${MESSAGE_MAX} characters or fewer`).optional().default(""),
});
export const rejectSchema = z.object({
  intent: z.literal("reject"),
  reason: z.string().trim().min(1, "Give the reason for rejecting this message").max(500, "The reason must be 500 characters or fewer"),
});
export const answerSchema = z.object({
  intent: z.literal("answer"),
  body: z.string().trim().min(1, "Enter your answer").max(ANSWER_MAX, `The answer must be ${ANSWER_MAX} characters or fewer`),
});
export const simpleSchema = z.object({ intent: z.enum(["private", "delete-original", "close"]) });

export const moderationSchema = z.discriminatedUnion("intent", [publishSchema, rejectSchema, answerSchema, simpleSchema]);
export type ModerationInput = z.infer<typeof moderationSchema>;

export const deadlineDaysSchema = z.object({
  organisationId: z.string().min(1, "Choose an organisation"),
  days: z.coerce
    .number({ message: "Enter a number of working days" })
    .int("Enter a whole number of working days")
    .min(1, "The deadline must be at least 1 working day")
    .max(MAX_DEADLINE_DAYS, `The deadline must be ${MAX_DEADLINE_DAYS} working days or fewer`),
});
