/**
 * Demo public feedback, sent and moderated through the real feedback functions (references,
 * working-day deadlines, audit records and outbox mails are genuine). Messages are sent with a
 * backdated "now", so deadlines passed without an answer make threads overdue on the public page.
 */
import { feedbackSchema } from "~/feedback/feedback-schema";
import { publishedEntryForFeedback, submitFeedback } from "~/feedback/feedback.server";
import { moderationSchema } from "~/feedback/moderation-schema";
import { moderate } from "~/feedback/moderation.server";
import { db } from "~/utils/db.server";
import { DEMO_FEEDBACK, type DemoFeedback } from "~content/demo/activity";
import { demoActor, publishedDemoEntry, type DemoActor, type DemoIds } from "./demo-lookup.server";

const DAY = 86_400_000;

export async function seedDemoFeedback(ids: DemoIds, now = new Date()): Promise<{ threads: number; published: number }> {
  // Oldest first, so reference numbers follow the order in which messages arrived.
  const items = [...DEMO_FEEDBACK].sort((a, b) => b.receivedDaysAgo - a.receivedDaysAgo);
  let published = 0;
  for (const [i, item] of items.entries()) {
    const { publicId } = await publishedDemoEntry(item.org, item.entry, ids);
    const entry = await publishedEntryForFeedback(publicId);
    if (!entry) throw new Error(`Demo feedback: "${item.entry}" does not take feedback`);
    const input = feedbackSchema.parse({ type: item.type, message: item.message, name: item.name ?? "", email: item.email ?? "", consent: item.consent });
    const receivedAt = new Date(now.getTime() - item.receivedDaysAgo * DAY);
    // Documentation-range addresses, one per sender (the route's rate limiter is not involved here).
    const receipt = await submitFeedback(entry, input, { ip: `192.0.2.${i + 1}` }, receivedAt);
    if (!receipt.ok) throw new Error(`Demo feedback on "${item.entry}": the ${receipt.limited} limit was reached`);
    const { reference } = receipt;
    const thread = await db.feedbackThread.findUniqueOrThrow({ where: { reference }, select: { id: true } });
    if (await moderateDemo(demoActor("editor", item.org, ids), thread.id, item, receivedAt)) published++;
  }
  return { threads: items.length, published };
}

/** Applies the item's moderation; true when the thread ends up published. */
async function moderateDemo(moderator: DemoActor, threadId: string, item: DemoFeedback, receivedAt: Date): Promise<boolean> {
  const act = async (input: Record<string, unknown>, at = new Date()) => {
    const r = await moderate(moderator, threadId, moderationSchema.parse(input), at);
    if (!r.ok) throw new Error(`Demo feedback on "${item.entry}" (${String(input.intent)}): ${JSON.stringify(r.errors)}`);
  };
  const m = item.moderation;
  if (m.action === "pending") return false;
  if (m.action === "reject") {
    await act({ intent: "reject", reason: m.reason });
    return false;
  }
  await act(m.action === "publish" ? { intent: "publish", publicMessage: m.redacted ?? "" } : { intent: "private" });
  if (m.answer) await act({ intent: "answer", body: m.answer.body }, new Date(receivedAt.getTime() + m.answer.afterDays * DAY));
  if (m.action === "publish" && m.close) await act({ intent: "close" });
  return m.action === "publish";
}
