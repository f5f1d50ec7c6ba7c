import { db } from "~/utils/db.server";

const headers = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/**
 * Readiness for a load balancer: 200 only when the database takes a write (a full disk, a read-only
 * file or a lock held too long make it 503). /healthz stays the cheap liveness check (it only reads).
 * Public, like /healthz: it says nothing about the data.
 */
export async function loader() {
  try {
    const now = new Date();
    await db.readinessProbe.upsert({ where: { id: 1 }, create: { id: 1, checkedAt: now }, update: { checkedAt: now } });
    return new Response("ready", { status: 200, headers });
  } catch (error) {
    console.error("Not ready: the database does not take writes:", error instanceof Error ? error.message.split("\n")[0] : error);
    return new Response("not ready: the database does not take writes", { status: 503, headers });
  }
}
