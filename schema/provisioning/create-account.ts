import { z } from "zod";
import type { CometClient } from "../../comet/client/index.js";
import { idempotent } from "../../core/actions/idempotency.js";
import { audit } from "../../core/audit.js";
import type { MspStaffViewer } from "../../core/auth/viewer.js";
import {
  CometServerError,
  ConflictError,
  ForbiddenError,
  IdempotencyConflictError,
  InvalidInputError,
  NotFoundError,
} from "../../core/errors.js";
import { requireLocalId } from "../../core/global-id.js";
import { customerWhere } from "../../core/tenancy.js";
import { idempotencyKeyDescription } from "../actions/define.js";
import { builder, type Context } from "../builder.js";
import { clientOf, comet, provisioningScopes } from "./access.js";
import { createAccountInComet, type NewAccountSpec } from "./create-steps.js";
import { ProfileConflictError } from "./limits.js";
import { mirrorNewAccount } from "./mirror.js";
import {
  generatedLength,
  generatePassword,
  passwordDigest,
  passwordModel,
  sealPassword,
  unsealPassword,
} from "./passwords.js";
import { actingMsp, findServer, organizationOf, targetOrg } from "./server-choice.js";
import { checkQuotaBytes, limitModel } from "./update-quotas.js";

/**
 * The provisioning module's create: a Comet account on a chosen server with its email, policy
 * group, device limit, protected-item quota and an initial storage vault with a quota, mirrored
 * (and assigned to its customer) at once. Everything is checked before the first Comet write.
 */

const InitialVaultInput = builder.inputType("InitialStorageVaultInput", {
  description: "A storage vault to create from one of the server's storage templates.",
  fields: (t) => ({
    storageProviderId: t.string({ required: true, description: "The storage template (provider) ID on the server." }),
    quotaBytes: t.field({ type: "BigInt", description: "The vault's storage quota in bytes; 0 or omitted = none." }),
  }),
});

const CreateCometAccountInput = builder.inputType("CreateCometAccountInput", {
  description: "A new Comet account and its package.",
  fields: (t) => ({
    serverId: t.id({ required: true, description: "Global ID of the Comet server to create it on." }),
    customerId: t.id({ description: "Global ID of the customer it belongs to; omitted: unassigned." }),
    username: t.string({
      required: true,
      description: "Comet username (1-100 of letters, digits, `.`, `_`, `-`, `@`); unique on the server.",
      validate: z.string().regex(/^[A-Za-z0-9._@-]{1,100}$/, "use 1-100 letters, digits, '.', '_', '-' or '@'"),
    }),
    password: t.string({
      description: `The password (8-128 printable characters); omitted: a strong ${generatedLength}-character one is generated.`,
      validate: passwordModel,
    }),
    email: t.string({
      required: true,
      description: "Where Comet sends the account's reports.",
      validate: z.email("must be an email address"),
    }),
    policyGroupId: t.string({ description: "A policy group of your organization on the server (its `policyId`)." }),
    initialVault: t.field({ type: InitialVaultInput, description: "A storage vault to create for the account." }),
    maxDevices: t.int({ description: "Most devices; 0 or omitted = unlimited.", validate: limitModel }),
    protectedItemQuotaBytes: t.field({
      type: "BigInt",
      description: "Storage quota across all protected items, in bytes; 0 or omitted = none.",
    }),
    idempotencyKey: t.string({ description: `${idempotencyKeyDescription} A replay returns the same password.` }),
  }),
});

interface Created {
  accountId: string;
  password: string;
  isGenerated: boolean;
  storageVaultId: string | null;
}

const CreateCometAccountPayload = builder.objectRef<Created>("CreateCometAccountPayload").implement({
  description: "The new Comet account, with its password (shown this once).",
  fields: (t) => ({
    account: t.prismaField({
      type: "CometAccount",
      description: "The account as Partner Hub mirrors it.",
      resolve: (query, r, _args, ctx) =>
        ctx.prisma.cometAccount.findUniqueOrThrow({ ...query, where: { id: r.accountId } }),
    }),
    password: t.exposeString("password", {
      description: "The account's password. Not stored in Partner Hub: copy it now.",
    }),
    isGenerated: t.exposeBoolean("isGenerated", { description: "Whether Partner Hub generated the password." }),
    storageVaultId: t.exposeString("storageVaultId", {
      nullable: true,
      description: "Comet's DestinationID of the initial storage vault; null without one.",
    }),
  }),
});

async function findCustomer(ctx: Context, viewer: MspStaffViewer, globalId: string | number | null | undefined) {
  if (globalId === null || globalId === undefined) return null;
  const id = requireLocalId(globalId, "Customer", ["input", "customerId"]);
  const customer = await ctx.prisma.customer.findFirst({ where: { id, AND: [customerWhere(viewer)] } });
  if (!customer) throw new NotFoundError("Customer");
  if (customer.status === "ARCHIVED") throw new ConflictError("the customer is archived; restore it first");
  return customer;
}

