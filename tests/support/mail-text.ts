/**
 * The body of a mail as the SMTP server received it, readable: nodemailer sends text as
 * quoted-printable, which breaks long lines (a link among them) with "=" at the end of a line.
 */
export function mailBody(raw: string): string {
  const body = raw.slice(raw.search(/\r?\n\r?\n/)).trimStart();
  if (!/^Content-Transfer-Encoding:\s*quoted-printable/im.test(raw)) return body;
  const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}
