import nodemailer from "nodemailer";
import type { Logger } from "../../log.js";
import type { Prisma, PrismaClient } from "../../prisma/db.js";

/**
 * Outgoing email through an outbox. A change that sends mail stores the message with `enqueue`
 * inside its own transaction, so a rolled-back change sends nothing and a committed one is never
 * lost; `deliver` then hands the stored rows to SMTP after commit. Without SMTP_URL the message
 * (links included) is written to the log at info level and the row is marked LOGGED, which is
 * how a developer follows an invitation link locally.
 */

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** The MSP the email concerns, so an MSP's outbox can be read later. */
  mspId?: string | null;
}

/** Something that can write outbox rows: the Prisma client or a transaction of it. */
type OutboxWriter = Pick<Prisma.TransactionClient, "emailMessage">;

export interface Mailer {
  /** Stores the message (status QUEUED) with the caller's client or transaction; returns its outbox id. */
  enqueue(db: OutboxWriter, email: OutgoingEmail): Promise<string>;
  /**
   * Delivers stored messages, one attempt each, and records the result on their rows. Call it
   * after the transaction that enqueued them committed; it never throws (failures land in the row).
   */
  deliver(prisma: PrismaClient, ids: string[]): Promise<void>;
  /** Starts `deliver` without waiting for it (the request does not wait for SMTP); `idle()` awaits all started. */
  deliverLater(prisma: PrismaClient, ids: string[]): void;
  idle(): Promise<void>;
  /**
   * Delivers what a crash or an SMTP outage left behind: QUEUED rows older than `queuedForMs`
   * (their process died after commit) and FAILED rows with fewer than `maxAttempts` attempts.
   * Meant for a scheduled job; returns how many rows it tried.
   */
  retryPending(
    prisma: PrismaClient,
    o?: { queuedForMs?: number; maxAttempts?: number; limit?: number },
  ): Promise<number>;
  /** Closes the SMTP connection pool. */
  close(): void;
}

export interface MailerOptions {
  /** `smtp://user:pass@host:587` or `smtps://...`; unset logs every message instead. */
  smtpUrl?: string | undefined;
  from: string;
  logger: Logger;
}

export const defaultMailFrom = "Partner Hub <no-reply@partnerhub.local>";

export function buildMailer(o: MailerOptions): Mailer {
  const logger = o.logger.child({ part: "mail" });
  // Short timeouts: a dead SMTP server costs one attempt recorded as FAILED, not a hung process.
  const transport = o.smtpUrl
    ? nodemailer.createTransport(
        { url: o.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 },
        { from: o.from },
      )
    : null;
  const inFlight = new Set<Promise<void>>();

  async function deliverOne(prisma: PrismaClient, id: string) {
    // Rows already SENT or LOGGED are left alone, so delivering a row twice is harmless.
    const claimed = await prisma.emailMessage.updateMany({
      where: { id, status: { in: ["QUEUED", "FAILED"] } },
      data: { attempts: { increment: 1 } },
    });
    if (claimed.count === 0) return;
    const message = await prisma.emailMessage.findUniqueOrThrow({ where: { id } });
    if (!transport) {
      logger.info(
        { emailId: id, to: message.to, subject: message.subject, text: message.text },
        "email not sent (SMTP_URL unset); logged instead",
      );
      await prisma.emailMessage.update({ where: { id }, data: { status: "LOGGED", sentAt: new Date() } });
      return;
    }
    try {
      await transport.sendMail({ to: message.to, subject: message.subject, text: message.text });
      await prisma.emailMessage.update({
        where: { id },
        data: { status: "SENT", sentAt: new Date(), lastError: null },
      });
      logger.info({ emailId: id, to: message.to }, "email sent");
    } catch (err) {
      const lastError = err instanceof Error ? err.message.slice(0, 1000) : String(err);
      logger.warn({ emailId: id, to: message.to, err: lastError }, "email delivery failed");
      await prisma.emailMessage.update({ where: { id }, data: { status: "FAILED", lastError } });
    }
  }

  const mailer: Mailer = {
    async enqueue(db, email) {
      const row = await db.emailMessage.create({
        data: { to: email.to, subject: email.subject, text: email.text, mspId: email.mspId ?? null },
        select: { id: true },
      });
      return row.id;
    },
    async deliver(prisma, ids) {
      for (const id of ids) {
        await deliverOne(prisma, id).catch((err) => logger.error({ err, emailId: id }, "email bookkeeping failed"));
      }
    },
    deliverLater(prisma, ids) {
      const p = mailer.deliver(prisma, ids).finally(() => inFlight.delete(p));
      inFlight.add(p);
    },
    async retryPending(prisma, o = {}) {
      const queuedBefore = new Date(Date.now() - (o.queuedForMs ?? 60_000));
      const rows = await prisma.emailMessage.findMany({
        where: {
          OR: [
            { status: "QUEUED", createdAt: { lt: queuedBefore } },
            { status: "FAILED", attempts: { lt: o.maxAttempts ?? 5 } },
          ],
        },
        select: { id: true },
        orderBy: { createdAt: "asc" },
        take: o.limit ?? 100,
      });
      await mailer.deliver(
        prisma,
        rows.map((r) => r.id),
      );
      return rows.length;
    },
    async idle() {
      await Promise.all([...inFlight]);
    },
    close() {
      transport?.close();
    },
  };
  return mailer;
}
