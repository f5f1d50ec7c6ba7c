import nodemailer, { type Transporter } from "nodemailer";

export type SmtpConfig = { host: string; port: number; secure: boolean; user?: string; pass?: string; from: string };

/** SMTP settings from the environment, or null when mail should stay in the outbox (the default). */
export function smtpConfig(env: NodeJS.ProcessEnv = process.env): SmtpConfig | null {
  if (!env.SMTP_HOST) return null;
  const secure = env.SMTP_SECURE === "1" || env.SMTP_SECURE === "true";
  return {
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT ?? (secure ? 465 : 587)),
    secure,
    user: env.SMTP_USER || undefined,
    pass: env.SMTP_PASS || undefined,
    from: env.SMTP_FROM || "Public Algorithm Register <no-reply@register.invalid>",
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
