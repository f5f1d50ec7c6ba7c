import { describe, expect, it } from "vitest";
import { addWorkingDays } from "./working-days.server";

const day = (iso: string, days: number, country?: string) => addWorkingDays(new Date(iso), days, country).toISOString().slice(0, 10);

describe("addWorkingDays", () => {
  it("skips the weekend: Friday + 1 working day is Monday, same time of day", () => {
    expect(addWorkingDays(new Date("2026-03-06T14:30:00Z"), 1, "NL").toISOString()).toBe("2026-03-09T14:30:00.000Z");
  });

  it("counts a submission on Saturday from Monday", () => {
    expect(day("2026-03-07T10:00:00Z", 1)).toBe("2026-03-09");
    expect(day("2026-03-08T10:00:00Z", 5)).toBe("2026-03-13");
  });

  it("adds 20 working days as four weeks when no holiday falls in them", () => {
    expect(day("2026-03-02T09:00:00Z", 20, "NL")).toBe("2026-03-30");
    expect(day("2026-03-06T09:00:00Z", 20, "NL")).toBe("2026-04-03");
  });

  it("treats 0 days as the same moment", () => {
    expect(addWorkingDays(new Date("2026-03-06T09:00:00Z"), 0, "NL").toISOString()).toBe("2026-03-06T09:00:00.000Z");
  });
});

describe("public holidays per country", () => {
  it("uses Dutch holidays by default (Easter Monday 2026)", () => {
    expect(day("2026-04-03T09:00:00Z", 1)).toBe("2026-04-07");
  });

  it("skips King's Day in the Netherlands only", () => {
    // Monday 27 April 2026: King's Day in NL, and in NZ the substitute day for ANZAC Day (a Saturday).
    expect(day("2026-04-24T09:00:00Z", 1, "NL")).toBe("2026-04-28");
    expect(day("2026-04-24T09:00:00Z", 1, "NZ")).toBe("2026-04-28");
    expect(day("2026-04-24T09:00:00Z", 1, "GB")).toBe("2026-04-27");
    // Tuesday 27 April 2027.
    expect(day("2027-04-26T09:00:00Z", 1, "NL")).toBe("2027-04-28");
    expect(day("2027-04-26T09:00:00Z", 1, "GB")).toBe("2027-04-27");
  });

  it("skips Waitangi Day in New Zealand only", () => {
    // Friday 6 February 2026.
    expect(day("2026-02-05T09:00:00Z", 1, "NZ")).toBe("2026-02-09");
    expect(day("2026-02-05T09:00:00Z", 1, "NL")).toBe("2026-02-06");
    expect(day("2026-02-05T09:00:00Z", 1, "GB")).toBe("2026-02-06");
  });

  it("skips Boxing Day and its substitute day in the UK and New Zealand", () => {
    // Christmas 2026 is a Friday; Boxing Day falls on Saturday, so Monday 28 December is the day off.
    expect(day("2026-12-24T09:00:00Z", 1, "GB")).toBe("2026-12-29");
    expect(day("2026-12-24T09:00:00Z", 1, "NZ")).toBe("2026-12-29");
    expect(day("2026-12-24T09:00:00Z", 1, "NL")).toBe("2026-12-28");
    // Tuesday 26 December 2028: Boxing Day, and Second Christmas Day in NL.
    for (const country of ["GB", "NZ", "NL"]) expect(day("2028-12-22T09:00:00Z", 1, country)).toBe("2028-12-27");
  });

  it("skips the UK's early May bank holiday but not the Dutch remembrance day on the same Monday", () => {
    expect(day("2026-05-01T09:00:00Z", 1, "GB")).toBe("2026-05-05");
    expect(day("2026-05-01T09:00:00Z", 1, "NL")).toBe("2026-05-04");
  });

  it("knows years no one wrote down by hand", () => {
    // King's Day 2029 is Friday 27 April; Christmas 2040 is a Tuesday and Wednesday.
    expect(day("2029-04-26T09:00:00Z", 1, "NL")).toBe("2029-04-30");
    expect(day("2040-12-24T09:00:00Z", 1, "NL")).toBe("2040-12-27");
  });
});

