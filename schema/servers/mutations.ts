import { encodeGlobalID } from "@pothos/plugin-relay";
import { z } from "zod";
import { audit } from "../../core/audit.js";
import {
  CometServerError,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from "../../core/errors.js";
import { builder } from "../builder.js";
import {
  assertUrlFree,
  baseUrlModel,
  findServer,
  freeProfileName,
  nameModel,
  normalisedUrl,
  ownership,
  passwordModel,
  readable,
  rethrowDuplicate,
  serverAdminScopes,
  usernameModel,
  verify,
} from "./admin.js";
import { requireSecrets } from "./context.js";

/**
 * Registering, changing and removing Comet servers. Credentials are checked against the server
 * before anything is written, and the admin password is write-only (sealed, never returned).
 * Workers notice every change on their next rescan (STREAM_LEASE_RETRY_SECONDS): a new server is
 * leased and reconciled, a changed one reconnects, a disabled or removed one is let go.
 */

const CometTenantLinkInput = builder.inputType("CometTenantLinkInput", {
  description: "Maps one Comet organization of a platform-shared server to the MSP that owns its accounts.",
  fields: (t) => ({
    organizationId: t.string({
      required: true,
      description: "Comet `OrganizationID`; the empty string is the server's top-level organization.",
      validate: z.string().trim().max(200, "must be at most 200 characters"),
    }),
    mspId: t.id({ required: true, description: "Global ID of the MSP." }),
  }),
});

const RegisterCometServerInput = builder.inputType("RegisterCometServerInput", {
  description: "A Comet server to mirror, and the admin credentials Partner Hub signs in with.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Display name (1-120 characters).", validate: nameModel }),
    baseUrl: t.string({
      required: true,
      description: "The server's URL, e.g. `https://backup.example.com/`. One registration per URL.",
      validate: baseUrlModel,
    }),
    adminUsername: t.string({ required: true, description: "A Comet admin's username.", validate: usernameModel }),
    adminPassword: t.string({
      required: true,
      description: "That admin's password. Stored encrypted and never returned by the API.",
      validate: passwordModel,
    }),
    mspId: t.id({
      description:
        "Global ID of the owning MSP. Platform operator only (it then needs this or `isPlatformShared`); " +
        "MSP admins always register servers for their own MSP.",
    }),
    isPlatformShared: t.boolean({
      description: "Platform operator only: a shared server whose organizations map to MSPs via `tenantLinks`.",
    }),
    tenantLinks: t.field({
      type: [CometTenantLinkInput],
      description: "Platform operator only, for shared servers: which MSP owns each Comet organization.",
    }),
  }),
});

builder.mutationField("registerCometServer", (t) =>
  t.withAuth(serverAdminScopes).prismaField({
    type: "CometServer",
    errors: { types: [InvalidInputError, NotFoundError, ConflictError, ForbiddenError, CometServerError] },
    description:
      "Registers a Comet server: signs in with the admin credentials first (CometServerError when they are wrong " +
      "or the server cannot be reached; nothing is saved), then stores it with the password encrypted. Workers " +
      "start mirroring it within STREAM_LEASE_RETRY_SECONDS. ConflictError when the URL is already registered.",
    args: {
      input: t.arg({
        type: RegisterCometServerInput,
        required: true,
        description: "What to change; see the input type.",
      }),
    },
    resolve: async (query, _parent, { input }, ctx) => {
      const { viewer } = ctx;
      const { mspId, links } = await ownership(ctx, viewer, input);
      const baseUrl = normalisedUrl(input.baseUrl);
      await assertUrlFree(ctx, baseUrl, null);
      const credentials = { baseUrl, adminUsername: input.adminUsername.trim(), adminPassword: input.adminPassword };
      const serverVersion = await verify(credentials);
      const profileName = await freeProfileName(ctx, input.name);
      const server = await ctx.prisma
        .$transaction(async (tx) => {
          const created = await tx.cometServer.create({
            data: {
              profileName,
              name: input.name.trim(),
              baseUrl,
              adminUsername: credentials.adminUsername,
              adminPasswordEnc: requireSecrets(ctx).encrypt(credentials.adminPassword),
              mspId,
              serverVersion: serverVersion ?? null,
            },
          });
          if (links.length > 0) {
            await tx.cometTenantLink.createMany({ data: links.map((l) => ({ ...l, serverId: created.id })) });
          }
          return created;
        })
        .catch(rethrowDuplicate);
      await audit(ctx, {
        action: "cometServer.register",
        targetType: "CometServer",
        targetId: server.id,
        mspId,
        details: { profileName, name: server.name, baseUrl, isPlatformShared: mspId === null, tenantLinks: links },
      });
      return ctx.prisma.cometServer.findUniqueOrThrow({ ...query, where: { id: server.id } });
    },
  }),
);

