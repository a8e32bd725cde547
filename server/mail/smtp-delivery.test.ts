import { afterEach, describe, expect, it, vi } from "vitest";
import { customers } from "../contract/helpers.ts";
import type { Logger } from "../deps.ts";
import { freePort } from "../test-support/child-server.ts";
import { testClock } from "../test-support/clock.ts";
import { startSmtpSink, type SmtpSink } from "../test-support/smtp-sink.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";

const company = "Northwind Outfitters";
let server: TestServer | undefined;
let sink: SmtpSink | undefined;
afterEach(async () => {
  await server?.close();
  await sink?.close();
  server = sink = undefined;
});

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const record = (message: string) => {
    raw.push(message);
    lines.push(JSON.parse(message) as Record<string, unknown>);
  };
  const log: Logger = { info: record, error: record };
  return { lines, raw, log, events: (event: string) => lines.filter((line) => line.event === event) };
}

async function startWithSmtp(smtpUrl: string, log: Logger, mailRetryDelaysMs = [20, 20]) {
  server = await startTestServer({
    clock: testClock(),
    log,
    settings: { smtpUrl, mailFrom: "privacy@northwind.example" },
    boot: { mailRetryDelaysMs },
  });
  return server;
}

async function askForLink(origin: string, email: string) {
  const response = await fetch(`${origin}/api/auth/magic-links`, {
    method: "POST",
    headers: { Origin: origin, "X-Candor-CSRF": "1", "Content-Type": "application/json" },
    body: JSON.stringify({ email }),
  });
  return { status: response.status, body: await response.text(), requestId: response.headers.get("x-request-id") };
}

const waitLong = { timeout: 30_000, interval: 20 };

describe("sign-in email over SMTP", () => {
  it("arrives in the customer's language with text and HTML parts and the headers mail clients expect; its link signs in", async () => {
    sink = await startSmtpSink();
    const { log } = capturingLogger();
    const { origin } = await startWithSmtp(sink.url, log);
    const sentAt = Date.now();
    expect((await askForLink(origin, customers.br)).status).toBe(202);
    const mail = await vi.waitFor(() => sink!.received[0] ?? Promise.reject(new Error("no mail yet")), waitLong);

    expect(mail.subject).toBe(`Seu link de acesso para ${company}`);
    expect(mail.from?.value).toEqual([{ name: company, address: "privacy@northwind.example" }]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((to) => to.address) : []).toEqual([customers.br]);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@northwind\.example>$/);
    expect(Math.abs(mail.date!.getTime() - sentAt)).toBeLessThan(5 * 60_000);
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    expect(mail.headers.get("content-language")).toBe("pt-BR");
    const link = /(http\S+#token=[\w-]+)/.exec(mail.text ?? "")?.[1];
    expect(link?.startsWith(`${origin}/auth/confirm#token=`)).toBe(true);
    expect(mail.text).toContain("expira em 15 minutos");
    expect(mail.html).toContain('<html lang="pt-BR">');
    expect(mail.html).toContain(`<a href="${link}">`);
    expect(mail.html).toContain("expira em 15 minutos");

    const token = link!.split("#token=")[1];
    const signedIn = await fetch(`${origin}/api/auth/sessions`, {
      method: "POST",
      headers: { Origin: origin, "X-Candor-CSRF": "1", "Content-Type": "application/json" },
      body: JSON.stringify({ token }),
    });
    expect(signedIn.status).toBe(201);
    const { session } = (await signedIn.json()) as { session: { subject: { email: string }; scope: string } };
    expect(session).toMatchObject({ subject: { email: customers.br }, scope: "full" });
  });

  it("retries a relay that is busy (4xx) with backoff, and delivers once it accepts", async () => {
    sink = await startSmtpSink((attempt) =>
      attempt === 1 ? { code: 451, text: "Greylisted, try again later" } : null,
    );
    const { events, log } = capturingLogger();
    const { origin } = await startWithSmtp(sink.url, log);
    const asked = await askForLink(origin, customers.it);
    expect(asked.status).toBe(202);
    // The relay has the message a moment before the mailer hears its "250 OK" and logs it.
    await vi.waitFor(() => expect(events("mail_sent")).toHaveLength(1), waitLong);
    expect(sink.received).toHaveLength(1);
    expect(sink.attempts).toBe(2);
    expect(events("mail_delivery_failed")).toEqual([
      expect.objectContaining({ requestId: asked.requestId, attempt: 1, willRetry: true, responseCode: 451 }),
    ]);
    expect(events("mail_sent")).toEqual([expect.objectContaining({ requestId: asked.requestId, attempt: 2 })]);
  });

  it("answers as for an unknown address when the relay is down, and gives up after a bounded number of tries", async () => {
    const { events, raw, log } = capturingLogger();
    const { origin } = await startWithSmtp(`smtp://127.0.0.1:${await freePort()}`, log, [20, 40]);
    const known = await askForLink(origin, customers.ca);
    const unknown = await askForLink(origin, "nobody@example.com");
    expect({ status: known.status, body: known.body }).toEqual({ status: unknown.status, body: unknown.body });
    expect(known.status).toBe(202);
    await vi.waitFor(() => expect(events("mail_delivery_failed")).toHaveLength(3), waitLong);
    const failures = events("mail_delivery_failed");
    expect(failures.map((failure) => [failure.requestId, failure.attempt, failure.willRetry])).toEqual([
      [known.requestId, 1, true],
      [known.requestId, 2, true],
      [known.requestId, 3, false],
    ]);
    expect(failures[0]).toMatchObject({ level: "error", code: "ESOCKET" });
    expect(raw.join("\n")).not.toContain(customers.ca);
  });

  it("does not retry a relay's final refusal (5xx), and keeps the address it quotes out of the log", async () => {
    sink = await startSmtpSink((_attempt, address) => ({ code: 550, text: `<${address}>: no such mailbox` }));
    const { events, raw, log } = capturingLogger();
    const { origin } = await startWithSmtp(sink.url, log);
    const asked = await askForLink(origin, customers.tw);
    expect(asked.status).toBe(202);
    await vi.waitFor(() => expect(events("mail_delivery_failed")).toHaveLength(1), waitLong);
    expect(events("mail_delivery_failed")[0]).toMatchObject({
      requestId: asked.requestId,
      attempt: 1,
      willRetry: false,
      responseCode: 550,
    });
    expect(String(events("mail_delivery_failed")[0]!.reason)).toContain("[address]");
    expect(raw.join("\n")).not.toContain(customers.tw);
    expect(sink.attempts).toBe(1);
  });
});
