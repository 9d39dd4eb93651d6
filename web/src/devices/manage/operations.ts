import { graphql } from "../../gql/index.js";

/**
 * The device-action mutations the Manage panel and the job views send. Each selects the same
 * result shape (the action, or a typed error with its message) so one handler (act.ts) turns any
 * of them into a toast.
 */

graphql(`
  fragment ManageActionRow on DeviceAction {
    id
    kind
    kindLabel
    status
    summary
    isFinal
    createdAt
    expiresAt
    errorMessage
  }
`);

export const RunBackupMutation = graphql(`
  mutation ManageRunBackup($input: RunBackupInput!) {
    runBackup(input: $input) {
      __typename
      ... on DeviceAction { ...ManageActionRow }
      ...MutationErrorFields
    }
  }
`);

export const UpdateSoftwareMutation = graphql(`
  mutation ManageUpdateSoftware($input: UpdateClientSoftwareInput!) {
    updateClientSoftware(input: $input) {
      __typename
      ... on DeviceAction { ...ManageActionRow }
      ...MutationErrorFields
    }
  }
`);

export const UninstallSoftwareMutation = graphql(`
  mutation ManageUninstallSoftware($input: UninstallClientSoftwareInput!) {
    uninstallClientSoftware(input: $input) {
      __typename
      ... on DeviceAction { ...ManageActionRow }
      ...MutationErrorFields
    }
  }
`);

export const RevokeDeviceMutation = graphql(`
  mutation ManageRevokeDevice($input: RevokeDeviceInput!) {
    revokeDevice(input: $input) {
      __typename
      ... on DeviceAction { ...ManageActionRow }
      ...MutationErrorFields
    }
  }
`);

export const ApplyRetentionMutation = graphql(`
  mutation ManageApplyRetention($input: ApplyRetentionRulesInput!) {
    applyRetentionRules(input: $input) {
      __typename
      ... on DeviceAction { ...ManageActionRow }
      ...MutationErrorFields
    }
  }
`);

export const ReindexVaultMutation = graphql(`
  mutation ManageReindexVault($input: ReindexStorageVaultInput!) {
    reindexStorageVault(input: $input) {
      __typename
      ... on DeviceAction { ...ManageActionRow }
      ...MutationErrorFields
    }
  }
`);

export const CancelDeviceActionMutation = graphql(`
  mutation ManageCancelDeviceAction($input: CancelDeviceActionInput!) {
    cancelDeviceAction(input: $input) {
      __typename
      ... on DeviceAction { ...ManageActionRow }
      ...MutationErrorFields
    }
  }
`);

export const CancelJobMutation = graphql(`
  mutation ManageCancelJob($input: CancelJobInput!) {
    cancelJob(input: $input) {
      __typename
      ... on DeviceAction { ...ManageActionRow }
      ...MutationErrorFields
    }
  }
`);

export const AbandonJobMutation = graphql(`
  mutation ManageAbandonJob($input: AbandonJobInput!) {
    abandonJob(input: $input) {
      __typename
      ... on DeviceAction { ...ManageActionRow }
      ...MutationErrorFields
    }
  }
`);
