import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { from: string; to: string[]; data: string };

/** A real SMTP server on a free local port that keeps every message it receives (and hands each to `onMail`). */
export async function startSmtpServer({ onMail }: { onMail?: (mail: ReceivedMail) => void } = {}) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
      stream.on("end", () => {
        const mail = { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), data };
        received.push(mail);
        onMail?.(mail);
        callback();
      });
    },
  });
  // A client that goes away mid-session (a server process stopping) is reported here; without a listener it would crash the test run.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    port,
    /** Points the register's mail settings at this server. */
    use() {
      process.env.SMTP_HOST = "127.0.0.1";
      process.env.SMTP_PORT = String(port);
      process.env.SMTP_FROM = "register@register.example";
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A received message's subject and plain-text body, decoded as a mail program shows them (quoted-printable or base64, UTF-8). */
export function readMail(data: string): { subject: string; text: string } {
  const split = data.indexOf("\r\n\r\n");
  const headers = data.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = data.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(headers)?.[1].trim() ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const bytes =
    encoding === "base64"
      ? Buffer.from(body, "base64")
      : encoding === "quoted-printable"
        ? Buffer.from(
            body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            "latin1",
          )
        : Buffer.from(body, "utf8");
  return { subject: decodeWords(header("Subject")), text: bytes.toString("utf8").replace(/\r\n/g, "\n").trimEnd() };
}

function decodeWords(value: string) {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, kind: string, text: string) =>
    kind.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          "latin1",
        ).toString("utf8"),
  );
}
