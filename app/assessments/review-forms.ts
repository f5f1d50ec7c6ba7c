/**
 * The schemas of the forms around an assessment (start one, comment, ask for changes, conclude,
 * the AIA questionnaire): the route actions and the browser check with the same ones. The
 * workflow functions in assessments.server.ts apply the same limits again.
 */
import { z } from "zod";
import { AIA_MITIGATION_QUESTIONS, AIA_RISK_QUESTIONS } from "~content/vocabularies/canada-aia";
import { REVIEW_OUTCOMES } from "~content/vocabularies/fraia";
import { problem } from "~/i18n/problem";

export const COMMENT_MAX = 5000;
export const PUBLIC_SUMMARY_MAX = 2500;

const tooLong = (max: number) => problem("forms.validation.tooLong", { max });

export const newAssessmentSchema = z.object({
  entryId: z.string({ error: problem("assessments.validation.chooseEntry") }).min(1, problem("assessments.validation.chooseEntry")),
});

const writeComment = problem("assessments.validation.writeComment");
const commentBody = z.string({ error: writeComment }).trim().min(1, writeComment).max(COMMENT_MAX, tooLong(COMMENT_MAX));

/** An answer to a comment thread (the overview page; the review page takes it as one of its intents). */
export const replyFormSchema = z.object({
  intent: z.literal("reply"),
  parentId: z.string({ error: problem("assessments.validation.chooseComment") }).min(1, problem("assessments.validation.chooseComment")),
  body: commentBody,
});

/** A reviewer's new thread beside one answer: the question (or "general"), or a right of part 4. */
export const commentFormSchema = z.object({ intent: z.literal("comment"), questionId: z.string().optional(), right: z.string().optional(), body: commentBody });

/** The review page's forms, told apart by `intent`. */
export const reviewFormSchema = z.discriminatedUnion(
  "intent",
  [
    commentFormSchema,
    z.object({ intent: z.literal("reply"), parentId: z.string().optional(), body: commentBody }),
    z.object({
      intent: z.literal("request_changes"),
      comment: z
        .string({ error: problem("assessments.validation.explainChanges") })
        .trim()
        .min(1, problem("assessments.validation.explainChanges"))
        .max(COMMENT_MAX, tooLong(COMMENT_MAX)),
    }),
    z.object({
      intent: z.literal("conclude"),
      outcome: z.enum(REVIEW_OUTCOMES.map((o) => o.slug) as [string, ...string[]], { error: problem("assessments.validation.chooseOutcome") }),
      publicSummary: z
        .string({ error: problem("assessments.validation.writeSummary") })
        .trim()
        .min(1, problem("assessments.validation.writeSummary"))
        .max(PUBLIC_SUMMARY_MAX, tooLong(PUBLIC_SUMMARY_MAX)),
    }),
  ],
  { error: problem("assessments.validation.unknownAction") },
);

const AIA_QUESTIONS = [...AIA_RISK_QUESTIONS, ...AIA_MITIGATION_QUESTIONS];

/** Every AIA question is optional; an answer must be one of its options. */
export const aiaSchema = z.object(
  Object.fromEntries(
    AIA_QUESTIONS.map((q) => [
      q.id,
      z.preprocess(
        (v) => (v === "" ? undefined : v),
        z.enum(q.options.map((o) => o.value) as [string, ...string[]], { error: problem("assessments.validation.chooseAnswer") }).optional(),
      ),
    ]),
  ),
);
