import { describe, expect, it } from "vitest";
import { parseSigningSecrets, signFooterToken, verifyFooterToken } from "./footer-token.ts";

const key = "first-key-of-at-least-thirty-two-characters";
const older = "older-key-of-at-least-thirty-two-characters";
const now = new Date("2026-12-01T10:00:00Z");

/** Flips one bit of the decoded token at this byte. */
function flipByte(token: string, index: number): string {
  const bytes = Buffer.from(token, "base64url");
  bytes[index]! ^= 1;
  return bytes.toString("base64url");
}

describe("footer link tokens", () => {
  it("name the subject, topic, channel and expiry they were signed with", async () => {
    const expiresAt = new Date("2027-01-01T00:00:00Z");
    const token = await signFooterToken(
      { subjectId: "subj-br", topicId: "newsletter", channelId: "sms", expiresAt },
      key,
    );
    expect(await verifyFooterToken(token, [key], now)).toEqual({
      ok: true,
      claims: { subjectId: "subj-br", topicId: "newsletter", channelId: "sms", expiresAt },
    });
  });

  it("name all marketing when they carry neither topic nor channel", async () => {
    const token = await signFooterToken({ subjectId: "subj-br" }, key);
    expect(await verifyFooterToken(token, [key], now)).toEqual({ ok: true, claims: { subjectId: "subj-br" } });
  });

  it("fit an SMS footer", async () => {
    const token = await signFooterToken(
      { subjectId: "subj_AbCdEfGhIjKlMnOp", topicId: "product_updates", channelId: "email", expiresAt: now },
      key,
    );
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThanOrEqual(72);
    expect(await verifyFooterToken(token, [key], new Date(0))).toMatchObject({
      ok: true,
      claims: { subjectId: "subj_AbCdEfGhIjKlMnOp", topicId: "product_updates", channelId: "email" },
    });
  });

  it("refuse any changed byte, payload or signature", async () => {
    const token = await signFooterToken({ subjectId: "subj-br", topicId: "offers" }, key);
    const length = Buffer.from(token, "base64url").length;
    for (let index = 0; index < length; index += 1)
      expect((await verifyFooterToken(flipByte(token, index), [key], now)).ok, `byte ${index}`).toBe(false);
    expect(await verifyFooterToken(token.slice(0, -2), [key], now)).toMatchObject({ ok: false });
    expect(await verifyFooterToken(`${token}AA`, [key], now)).toMatchObject({ ok: false });
  });

  it("refuse another subject's id pasted into a signed token", async () => {
    const mine = Buffer.from(await signFooterToken({ subjectId: "subj-br" }, key), "base64url");
    const forged = Buffer.from(mine);
    forged.set(Buffer.from("subj-ca"), 3);
    expect(await verifyFooterToken(forged.toString("base64url"), [key], now)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });

  it("refuse a token signed with another key", async () => {
    const token = await signFooterToken({ subjectId: "subj-br" }, "somebody-elses-key-of-thirty-two-chars");
    expect(await verifyFooterToken(token, [key], now)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("still accept a token signed with an older key during rotation", async () => {
    const token = await signFooterToken({ subjectId: "subj-br" }, older);
    expect(await verifyFooterToken(token, [key, older], now)).toMatchObject({ ok: true });
    expect(await verifyFooterToken(token, [key], now)).toMatchObject({ ok: false, reason: "bad_signature" });
  });

  it("expire at the time they name", async () => {
    const expiresAt = new Date(now.getTime() + 60_000);
    const token = await signFooterToken({ subjectId: "subj-br", expiresAt }, key);
    expect((await verifyFooterToken(token, [key], now)).ok).toBe(true);
    expect(await verifyFooterToken(token, [key], expiresAt)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuse what is not a token at all", async () => {
    for (const junk of ["", "not a token!", "AAAA", "x".repeat(500)])
      expect((await verifyFooterToken(junk, [key], now)).ok).toBe(false);
  });

  it("read the rotation list from LINK_SIGNING_SECRET", () => {
    expect(parseSigningSecrets(` ${key} ,${older},, `)).toEqual([key, older]);
  });
});
