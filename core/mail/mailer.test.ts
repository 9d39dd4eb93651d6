import { createServer } from "node:net";
import { Writable } from "node:stream";
import { pino } from "pino";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/db.js";
import { graphql } from "../../test/gql/index.js";
import { execute } from "../../test/operations.js";
import { startStack } from "../../test/stack.js";
import { world } from "../../test/world.js";
import { buildMailer } from "./mailer.js";

/** The outbox: stored with the change, then delivered over real SMTP, or logged when there is none. */

const Invite = graphql(`
  mutation MailerInvite($input: InviteUserInput!) {
    inviteUser(input: $input) { __typename }
  }
`);
const Accept = graphql(`
  mutation MailerAccept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { __typename ... on LoginPayload { viewer { kind } } }
  }
`);

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
}, 60_000);
afterAll(() => db?.destroy());

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: "info" }, stream), lines };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

const email = {
  to: "someone@example.test",
  subject: "Hello",
  text: "Open https://hub.example/accept-invitation?token=phi_x",
};

describe("mail outbox", () => {
  it("without SMTP_URL the message is stored, then logged at info level with its link (LOGGED)", async () => {
    const { logger, lines } = capturingLogger();
    const mailer = buildMailer({ from: "Hub <hub@example.test>", logger });
    const id = await mailer.enqueue(db.prisma, email);
    expect(await db.prisma.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "QUEUED" });
    await mailer.deliver(db.prisma, [id]);
    expect(await db.prisma.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "LOGGED",
      attempts: 1,
      sentAt: expect.any(Date),
    });
    const line = lines.find((l) => l.emailId === id);
    expect(line).toMatchObject({ level: 30, to: email.to, text: expect.stringContaining("accept-invitation?token=") });
    // Delivering again does not log or count twice.
    await mailer.deliver(db.prisma, [id]);
    expect(lines.filter((l) => l.emailId === id)).toHaveLength(1);
  });

  it("a message enqueued in a transaction that rolls back is never stored", async () => {
    const mailer = buildMailer({ from: "x@example.test", logger: pino({ level: "silent" }) });
    const before = await db.prisma.emailMessage.count();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await mailer.enqueue(tx, { ...email, subject: "rolled back" });
        throw new Error("change failed");
      }),
    ).rejects.toThrow("change failed");
    expect(await db.prisma.emailMessage.count()).toBe(before);
  });

  it("an unreachable SMTP server leaves the message FAILED with the error and the attempt counted", async () => {
    const mailer = buildMailer({
      smtpUrl: `smtp://127.0.0.1:${await closedPort()}`,
      from: "x@example.test",
      logger: pino({ level: "silent" }),
    });
    const id = await mailer.enqueue(db.prisma, email);
    await mailer.deliver(db.prisma, [id]);
    const row = await db.prisma.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, sentAt: null });
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    mailer.close();
  });
});

describe("retrying the outbox", () => {
  it("retryPending delivers stale QUEUED and FAILED rows, and gives up after maxAttempts", async () => {
    const mailer = buildMailer({ from: "x@example.test", logger: pino({ level: "silent" }) });
    await db.prisma.emailMessage.deleteMany(); // rows of the tests above would be retried too
    const stale = await mailer.enqueue(db.prisma, { ...email, subject: "stale" });
    await db.prisma.emailMessage.update({ where: { id: stale }, data: { createdAt: new Date(Date.now() - 120_000) } });
    const fresh = await mailer.enqueue(db.prisma, { ...email, subject: "fresh" });
    const failed = await mailer.enqueue(db.prisma, { ...email, subject: "failed" });
    await db.prisma.emailMessage.update({ where: { id: failed }, data: { status: "FAILED", attempts: 1 } });
    const exhausted = await mailer.enqueue(db.prisma, { ...email, subject: "exhausted" });
    await db.prisma.emailMessage.update({ where: { id: exhausted }, data: { status: "FAILED", attempts: 5 } });

    expect(await mailer.retryPending(db.prisma, { maxAttempts: 5 })).toBe(2);
    const status = async (id: string) => (await db.prisma.emailMessage.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(stale), await status(fresh), await status(failed), await status(exhausted)]).toEqual([
      "LOGGED",
      "QUEUED",
      "LOGGED",
      "FAILED",
    ]);
  });
});

describe("invitation email over SMTP", () => {
  it("an invitation arrives at the SMTP server with its link, the row is SENT, and the link works", async () => {
    const received: { to: string[]; data: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, session, callback) {
        let data = "";
        stream.on("data", (c: Buffer) => {
          data += c.toString("utf8");
        });
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
    const port = (smtp.server.address() as { port: number }).port;
    const w = world().msp("mail", "Mail MSP").login("admin", { role: "MSP_ADMIN" });
    const stack = await startStack({
      config: {
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        PUBLIC_URL: "https://hub.example.test/",
        MAIL_FROM: "Hub <hub@example.test>",
      },
      seed: w.seed,
    });
    try {
      const invited = await execute(
        stack,
        Invite,
        { input: { email: "new.operator@example.test", mspRole: "MSP_OPERATOR" } },
        w.logins.admin,
      );
      expect(invited.data?.inviteUser.__typename).toBe("Invitation");
      for (let i = 0; i < 200 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
      expect(received).toHaveLength(1);
      const [message] = received;
      expect(message!.to).toEqual(["new.operator@example.test"]);
      expect(message!.data).toContain("From: Hub <hub@example.test>");
      expect(message!.data).toMatch(/Subject: You are invited to Mail MSP on Partner Hub/);
      const token = /https:\/\/hub\.example\.test\/accept-invitation\?token=(phi_[\w-]+)/.exec(
        // Quoted-printable: soft line breaks and =XX escapes (the link's `=` is `=3D`).
        message!.data
          .replace(/=\r?\n/g, "")
          .replace(/=([0-9A-F]{2})/g, (_m, hex) => String.fromCharCode(Number.parseInt(hex, 16))),
      )?.[1];
      expect(token).toBeDefined();

      for (let i = 0; i < 100; i++) {
        const row = await stack.db.prisma.emailMessage.findFirst({ where: { to: "new.operator@example.test" } });
        if (row?.status === "SENT") break;
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(
        await stack.db.prisma.emailMessage.findFirst({ where: { to: "new.operator@example.test" } }),
      ).toMatchObject({
        status: "SENT",
        attempts: 1,
        mspId: w.msps.mail.id,
        lastError: null,
      });
      const accepted = await execute(stack, Accept, {
        input: { token: token!, name: "New Operator", password: "correct horse battery" },
      });
      expect(accepted.data?.acceptInvitation).toEqual({ __typename: "LoginPayload", viewer: { kind: "MSP_OPERATOR" } });
    } finally {
      await stack.stop();
      await new Promise<void>((r) => smtp.close(() => r()));
    }
  }, 60_000);
});
