import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/db.js";
import { jobContext } from "../../test/jobs.js";
import { mailOutbox } from "./mail-outbox.js";

/**
 * The outbox retry against a real SMTP server on port 0 that refuses mail until told otherwise:
 * a failed invitation email goes out on a later run, exactly once.
 */

let db: TestDb;
let smtp: SMTPServer;
let accepting = false;
const received: string[] = [];

beforeAll(async () => {
  db = await createTestDb();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!accepting) return callback(new Error("451 try again later"));
      received.push(address.address);
      callback();
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on("end", () => callback());
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await db?.destroy();
});

describe("mail-outbox", () => {
  it("retries a failed email until the SMTP server takes it, then leaves it alone", async () => {
    const port = (smtp.server.address() as AddressInfo).port;
    const ctx = jobContext(db, { config: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
    const row = await db.prisma.emailMessage.create({
      data: { to: "new.person@example.test", subject: "You are invited", text: "link", status: "FAILED", attempts: 1 },
    });

    expect(await mailOutbox.run(ctx, {})).toMatchObject({ pending: 1, tried: 1, failed: 1 });
    const refused = await db.prisma.emailMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(refused).toMatchObject({ status: "FAILED", attempts: 2 });
    expect(refused.lastError).toContain("try again later");

    accepting = true;
    expect(await mailOutbox.run(ctx, {})).toMatchObject({ pending: 1, tried: 1, failed: 0 });
    expect(await db.prisma.emailMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "SENT" });
    expect(received).toEqual(["new.person@example.test"]);

    expect(await mailOutbox.run(ctx, {})).toMatchObject({ pending: 0, tried: 0 });
    expect(received).toHaveLength(1);
  });

  it("changes nothing on a dry run", async () => {
    const row = await db.prisma.emailMessage.create({
      data: { to: "x@example.test", subject: "s", text: "t", status: "FAILED", attempts: 1 },
    });
    const ctx = jobContext(db, { dryRun: true });
    expect(await mailOutbox.run(ctx, {})).toMatchObject({ pending: 1, tried: 0 });
    expect(await db.prisma.emailMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ attempts: 1 });
  });
});
