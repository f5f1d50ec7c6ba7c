import nodemailer, { type Transporter } from "nodemailer";
import { setting } from "~/config/settings.mjs";

export type SmtpConfig = { host: string; port: number; secure: boolean; user?: string; pass?: string; from: string };

/** SMTP settings, or null when mail should stay in the outbox (the default). */
export function smtpConfig(): SmtpConfig | null {
  const host = setting("SMTP_HOST");
  if (!host) return null;
  const secure = setting("SMTP_SECURE");
  return {
    host,
    port: setting("SMTP_PORT") ?? (secure ? 465 : 587),
    secure,
    user: setting("SMTP_USER") || undefined,
    pass: setting("SMTP_PASS") || undefined,
    from: setting("SMTP_FROM"),
  };
}

let cached: { key: string; transport: Transporter } | undefined;

export function smtpTransport(config: SmtpConfig): Transporter {
  const key = JSON.stringify(config);
  if (cached?.key !== key) {
    cached = {
      key,
      transport: nodemailer.createTransport({
        host: config.host,
        port: config.port,
        secure: config.secure,
        auth: config.user ? { user: config.user, pass: config.pass ?? "" } : undefined,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  }
  return cached.transport;
}
