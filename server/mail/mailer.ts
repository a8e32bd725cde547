import { randomUUID } from "node:crypto";
import nodemailer, { type SendMailOptions } from "nodemailer";
import type { Logger } from "../deps.ts";
import { logLine } from "../logging/json-lines.ts";
import { deliveryFailure } from "./delivery-failure.ts";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The one link the message carries, shown by the dev outbox. */
  link: string | null;
  /** The language the message is written in (Content-Language). */
  locale?: string;
  /** The request that caused the message, so a failed delivery can be traced without naming the address. */
  requestId?: string;
}

export interface Mailer {
  /** Resolves once the message is accepted for delivery, not when it arrives. */
  send(message: MailMessage): Promise<void>;
  /** Stops retrying at shutdown; messages still waiting are logged as not delivered. */
  close?(): Promise<void>;
}

export interface SmtpMailerOptions {
  smtpUrl: string;
  /** MAIL_FROM as set: "Name <address>" or a bare address. */
  mailFrom: string | null;
  /** The operator's name, shown as the sender when MAIL_FROM names none. */
  company: string;
  publicUrl: string | null;
  log: Logger;
  /** Waits before each retry; their count bounds the attempts (one more than retries). */
  retryDelaysMs?: readonly number[];
}

/**
 * Spread over the sign-in link's 15 minutes: a relay that is restarting or greylisting (4xx) gets five tries in
 * about six minutes, after which the person is better served by asking for a new link.
 */
const defaultRetryDelaysMs = [2_000, 10_000, 60_000, 300_000] as const;

/** Recipients show who wrote: the operator's name even when MAIL_FROM is a bare address. */
function senderOf(mailFrom: string | null, company: string, publicUrl: string | null) {
  if (mailFrom?.includes("<")) return mailFrom;
  const address = mailFrom ?? `no-reply@${new URL(publicUrl ?? "http://localhost").hostname}`;
  return { name: company, address };
}

/**
 * SMTP through nodemailer. Delivery runs after the answer is sent, so a known address does not answer slower
 * than an unknown one (which sends nothing) and a relay that is down never changes the answer; failures are
 * logged with the request id, without the address, and retried with backoff unless the relay refused for good (5xx).
 */
export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const { log } = options;
  const retryDelaysMs = options.retryDelaysMs ?? defaultRetryDelaysMs;
  const transport = nodemailer.createTransport(options.smtpUrl);
  const from = senderOf(options.mailFrom, options.company, options.publicUrl);
  const domain = typeof from === "string" ? (/@([^>\s]+)/.exec(from)?.[1] ?? "localhost") : from.address.split("@")[1];
  const waiting = new Map<NodeJS.Timeout, string | null>();
  let closed = false;

  async function attempt(message: MailMessage, envelope: SendMailOptions, number: number) {
    const requestId = message.requestId ?? null;
    try {
      await transport.sendMail(envelope);
      logLine(log, "info", "mail_sent", { requestId, attempt: number });
    } catch (error) {
      const failure = deliveryFailure(error);
      const retryIn = failure.permanent ? undefined : retryDelaysMs[number - 1];
      logLine(log, "error", "mail_delivery_failed", {
        requestId,
        attempt: number,
        willRetry: retryIn !== undefined && !closed,
        ...failure.fields,
      });
      if (retryIn === undefined || closed) return;
      const timer = setTimeout(() => {
        waiting.delete(timer);
        void attempt(message, envelope, number + 1);
      }, retryIn);
      waiting.set(timer, requestId);
    }
  }

  return {
    async send(message) {
      // One Message-ID and Date for every attempt: a retry after a lost reply is recognisably the same message.
      const envelope: SendMailOptions = {
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        messageId: `<${randomUUID()}@${domain}>`,
        date: new Date(),
        headers: {
          // RFC 3834: no vacation replies or bounces-to-sender loops for a message no person wrote.
          "Auto-Submitted": "auto-generated",
          "X-Auto-Response-Suppress": "All",
          ...(message.locale ? { "Content-Language": message.locale } : {}),
        },
      };
      void attempt(message, envelope, 1);
    },
    async close() {
      closed = true;
      for (const [timer, requestId] of waiting) {
        clearTimeout(timer);
        logLine(log, "error", "mail_abandoned", { requestId, reason: "shutting down before the next retry" });
      }
      waiting.clear();
      transport.close();
    },
  };
}
