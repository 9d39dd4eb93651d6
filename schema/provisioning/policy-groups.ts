import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { GroupPolicy } from "../../comet/client/index.js";
import { idempotent } from "../../core/actions/idempotency.js";
import { audit } from "../../core/audit.js";
import {
  CometServerError,
  ConflictError,
  ForbiddenError,
  IdempotencyConflictError,
  InvalidInputError,
  NotFoundError,
} from "../../core/errors.js";
import { idempotencyKeyDescription } from "../actions/define.js";
import { builder } from "../builder.js";
import { clientOf, comet, provisioningScopes } from "./access.js";
import { actingMsp, findServer, organizationOf, targetOrg } from "./server-choice.js";

/**
 * Comet policy groups of the viewer's organization on a server, and the restricted default group
 * the provisioning module creates: no storage vault create/edit/delete, vault types limited to the
 * server's storage templates, no password change from the client. Created with policies/set and
 * our own GUID ([WHMCS] does the same: policies/new does not document the new ID).
 */

interface PolicyGroup {
  policyId: string;
  policy: GroupPolicy;
}

const flag = (g: PolicyGroup, name: string) => (g.policy.Policy as Record<string, unknown>)[name] === true;

const CometPolicyGroupRef = builder.objectRef<PolicyGroup>("CometPolicyGroup").implement({
  description: "A Comet policy group: settings the server enforces on every account linked to it.",
  fields: (t) => ({
    policyId: t.string({
      description: "Comet's PolicyID; set it as an account's policy group.",
      resolve: (g) => g.policyId,
    }),
    name: t.string({ description: "The group's description in Comet.", resolve: (g) => g.policy.Description ?? "" }),
    organizationId: t.string({
      description: "The Comet organization the group belongs to (empty = top level).",
      resolve: (g) => g.policy.OrganizationID ?? "",
    }),
    isDefault: t.boolean({
      description: "Whether Comet applies the group to new accounts of its organization by default.",
      resolve: (g) => g.policy.DefaultUserPolicy === true,
    }),
    preventsStorageVaultChanges: t.boolean({
      description: "Whether clients may neither request, add, edit nor delete storage vaults.",
      resolve: (g) =>
        [
          "PreventRequestStorageVault",
          "PreventAddCustomStorageVault",
          "PreventEditStorageVault",
          "PreventDeleteStorageVault",
        ]
          .map((n) => flag(g, n))
          .every(Boolean),
    }),
    preventsPasswordChange: t.boolean({
      description: "Whether clients may not change the account password.",
      resolve: (g) => flag(g, "PreventChangeAccountPassword"),
    }),
    allowedStorageProviderIds: t.stringList({
      nullable: true,
      description: "Storage templates clients may use for vaults; null when not restricted.",
      resolve: (g) => {
        const p = (
          g.policy.Policy as {
            StorageVaultProviders?: { ShouldRestrictProviderList?: boolean; AllowedProvidersWhenRestricted?: string[] };
          }
        ).StorageVaultProviders;
        return p?.ShouldRestrictProviderList ? (p.AllowedProvidersWhenRestricted ?? []) : null;
      },
    }),
  }),
});

const CometPolicyGroupsPayload = builder.objectRef<{ groups: PolicyGroup[] }>("CometPolicyGroupList").implement({
  description: "The policy groups of a Comet server that belong to your organization there.",
  fields: (t) => ({
    policyGroups: t.field({ type: [CometPolicyGroupRef], description: "By name.", resolve: (r) => r.groups }),
  }),
});

const byName = (a: PolicyGroup, b: PolicyGroup) =>
  (a.policy.Description ?? "").localeCompare(b.policy.Description ?? "");

