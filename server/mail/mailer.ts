import nodemailer from "nodemailer";
import type { Logger } from "../deps.ts";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The one link the message carries, shown by the dev outbox. */
  link: string | null;
}

export interface Mailer {
  /** Resolves once the message is accepted for delivery, not when it arrives. */
  send(message: MailMessage): Promise<void>;
}

/**
 * SMTP through nodemailer. Delivery runs after the answer is sent, so a known address does not answer slower
 * than an unknown one (which sends nothing); failures are logged without the address.
 */
export function createSmtpMailer(smtpUrl: string, from: string, log: Logger): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      void transport
        .sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
        })
        .catch((error: unknown) => log.error(`Mail delivery failed: ${(error as Error).message}`));
    },
  };
}