describe("the Dutch calendar (Algemene termijnenwet)", () => {
  it("skips Liberation Day every year, not only in lustrum years", () => {
    // Tuesday 5 May 2026; Monday 5 May 2025 (a lustrum year); Friday 5 May 2028.
    expect(day("2026-05-04T09:00:00Z", 1, "NL")).toBe("2026-05-06");
    expect(day("2025-05-02T09:00:00Z", 1, "NL")).toBe("2025-05-06");
    expect(day("2028-05-04T09:00:00Z", 1, "NL")).toBe("2028-05-08");
    expect(day("2026-05-04T09:00:00Z", 1, "NZ")).toBe("2026-05-05");
  });

  it("skips Ascension Day and Whit Monday, but not Good Friday", () => {
    expect(day("2026-05-13T09:00:00Z", 1, "NL")).toBe("2026-05-15");
    expect(day("2026-05-22T09:00:00Z", 1, "NL")).toBe("2026-05-26");
    expect(day("2026-04-02T09:00:00Z", 1, "NL")).toBe("2026-04-03");
  });

  it("keeps King's Day on Saturday 26 April when the 27th is a Sunday (2025), so the Friday before is a working day", () => {
    expect(day("2025-04-24T09:00:00Z", 1, "NL")).toBe("2025-04-25");
    expect(day("2025-04-25T09:00:00Z", 1, "NL")).toBe("2025-04-28");
  });
});

describe("the New Zealand calendar", () => {
  it("skips Good Friday and Easter Monday", () => {
    expect(day("2026-04-02T09:00:00Z", 1, "NZ")).toBe("2026-04-07");
  });

  it("moves Waitangi Day and ANZAC Day to the Monday when they fall on a weekend", () => {
    // Saturday 6 February 2027 → Monday 8 February; Sunday 25 April 2027 → Monday 26 April.
    expect(day("2027-02-05T09:00:00Z", 1, "NZ")).toBe("2027-02-09");
    expect(day("2027-04-23T09:00:00Z", 1, "NZ")).toBe("2027-04-27");
    expect(day("2027-02-05T09:00:00Z", 1, "NL")).toBe("2027-02-08");
  });

  it("skips King's Birthday (first Monday of June) and Labour Day (fourth Monday of October)", () => {
    expect(day("2026-05-29T09:00:00Z", 1, "NZ")).toBe("2026-06-02");
    expect(day("2026-10-23T09:00:00Z", 1, "NZ")).toBe("2026-10-27");
    expect(day("2026-10-23T09:00:00Z", 1, "NL")).toBe("2026-10-26");
  });

  it("skips Matariki on the dates of the official table (Te Kāhui o Matariki Public Holiday Act 2022)", () => {
    // Friday 24 June 2022, Friday 14 July 2023, Friday 10 July 2026, Friday 21 June 2052.
    for (const [thursday, monday] of [
      ["2022-06-23", "2022-06-27"],
      ["2023-07-13", "2023-07-17"],
      ["2026-07-09", "2026-07-13"],
      ["2052-06-20", "2052-06-24"],
    ]) {
      expect(day(`${thursday}T09:00:00Z`, 1, "NZ")).toBe(monday);
      expect(day(`${thursday}T09:00:00Z`, 1, "NL")).not.toBe(monday);
    }
  });

  it("gives Christmas and Boxing Day on a weekend their Monday and Tuesday", () => {
    // Saturday 25 and Sunday 26 December 2027 → Monday 27 and Tuesday 28.
    expect(day("2027-12-24T09:00:00Z", 1, "NZ")).toBe("2027-12-29");
    expect(day("2027-12-24T09:00:00Z", 1, "NL")).toBe("2027-12-27");
  });
});