builder.queryField("cometPolicyGroups", (t) =>
  t.withAuth(provisioningScopes).field({
    type: CometPolicyGroupsPayload,
    errors: { types: [InvalidInputError, NotFoundError, ForbiddenError, CometServerError] },
    description:
      "Policy groups on a Comet server (read live from it), only those of your MSP's organizations there (all " +
      "for the platform operator). MSP staff with OPERATE.",
    args: { serverId: t.arg.id({ required: true, description: "Global ID of the Comet server." }) },
    resolve: async (_parent, args, ctx) => {
      const { viewer } = ctx;
      const found = await findServer(ctx, viewer, args.serverId, ["serverId"]);
      const all = await comet(() => clientOf(ctx, found.server).listPoliciesFull());
      const groups = Object.entries(all)
        .map(([policyId, policy]) => ({ policyId, policy }))
        .filter(
          (g) => found.viewerMspId === null || found.mspOfOrg(g.policy.OrganizationID ?? "") === found.viewerMspId,
        );
      return { groups: groups.sort(byName) };
    },
  }),
);

const CreateRestrictedPolicyGroupInput = builder.inputType("CreateRestrictedPolicyGroupInput", {
  description: "Where to create the restricted default policy group, and its name.",
  fields: (t) => ({
    serverId: t.id({ required: true, description: "Global ID of the Comet server." }),
    name: t.string({
      required: true,
      description: "The group's name (1-100 characters); a group of that name in your organization is reused.",
      validate: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
    }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

builder.mutationField("createRestrictedPolicyGroup", (t) =>
  t.withAuth(provisioningScopes).field({
    type: CometPolicyGroupRef,
    errors: {
      types: [
        InvalidInputError,
        NotFoundError,
        ForbiddenError,
        ConflictError,
        IdempotencyConflictError,
        CometServerError,
      ],
    },
    description:
      "Creates the restricted default policy group in your organization on a Comet server: clients cannot " +
      "request, add, edit or delete storage vaults, may use only the server's storage templates, and cannot " +
      "change the account password. Idempotent by name: an existing group of that name is returned as it is. " +
      "MSP staff with OPERATE.",
    args: { input: t.arg({ type: CreateRestrictedPolicyGroupInput, required: true, description: "The group." }) },
    resolve: async (_parent, { input }, ctx) => {
      const { viewer } = ctx;
      const found = await findServer(ctx, viewer, input.serverId, ["input", "serverId"]);
      const mspId = actingMsp(found, null, ["input", "serverId"]);
      const org = organizationOf(found, mspId, ["input", "serverId"]);
      const name = input.name.trim();
      const client = clientOf(ctx, found.server);
      return idempotent(
        ctx,
        {
          key: input.idempotencyKey,
          operation: "createRestrictedPolicyGroup",
          input: { serverId: found.server.id, name },
        },
        {
          save: (g: PolicyGroup) => ({ policyId: g.policyId }),
          load: async (s) => {
            const policyId = (s as { policyId: string }).policyId;
            return { policyId, policy: (await comet(() => client.getPolicy(policyId))).policy };
          },
        },
        async () => {
          const existing = Object.entries(await comet(() => client.listPoliciesFull(targetOrg(org)))).find(
            ([, p]) => p.Description === name && (p.OrganizationID ?? "") === org,
          );
          if (existing) return { policyId: existing[0], policy: existing[1] };
          const providers = await comet(() => client.requestStorageVaultProviders(targetOrg(org)));
          const policyId = randomUUID();
          const policy = restrictedPolicy(name, org, Object.keys(providers));
          await comet(() => client.setPolicy(policyId, policy));
          await audit(ctx, {
            action: "policyGroup.createRestricted",
            targetType: "CometServer",
            targetId: found.server.id,
            mspId,
            details: { policyId, name, organizationId: org, storageProviders: Object.keys(providers) },
          });
          return { policyId, policy };
        },
      );
    },
  }),
);

function restrictedPolicy(name: string, organizationId: string, providerIds: string[]): GroupPolicy {
  return {
    Description: name,
    OrganizationID: organizationId,
    DefaultUserPolicy: false,
    CreatedDate: 0,
    ModifiedDate: 0,
    Policy: {
      PreventRequestStorageVault: true,
      PreventAddCustomStorageVault: true,
      PreventEditStorageVault: true,
      PreventDeleteStorageVault: true,
      StorageVaultProviders: { ShouldRestrictProviderList: true, AllowedProvidersWhenRestricted: providerIds },
      PreventChangeAccountPassword: true,
    },
  };
}
