import { describe, expect, it } from "vitest";
import { computeStats } from "./stats";

const d = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("computeStats", () => {
  it("gives the median days to answer and the share answered in time", () => {
    const rows = [
      { createdAt: d("2026-03-01"), deadlineAt: d("2026-03-20"), answeredAt: d("2026-03-03"), status: "answered", withdrawnAt: null }, // 2 days, in time
      { createdAt: d("2026-03-01"), deadlineAt: d("2026-03-20"), answeredAt: d("2026-03-11"), status: "closed", withdrawnAt: null }, // 10 days, in time
      { createdAt: d("2026-03-01"), deadlineAt: d("2026-03-20"), answeredAt: d("2026-03-31"), status: "answered", withdrawnAt: null }, // 30 days, late
      { createdAt: d("2026-03-01"), deadlineAt: d("2026-03-20"), answeredAt: null, status: "received", withdrawnAt: null }, // overdue
      { createdAt: d("2026-04-01"), deadlineAt: d("2026-04-30"), answeredAt: null, status: "received", withdrawnAt: null }, // awaiting
    ];
    expect(computeStats(rows, d("2026-04-02"))).toEqual({ received: 5, answered: 3, answeredInTime: 2, awaiting: 2, overdue: 1, medianDaysToAnswer: 10 });
  });

  it("never counts withdrawn feedback as awaiting an answer or overdue", () => {
    const rows = [
      { createdAt: d("2026-03-01"), deadlineAt: d("2026-03-20"), answeredAt: null, status: "received", withdrawnAt: d("2026-03-02") },
      { createdAt: d("2026-04-01"), deadlineAt: d("2026-04-30"), answeredAt: null, status: "received", withdrawnAt: d("2026-04-01") },
    ];
    expect(computeStats(rows, d("2026-04-02"))).toMatchObject({ received: 2, answered: 0, awaiting: 0, overdue: 0 });
  });

  it("has no median without answers", () => {
    expect(computeStats([], new Date()).medianDaysToAnswer).toBeNull();
  });
});
