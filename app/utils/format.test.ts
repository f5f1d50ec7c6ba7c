import { describe, expect, it } from "vitest";
import { formatCount, formatDay, formatMoney, formatMonth } from "./format";

describe("dates, numbers and money in the page's language", () => {
  it("writes a day out in full, in UTC", () => {
    expect(formatDay("2026-12-02T23:30:00Z", "en")).toBe("2 December 2026");
    expect(formatDay("2026-12-02T23:30:00Z", "nl")).toBe("2 december 2026");
    expect(formatDay(new Date("2027-05-05T00:00:00Z"), "nl")).toBe("5 mei 2027");
    expect(formatDay(null, "nl")).toBe("");
    expect(formatDay("not a date", "en")).toBe("");
  });

  it("writes a month of the standard (YYYY-MM) out, and leaves other text alone", () => {
    expect(formatMonth("2023-04", "en")).toBe("April 2023");
    expect(formatMonth("2023-04", "nl")).toBe("april 2023");
    expect(formatMonth("2023-13", "nl")).toBe("2023-13");
    expect(formatMonth("spring 2023", "en")).toBe("spring 2023");
    expect(formatMonth(undefined, "en")).toBe("");
  });

  it("groups thousands the way each language does", () => {
    expect(formatCount(1234567, "en")).toBe("1,234,567");
    expect(formatCount(1234567, "nl")).toBe("1.234.567");
  });

  it("formats an amount in its currency, and shows a code Intl does not know as typed", () => {
    expect(formatMoney(120000, "EUR", "en")).toBe("€120,000.00");
    expect(formatMoney(120000, "EUR", "nl")).toBe("€\u00a0120.000,00");
    expect(formatMoney(99.5, "NZD", "nl")).toBe("NZ$\u00a099,50");
    expect(formatMoney(1000, "EURO", "nl")).toBe("1.000 EURO");
  });
});