const UpdateCometServerInput = builder.inputType("UpdateCometServerInput", {
  description: "Changes to a Comet server; omitted fields stay as they are.",
  fields: (t) => ({
    id: t.id({ required: true, description: "Global ID of the server." }),
    name: t.string({ description: "New display name (1-120 characters).", validate: nameModel.nullish() }),
    baseUrl: t.string({
      description: "New URL; the credentials are checked against it.",
      validate: baseUrlModel.nullish(),
    }),
    adminUsername: t.string({
      description: "New admin username; checked against the server.",
      validate: usernameModel.nullish(),
    }),
    adminPassword: t.string({
      description: "New admin password; checked against the server, stored encrypted, never returned.",
      validate: passwordModel.nullish(),
    }),
    isEnabled: t.boolean({ description: "False stops mirroring the server (its data stays); true resumes it." }),
  }),
});

builder.mutationField("updateCometServer", (t) =>
  t.withAuth(serverAdminScopes).prismaField({
    type: "CometServer",
    errors: { types: [InvalidInputError, NotFoundError, ConflictError, ForbiddenError, CometServerError] },
    description:
      "Renames a Comet server, changes its URL or admin credentials (checked against the server first: " +
      "CometServerError and nothing saved when they fail), or pauses/resumes mirroring with `isEnabled`. " +
      "Workers reconnect with the new settings on their next rescan.",
    args: {
      input: t.arg({
        type: UpdateCometServerInput,
        required: true,
        description: "What to change; see the input type.",
      }),
    },
    resolve: async (query, _parent, { input }, ctx) => {
      const { viewer } = ctx;
      const server = await findServer(ctx, viewer, input.id);
      const next = {
        name: input.name?.trim() ?? server.name,
        baseUrl: input.baseUrl ? normalisedUrl(input.baseUrl) : server.baseUrl,
        adminUsername: input.adminUsername?.trim() ?? server.adminUsername,
        isEnabled: input.isEnabled ?? server.isEnabled,
      };
      // Unreadable when ENCRYPTION_KEY changed since it was sealed (or no box): only a new password helps.
      const stored = readable(() => requireSecrets(ctx).decrypt(server.adminPasswordEnc));
      const passwordChanged = input.adminPassword != null && input.adminPassword !== stored;
      const changed: string[] = (Object.keys(next) as Array<keyof typeof next>).filter((k) => next[k] !== server[k]);
      if (passwordChanged) changed.push("adminPassword");
      if (changed.length === 0) return ctx.prisma.cometServer.findUniqueOrThrow({ ...query, where: { id: server.id } });

      if (next.baseUrl !== server.baseUrl) await assertUrlFree(ctx, next.baseUrl, server.id);
      let serverVersion = server.serverVersion;
      if (next.baseUrl !== server.baseUrl || next.adminUsername !== server.adminUsername || passwordChanged) {
        const adminPassword = input.adminPassword ?? stored;
        if (adminPassword === null) {
          throw InvalidInputError.field(["input", "adminPassword"], "is required: the stored one cannot be decrypted");
        }
        serverVersion = (await verify({ ...next, adminPassword })) ?? serverVersion;
      }
      await ctx.prisma.cometServer
        .update({
          where: { id: server.id },
          data: {
            ...next,
            serverVersion,
            ...(passwordChanged ? { adminPasswordEnc: requireSecrets(ctx).encrypt(input.adminPassword!) } : {}),
          },
        })
        .catch(rethrowDuplicate);
      await audit(ctx, {
        action: "cometServer.update",
        targetType: "CometServer",
        targetId: server.id,
        mspId: server.mspId,
        // Names of what changed; the password itself never enters the audit log.
        details: { profileName: server.profileName, changed },
      });
      return ctx.prisma.cometServer.findUniqueOrThrow({ ...query, where: { id: server.id } });
    },
  }),
);