/** The policy group and the storage template must be the organization's: checked before anything is created. */
async function checkReferences(client: CometClient, org: string, spec: Pick<NewAccountSpec, "policyId" | "vault">) {
  if (spec.policyId) {
    const policies = await comet(() => client.listPoliciesFull(targetOrg(org)));
    const policy = policies[spec.policyId];
    if (!policy || (policy.OrganizationID ?? "") !== org) {
      throw InvalidInputError.field(
        ["input", "policyGroupId"],
        "is not a policy group of your organization on this server",
      );
    }
  }
  if (spec.vault) {
    const providers = await comet(() => client.requestStorageVaultProviders(targetOrg(org)));
    if (!providers[spec.vault.providerId]) {
      throw InvalidInputError.field(
        ["input", "initialVault", "storageProviderId"],
        "is not a storage template of this server",
      );
    }
  }
}

builder.mutationField("createCometAccount", (t) =>
  t.withAuth(provisioningScopes).field({
    type: CreateCometAccountPayload,
    errors: {
      types: [
        InvalidInputError,
        NotFoundError,
        ForbiddenError,
        ConflictError,
        IdempotencyConflictError,
        ProfileConflictError,
        CometServerError,
      ],
    },
    description:
      "Creates a Comet account on a server you provision into (one you own, or a shared one with an organization " +
      "of yours): password (given or generated, returned once), email, policy group, device limit, protected-item " +
      "quota and an optional initial storage vault with a quota. It appears in `accounts` at once, assigned to " +
      "the customer. If a later step fails, the half-made account is deleted again. MSP staff with OPERATE.",
    args: { input: t.arg({ type: CreateCometAccountInput, required: true, description: "The account." }) },
    resolve: async (_parent, { input }, ctx) => {
      const { viewer } = ctx;
      const customer = await findCustomer(ctx, viewer, input.customerId);
      const found = await findServer(ctx, viewer, input.serverId, ["input", "serverId"]);
      const mspId = actingMsp(found, customer?.mspId ?? null, ["input", "customerId"]);
      if (customer && customer.mspId !== mspId) {
        throw InvalidInputError.field(["input", "customerId"], "is not a customer of the server's MSP");
      }
      const org = organizationOf(found, mspId, ["input", "serverId"]);
      const spec: NewAccountSpec = {
        username: input.username,
        email: input.email,
        organizationId: org,
        policyId: input.policyGroupId ?? "",
        maxDevices: input.maxDevices ?? 0,
        protectedItemQuotaBytes:
          checkQuotaBytes(input.protectedItemQuotaBytes, ["input", "protectedItemQuotaBytes"]) ?? 0n,
        vault: input.initialVault
          ? {
              providerId: input.initialVault.storageProviderId,
              quotaBytes: checkQuotaBytes(input.initialVault.quotaBytes, ["input", "initialVault", "quotaBytes"]) ?? 0n,
            }
          : null,
      };
      const given = input.password ?? null;
      const idempotencyKey = input.idempotencyKey;
      return idempotent(
        ctx,
        {
          key: idempotencyKey,
          operation: "createCometAccount",
          input: {
            serverId: found.server.id,
            customerId: customer?.id ?? null,
            ...asJson(spec),
            password: passwordDigest(given, idempotencyKey),
          },
        },
        {
          save: (r: Created) => ({ ...r, password: sealPassword(ctx, r.password) }),
          load: async (s) => {
            const saved = s as Created;
            return { ...saved, password: unsealPassword(ctx, saved.password) };
          },
        },
        async () => {
          const taken = await ctx.prisma.cometAccount.findUnique({
            where: { serverId_username: { serverId: found.server.id, username: spec.username } },
          });
          if (taken && !taken.missingSince) throw new ConflictError(`${spec.username} already exists on this server`);
          // A username Comet forgot may come back only to its own MSP: the mirror keeps one row per
          // username, and another MSP's row (with its history) must neither move nor take this customer.
          if (taken && taken.mspId !== mspId)
            throw new ConflictError(`${spec.username} is not available on this server`);
          const client = clientOf(ctx, found.server);
          await checkReferences(client, org, spec);
          const password = given ?? generatePassword();
          const made = await createAccountInComet(client, spec, password);
          const row = await mirrorNewAccount(
            ctx,
            { serverId: found.server.id, mspId, customerId: customer?.id ?? null, username: spec.username },
            made.profile,
            made.profileHash,
          );
          await audit(ctx, {
            action: "account.create",
            targetType: "CometAccount",
            targetId: row.id,
            mspId,
            customerId: customer?.id ?? null,
            details: { ...asJson(spec), server: found.server.profileName, storageVaultId: made.storageVaultId },
          });
          return { accountId: row.id, password, isGenerated: given === null, storageVaultId: made.storageVaultId };
        },
      );
    },
  }),
);

/** The spec as JSON (bigints as strings) for the idempotency hash and the audit row. */
function asJson(spec: NewAccountSpec) {
  return {
    ...spec,
    protectedItemQuotaBytes: spec.protectedItemQuotaBytes.toString(),
    vault: spec.vault ? { ...spec.vault, quotaBytes: spec.vault.quotaBytes.toString() } : null,
  };
}
