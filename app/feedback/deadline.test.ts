import { describe, expect, it } from "vitest";
import { addWorkingDays, daysBetween, isOverdue } from "./deadline";

const d = (iso: string) => new Date(iso);

describe("addWorkingDays", () => {
  it("skips the weekend: Friday + 1 working day is Monday, same time of day", () => {
    expect(addWorkingDays(d("2026-03-06T14:30:00Z"), 1, []).toISOString()).toBe("2026-03-09T14:30:00.000Z");
  });

  it("counts a submission on Saturday from Monday", () => {
    expect(addWorkingDays(d("2026-03-07T10:00:00Z"), 1, []).toISOString().slice(0, 10)).toBe("2026-03-09");
    expect(addWorkingDays(d("2026-03-08T10:00:00Z"), 5, []).toISOString().slice(0, 10)).toBe("2026-03-13");
  });

  it("adds 20 working days as four weeks", () => {
    expect(addWorkingDays(d("2026-03-02T09:00:00Z"), 20, []).toISOString().slice(0, 10)).toBe("2026-03-30");
    expect(addWorkingDays(d("2026-03-06T09:00:00Z"), 20, []).toISOString().slice(0, 10)).toBe("2026-04-03");
  });

  it("skips public holidays from the data list (Easter Monday 2026)", () => {
    expect(addWorkingDays(d("2026-04-03T09:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2026-04-07");
    expect(addWorkingDays(d("2026-04-03T09:00:00Z"), 1, []).toISOString().slice(0, 10)).toBe("2026-04-06");
  });

  it("treats 0 days as the same moment", () => {
    expect(addWorkingDays(d("2026-03-06T09:00:00Z"), 0, []).toISOString()).toBe("2026-03-06T09:00:00.000Z");
  });
});

describe("overdue", () => {
  it("is overdue only without an answer after the deadline", () => {
    const base = { deadlineAt: d("2026-03-10T00:00:00Z"), answeredAt: null, status: "received" };
    expect(isOverdue(base, d("2026-03-11T00:00:00Z"))).toBe(true);
    expect(isOverdue(base, d("2026-03-09T00:00:00Z"))).toBe(false);
    expect(isOverdue({ ...base, status: "answered", answeredAt: d("2026-03-11T00:00:00Z") }, d("2026-03-12T00:00:00Z"))).toBe(false);
    expect(isOverdue({ ...base, status: "closed" }, d("2026-03-12T00:00:00Z"))).toBe(false);
  });

  it("counts whole calendar days", () => {
    expect(daysBetween(d("2026-03-01T12:00:00Z"), d("2026-03-31T11:00:00Z"))).toBe(29);
  });
});
