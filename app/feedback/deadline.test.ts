import { describe, expect, it } from "vitest";
import { daysBetween, isOverdue } from "./deadline";

const d = (iso: string) => new Date(iso);

describe("overdue", () => {
  it("is overdue only without an answer after the deadline", () => {
    const base = { deadlineAt: d("2026-03-10T00:00:00Z"), answeredAt: null, status: "received" };
    expect(isOverdue(base, d("2026-03-11T00:00:00Z"))).toBe(true);
    expect(isOverdue(base, d("2026-03-09T00:00:00Z"))).toBe(false);
    expect(isOverdue({ ...base, status: "answered", answeredAt: d("2026-03-11T00:00:00Z") }, d("2026-03-12T00:00:00Z"))).toBe(false);
    expect(isOverdue({ ...base, status: "closed" }, d("2026-03-12T00:00:00Z"))).toBe(false);
    expect(isOverdue({ ...base, withdrawnAt: d("2026-03-05T00:00:00Z") }, d("2026-03-12T00:00:00Z"))).toBe(false);
  });

  it("counts whole calendar days", () => {
    expect(daysBetween(d("2026-03-01T12:00:00Z"), d("2026-03-31T11:00:00Z"))).toBe(29);
  });
});