interface RemovedServer {
  id: string;
  profileName: string;
  accounts: number;
  devices: number;
}

const RemoveCometServerPayload = builder.objectRef<RemovedServer>("RemoveCometServerPayload").implement({
  description: "A Comet server that was removed, with what was deleted along with it.",
  fields: (t) => ({
    id: t.id({ description: "Global ID the server had.", resolve: (r) => encodeGlobalID("CometServer", r.id) }),
    profileName: t.exposeString("profileName", { description: "Profile name the server had." }),
    removedAccounts: t.exposeInt("accounts", { description: "Mirrored Comet accounts deleted with it." }),
    removedDevices: t.exposeInt("devices", { description: "Mirrored devices deleted with it." }),
  }),
});

const RemoveCometServerInput = builder.inputType("RemoveCometServerInput", {
  description: "The server to remove, and its profile name typed again to confirm.",
  fields: (t) => ({
    id: t.id({ required: true, description: "Global ID of the server." }),
    confirmProfileName: t.string({
      required: true,
      description: "Must equal the server's `profileName`: removal deletes data and cannot be undone.",
    }),
  }),
});

builder.mutationField("removeCometServer", (t) =>
  t.withAuth(serverAdminScopes).field({
    type: RemoveCometServerPayload,
    errors: { types: [InvalidInputError, NotFoundError, ForbiddenError] },
    description:
      "Removes a Comet server AND everything mirrored from it: its accounts, devices, protected items, vaults " +
      "and job history are deleted (cascade); the Comet server itself is not touched. Cannot be undone; " +
      "`confirmProfileName` must repeat the server's profile name. To only stop mirroring, use " +
      "`updateCometServer(input: { isEnabled: false })`.",
    args: {
      input: t.arg({
        type: RemoveCometServerInput,
        required: true,
        description: "What to change; see the input type.",
      }),
    },
    resolve: async (_parent, { input }, ctx) => {
      const { viewer } = ctx;
      const server = await findServer(ctx, viewer, input.id);
      if (input.confirmProfileName !== server.profileName) {
        throw InvalidInputError.field(["input", "confirmProfileName"], "does not match the server's profile name");
      }
      const removed = await ctx.prisma.$transaction(async (tx) => {
        const accounts = await tx.cometAccount.count({ where: { serverId: server.id } });
        const devices = await tx.device.findMany({ where: { account: { serverId: server.id } }, select: { id: true } });
        // Snoozes name their device without a foreign key, so the cascade does not reach them.
        await tx.incidentSnooze.deleteMany({ where: { deviceId: { in: devices.map((d) => d.id) } } });
        await tx.cometServer.delete({ where: { id: server.id } });
        return { id: server.id, profileName: server.profileName, accounts, devices: devices.length };
      });
      await audit(ctx, {
        action: "cometServer.remove",
        targetType: "CometServer",
        targetId: server.id,
        mspId: server.mspId,
        details: { baseUrl: server.baseUrl, ...removed },
      });
      return removed;
    },
  }),
);
