import { z } from "zod";
import { buildMailer, defaultMailFrom } from "../../core/mail/mailer.js";
import type { JobContext, WorkerJob } from "./job.js";

/**
 * Delivers what the API processes could not: an email whose process died between commit and
 * send (QUEUED for over a minute) or whose SMTP attempt failed (FAILED, retried up to 5 times).
 * Delivery claims each row first, so running beside an API process never sends a message twice.
 */
export const MailOutboxPayloadModel = z.object({});
export type MailOutboxPayload = z.output<typeof MailOutboxPayloadModel>;

export const mailOutbox: WorkerJob<MailOutboxPayload> = {
  name: "mail-outbox",
  payload: MailOutboxPayloadModel,
  async run(ctx: JobContext) {
    const pending = await ctx.db.prisma.emailMessage.count({
      where: {
        OR: [
          { status: "QUEUED", createdAt: { lt: new Date(Date.now() - 60_000) } },
          { status: "FAILED", attempts: { lt: 5 } },
        ],
      },
    });
    if (ctx.dryRun || pending === 0) {
      ctx.print(`mail-outbox: ${pending} email(s) to retry${ctx.dryRun ? " (dry run: none sent)" : ""}`);
      return { pending, tried: 0, failed: 0 };
    }
    const mailer = buildMailer({
      smtpUrl: ctx.config.SMTP_URL,
      from: ctx.config.MAIL_FROM ?? defaultMailFrom,
      logger: ctx.logger,
    });
    try {
      const tried = await mailer.retryPending(ctx.db.prisma, { maxAttempts: 5 });
      const failed = await ctx.db.prisma.emailMessage.count({ where: { status: "FAILED", attempts: { lt: 5 } } });
      ctx.print(`mail-outbox: tried ${tried}, ${failed} still failing (retried on the next run)`);
      return { pending, tried, failed };
    } finally {
      mailer.close();
    }
  },
};
