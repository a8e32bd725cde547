import { describe, expect, it } from "vitest";
import { renderMagicLinkEmail } from "./magic-link-email.ts";

const link = "https://privacy.example.com/auth/confirm#token=abc_DEF-123&x=1";

describe("renderMagicLinkEmail", () => {
  it("renders English with the link, company and minutes unescaped", () => {
    const email = renderMagicLinkEmail({ locale: "en", link, company: "Smith & Sons", minutes: 15 });
    expect(email.subject).toBe("Your sign-in link for Smith & Sons");
    expect(email.text).toContain(link);
    expect(email.text).toContain("15 minutes");
    expect(email.text).not.toContain("{{");
  });
  it("renders Brazilian Portuguese", () => {
    const email = renderMagicLinkEmail({ locale: "pt-BR", link, company: "Northwind", minutes: 15 });
    expect(email.subject).toBe("Seu link de acesso para Northwind");
    expect(email.text).toContain("expira em 15 minutos");
    expect(email.text).toContain(link);
  });
  it.each([
    ["it", "Il suo link di accesso per Northwind"],
    ["pl", "Twój link do logowania w Northwind"],
    ["zh-TW", "您的 Northwind 登入連結"],
  ] as const)("writes to a %s customer in their language", (locale, subject) => {
    const email = renderMagicLinkEmail({ locale, link, company: "Northwind", minutes: 15 });
    expect(email.subject).toBe(subject);
    expect(email.text).toContain(link);
    expect(email.text).toContain("15");
  });
  it("has an HTML part in the same language that says the same, with the link clickable and markup escaped", () => {
    const email = renderMagicLinkEmail({ locale: "pt-BR", link, company: "Smith & <Sons>", minutes: 15 });
    expect(email.html).toContain('<html lang="pt-BR">');
    expect(email.html).toContain("<title>Seu link de acesso para Smith &#38; &#60;Sons&#62;</title>");
    expect(email.html).toContain(`<a href="${link.replace("&", "&#38;")}">`);
    expect(email.html).toContain("expira em 15 minutos");
    expect(email.html).not.toContain("<Sons>");
    expect(email.html.match(/<p>/g)).toHaveLength(email.text.split(/\n{2,}/).length);
  });
});
