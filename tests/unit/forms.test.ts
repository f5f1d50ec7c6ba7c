import { describe, expect, it } from "vitest";
import { readForm } from "~/utils/form.server";
import { csrfPair } from "../support/requests";

describe("readForm", () => {
  it("refuses wrong content types with 415", async () => {
    const req = new Request("http://localhost/x", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    await expect(readForm(req)).rejects.toMatchObject({ status: 415 });
  });

  it("refuses oversized bodies with 413", async () => {
    const { token, cookie } = await csrfPair();
    const body = new URLSearchParams({ csrf: token, text: "x".repeat(600 * 1024) });
    const req = new Request("http://localhost/x", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie }, body });
    await expect(readForm(req)).rejects.toMatchObject({ status: 413 });
  });

  it("refuses a malformed multipart body with 400", async () => {
    const req = new Request("http://localhost/x", { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=zzz" }, body: "garbage" });
    await expect(readForm(req)).rejects.toMatchObject({ status: 400 });
  });

  it("returns the fields when the token matches", async () => {
    const { token, cookie } = await csrfPair();
    const req = new Request("http://localhost/x", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      body: new URLSearchParams({ csrf: token, a: "1" }),
    });
    expect((await readForm(req)).get("a")).toBe("1");
  });
});
