import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  url: string;
  /** Every message the sink accepted, parsed. */
  received: ParsedMail[];
  /** RCPT TO commands seen, accepted or refused: one per delivery attempt of a one-recipient message. */
  attempts: number;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a loopback port. refuse(attempt, address) may answer an attempt with an SMTP reply code
 * and text instead of accepting it, as a busy (4xx) or unwilling (5xx) relay would.
 */
export async function startSmtpSink(
  refuse: (attempt: number, address: string) => { code: number; text: string } | null = () => null,
): Promise<SmtpSink> {
  const sink = { received: [] as ParsedMail[], attempts: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      sink.attempts += 1;
      const refusal = refuse(sink.attempts, address.address);
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal.text), { responseCode: refusal.code }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream, (error, mail) => {
        if (!error) sink.received.push(mail);
        callback(error ?? null);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
