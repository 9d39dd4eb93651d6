/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CostBudgetPage {\n    devices(first: 10) { totalCount edges { node { friendlyName } } }\n  }\n": typeof types.CostBudgetPageDocument,
    "\n  query CostBudgetTotal {\n    devices(first: 10) { totalCount }\n  }\n": typeof types.CostBudgetTotalDocument,
    "\n  query ApiDevices($first: Int!, $after: String, $customerId: ID, $isOnline: Boolean, $search: String) {\n    devices(first: $first, after: $after, customerId: $customerId, isOnline: $isOnline, search: $search) {\n      totalCount\n      edges { node { id friendlyName accountUsername customerId customerName isOnline } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ApiDevicesDocument,
    "\n  query ApiDeviceNode($id: ID!) {\n    node(id: $id) { id ... on Device { accountUsername } }\n  }\n": typeof types.ApiDeviceNodeDocument,
    "\n  query ApiCometServers {\n    cometServers { profileName isPlatformShared streamState }\n  }\n": typeof types.ApiCometServersDocument,
    "\n  query ServerDeviceTotal {\n    devices(first: 1) { totalCount }\n  }\n": typeof types.ServerDeviceTotalDocument,
    "\n  subscription SharedPubSubJobEvents {\n    jobEvents { kind cometJobId }\n  }\n": typeof types.SharedPubSubJobEventsDocument,
    "\n  subscription SlowConsumerJobEvents {\n    jobEvents { cursor kind cometJobId }\n  }\n": typeof types.SlowConsumerJobEventsDocument,
    "\n  subscription SlowConsumerDeviceEvents {\n    deviceEvents { cursor }\n  }\n": typeof types.SlowConsumerDeviceEventsDocument,
    "\n  subscription SlowConsumerIncidentEvents {\n    incidentEvents { cursor }\n  }\n": typeof types.SlowConsumerIncidentEventsDocument,
    "\n  subscription TransportJobEvents {\n    jobEvents { kind cursor cometJobId outcome }\n  }\n": typeof types.TransportJobEventsDocument,
    "\n  subscription TransportJobEventsOfMsp($mspId: ID) {\n    jobEvents(mspId: $mspId) { kind }\n  }\n": typeof types.TransportJobEventsOfMspDocument,
    "\n  subscription TransportJobEventsBrief {\n    jobEvents { kind cometJobId }\n  }\n": typeof types.TransportJobEventsBriefDocument,
    "\n  query TransportTypename {\n    __typename\n  }\n": typeof types.TransportTypenameDocument,
    "\n  mutation MailerInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) { __typename }\n  }\n": typeof types.MailerInviteDocument,
    "\n  mutation MailerAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { __typename ... on LoginPayload { viewer { kind } } }\n  }\n": typeof types.MailerAcceptDocument,
    "\n  query AccountsList($first: Int!, $after: String, $customerId: ID, $serverId: ID, $isUnassigned: Boolean, $search: String) {\n    accounts(first: $first, after: $after, customerId: $customerId, serverId: $serverId, isUnassigned: $isUnassigned, search: $search) {\n      totalCount\n      edges { node { id username accountName emails isSuspended maximumDevices allItemsQuotaBytes missingSince\n        lastSyncedAt serverName customerId customer { name } deviceCount } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AccountsListDocument,
    "\n  query AccountsFields {\n    __type(name: \"CometAccount\") { fields { name } }\n  }\n": typeof types.AccountsFieldsDocument,
    "\n  query AccountsProfileHash {\n    accounts(first: 1) { edges { node { profileHash } } }\n  }\n": typeof types.AccountsProfileHashDocument,
    "\n  query AccountsNode($id: ID!) {\n    node(id: $id) { ... on CometAccount { username } }\n  }\n": typeof types.AccountsNodeDocument,
    "\n  query AccountsDevices($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename\n      ... on CometAccount {\n        username\n        customer { name }\n        devices(first: $first) { totalCount edges { node { id friendlyName accountId } } }\n      }\n    }\n  }\n": typeof types.AccountsDevicesDocument,
    "\n  query AccountsWithDevices($first: Int!) {\n    accounts(first: $first) {\n      edges { node { username devices(first: 10) { totalCount edges { node { friendlyName } } } } }\n    }\n  }\n": typeof types.AccountsWithDevicesDocument,
    "\n  mutation AccountsLink($input: LinkAccountsToCustomerInput!) {\n    linkAccountsToCustomer(input: $input) {\n      __typename\n      ... on LinkAccountsPayload {\n        customer { name accountCount deviceCount }\n        accounts { username customer { name } }\n        movedAccounts movedDevices movedProtectedItems movedStorageVaults movedJobs\n      }\n      ... on UserError { message }\n    }\n  }\n": typeof types.AccountsLinkDocument,
    "\n  mutation AccountsUnlink($input: UnlinkAccountsInput!) {\n    unlinkAccounts(input: $input) {\n      __typename\n      ... on LinkAccountsPayload { customer { name } accounts { username customerId } movedAccounts movedDevices movedJobs }\n      ... on UserError { message }\n    }\n  }\n": typeof types.AccountsUnlinkDocument,
    "\n  query AccountsDeviceTotal {\n    devices(first: 1) { totalCount }\n  }\n": typeof types.AccountsDeviceTotalDocument,
    "\n  mutation CancelAction($input: CancelDeviceActionInput!) {\n    cancelDeviceAction(input: $input) {\n      __typename\n      ... on DeviceAction { id status errorMessage finishedAt }\n      ... on UserError { message }\n    }\n  }\n": typeof types.CancelActionDocument,
    "\n  mutation CancelActionRunBackup($input: RunBackupInput!) {\n    runBackup(input: $input) { __typename ... on DeviceAction { id status } ... on UserError { message } }\n  }\n": typeof types.CancelActionRunBackupDocument,
    "\n  mutation RunBackupAction($input: RunBackupInput!) {\n    runBackup(input: $input) {\n      __typename\n      ... on DeviceAction { id kind status summary job { id cometJobId } }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n": typeof types.RunBackupActionDocument,
    "\n  mutation AuthLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt viewer { kind email } }\n  }\n": typeof types.AuthLoginDocument,
    "\n  mutation AuthLogout {\n    logout\n  }\n": typeof types.AuthLogoutDocument,
    "\n  query AuthMe {\n    me { kind email mspId customerId capabilities apiKeyName }\n  }\n": typeof types.AuthMeDocument,
    "\n  query AuthDevices {\n    devices(first: 100) { totalCount edges { node { accountUsername } } }\n  }\n": typeof types.AuthDevicesDocument,
    "\n  query AuthServers {\n    cometServers { profileName }\n  }\n": typeof types.AuthServersDocument,
    "\n  mutation AuthCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { key apiKey { id prefix name capabilities } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.AuthCreateKeyDocument,
    "\n  mutation AuthCreateKeyErrors($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on InvalidInputError { fieldErrors { path message } } }\n  }\n": typeof types.AuthCreateKeyErrorsDocument,
    "\n  query AuthApiKeys {\n    apiKeys(first: 10) { edges { node { id name prefix lastUsedAt revokedAt } } }\n  }\n": typeof types.AuthApiKeysDocument,
    "\n  mutation AuthRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) { __typename ... on ApiKey { id revokedAt } ... on NotFoundError { message } }\n  }\n": typeof types.AuthRevokeKeyDocument,
    "\n  fragment CustomersFields on Customer {\n    id name externalRef status notes mspName accountCount deviceCount\n  }\n": typeof types.CustomersFieldsFragmentDoc,
    "\n  query CustomersList($first: Int!, $after: String, $search: String, $status: [TenantStatus!], $mspId: ID) {\n    customers(first: $first, after: $after, search: $search, status: $status, mspId: $mspId) {\n      totalCount\n      edges { node { ...CustomersFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CustomersListDocument,
    "\n  query CustomersMsps($search: String) {\n    msps(first: 10, search: $search) { totalCount edges { node { name } } }\n  }\n": typeof types.CustomersMspsDocument,
    "\n  query CustomersMsp($id: ID) {\n    msp(id: $id) { id name status customerCount accountCount deviceCount }\n  }\n": typeof types.CustomersMspDocument,
    "\n  query CustomersMspById($id: ID!) {\n    msp(id: $id) { name }\n  }\n": typeof types.CustomersMspByIdDocument,
    "\n  query CustomersMspNode($id: ID!) {\n    msp: node(id: $id) { ... on Msp { name } }\n  }\n": typeof types.CustomersMspNodeDocument,
    "\n  query CustomersCustomerById($id: ID!) {\n    c: customer(id: $id) { name }\n  }\n": typeof types.CustomersCustomerByIdDocument,
    "\n  query CustomersCustomerNode($id: ID!) {\n    c: node(id: $id) { ... on Customer { name } }\n  }\n": typeof types.CustomersCustomerNodeDocument,
    "\n  query CustomersCustomerOfId($id: ID!) {\n    customer(id: $id) { name }\n  }\n": typeof types.CustomersCustomerOfIdDocument,
    "\n  mutation CustomersCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { ...CustomersFields }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n": typeof types.CustomersCreateDocument,
    "\n  mutation CustomersUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      __typename\n      ... on Customer { ...CustomersFields }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n": typeof types.CustomersUpdateDocument,
    "\n  mutation CustomersArchive($input: ArchiveCustomerInput!) {\n    archiveCustomer(input: $input) { __typename ... on Customer { status } }\n  }\n": typeof types.CustomersArchiveDocument,
    "\n  mutation CustomersRestore($input: RestoreCustomerInput!) {\n    restoreCustomer(input: $input) { __typename ... on Customer { status } }\n  }\n": typeof types.CustomersRestoreDocument,
    "\n  query DashboardFigures($customerId: ID, $mspId: ID) {\n    dashboard(customerId: $customerId, mspId: $mspId) {\n      asOf\n      devices { total online offline }\n      protectedItemsByCategory { category label count }\n      storageBytes\n      jobStatus24h { status label count }\n      deviceStatus24h { outcome status label count }\n      series30d { day devicesRegistered devicesOnline storageBytes }\n    }\n  }\n": typeof types.DashboardFiguresDocument,
    "\n  query DashboardDevices($first: Int!) {\n    devices(first: $first) {\n      edges { node { id friendlyName\n        timeline24h { id startedAt endedAt status outcome classification progressPercent }\n        history13d { day status jobCount }\n      } }\n    }\n  }\n": typeof types.DashboardDevicesDocument,
    "\n  subscription DashboardIncidentEvents($after: String, $customerId: ID, $mspId: ID) {\n    incidentEvents(after: $after, customerId: $customerId, mspId: $mspId) {\n      cursor kind jobId deviceId customerId status outcome outcomeLabel incidentId isSnoozed\n    }\n  }\n": typeof types.DashboardIncidentEventsDocument,
    "\n  query DashboardIncidents($first: Int!, $after: String, $customerId: ID) {\n    incidents(first: $first, after: $after, customerId: $customerId) {\n      totalCount\n      edges { cursor node {\n        id status deviceId deviceName accountId accountUsername customerId customerName protectedItemId protectedItemName canSnooze\n        job { id status outcome outcomeLabel startedAt endedAt }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.DashboardIncidentsDocument,
    "\n  mutation DashboardSnooze($input: SnoozeIncidentInput!) {\n    snoozeIncident(input: $input) {\n      __typename\n      ... on IncidentSnooze { id deviceId protectedItemId incidentId snoozedUntil isActive reason }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n      ... on NotFoundError { objectType }\n    }\n  }\n": typeof types.DashboardSnoozeDocument,
    "\n  mutation DashboardUnsnooze($input: UnsnoozeIncidentInput!) {\n    unsnoozeIncident(input: $input) {\n      __typename\n      ... on IncidentSnooze { id isActive snoozedUntil }\n      ... on NotFoundError { objectType }\n    }\n  }\n": typeof types.DashboardUnsnoozeDocument,
    "\n  query DashboardSnoozes {\n    incidentSnoozes(first: 10) { totalCount edges { node { id } } }\n  }\n": typeof types.DashboardSnoozesDocument,
    "\n  query FleetDevices($first: Int!, $after: String, $status24h: [JobStatus!], $serverId: ID, $customerId: ID) {\n    devices(first: $first, after: $after, status24h: $status24h, serverId: $serverId, customerId: $customerId) {\n      totalCount\n      edges { node {\n        id friendlyName accountId accountUsername serverId serverName customerName\n        latestJob24h { id status outcome outcomeLabel endedAt classification startedAt }\n        protectedItems { id description engineCategory }\n        storageVaults { id description }\n        jobs(first: 3) { totalCount edges { node { id startedAt status } } pageInfo { hasNextPage endCursor } }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.FleetDevicesDocument,
    "\n  query FleetDeviceJobs($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on Device {\n        jobs(first: 1, after: $after) { totalCount edges { node { id startedAt } } pageInfo { hasNextPage endCursor } }\n      }\n    }\n  }\n": typeof types.FleetDeviceJobsDocument,
    "\n  query InventoryItems($first: Int!, $after: String, $deviceId: ID, $accountId: ID, $customerId: ID, $engineCategory: EngineCategory) {\n    protectedItems(first: $first, after: $after, deviceId: $deviceId, accountId: $accountId, customerId: $customerId, engineCategory: $engineCategory) {\n      totalCount\n      edges { node { id description engine engineLabel engineCategory engineCategoryLabel totalBytes vmCount\n        m365AccountCount lastJobOutcome lastJobStatus lastJobAt lastSuccessAt deviceName accountUsername } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.InventoryItemsDocument,
    "\n  query InventoryItemNode($id: ID!) {\n    node(id: $id) { id ... on ProtectedItem { description } }\n  }\n": typeof types.InventoryItemNodeDocument,
    "\n  query InventoryVaults($first: Int!, $accountId: ID, $customerId: ID, $deviceId: ID) {\n    storageVaults(first: $first, accountId: $accountId, customerId: $customerId, deviceId: $deviceId) {\n      totalCount\n      edges { node { id description destinationType typeLabel quotaEnabled quotaBytes usedBytes accountId accountUsername customerId } }\n    }\n  }\n": typeof types.InventoryVaultsDocument,
    "\n  query InventoryVaultNode($id: ID!) {\n    node(id: $id) { id ... on StorageVault { description } }\n  }\n": typeof types.InventoryVaultNodeDocument,
    "\n  query JobsList($first: Int!, $after: String, $startedAfter: DateTime, $startedBefore: DateTime,\n    $statuses: [JobStatus!], $outcomes: [JobOutcome!], $classifications: [JobClassification!], $deviceId: ID,\n    $accountId: ID, $customerId: ID, $serverId: ID, $isRunning: Boolean) {\n    jobs(first: $first, after: $after, startedAfter: $startedAfter, startedBefore: $startedBefore, statuses: $statuses,\n      outcomes: $outcomes, classifications: $classifications, deviceId: $deviceId, accountId: $accountId,\n      customerId: $customerId, serverId: $serverId, isRunning: $isRunning) {\n      totalCount\n      edges { node { ...JobsFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.JobsListDocument,
    "\n  fragment JobsFields on Job {\n    id cometJobId classification classificationLabel outcome outcomeLabel status statusLabel cometStatus isRunning\n    startedAt endedAt durationSeconds uploadBytes totalBytes totalFiles\n    progress { counter bytesDone itemsDone itemsTotal lastProgressAt percent }\n    deviceId deviceName accountId accountUsername protectedItemName engine engineLabel storageVaultName\n    customerId customerName\n  }\n": typeof types.JobsFieldsFragmentDoc,
    "\n  query JobsById($id: ID!) {\n    job(id: $id) { id status }\n    node(id: $id) { id ... on Job { outcome } }\n  }\n": typeof types.JobsByIdDocument,
    "\n  subscription ActionEvents($after: String) {\n    deviceActionEvents(after: $after) {\n      cursor kind deviceActionId deviceId customerId actionKind status summary jobId errorMessage\n    }\n  }\n": typeof types.ActionEventsDocument,
    "\n  mutation ActionEventsRunBackup($input: RunBackupInput!) {\n    runBackup(input: $input) {\n      __typename\n      ... on DeviceAction { id status }\n      ... on UserError { message }\n    }\n  }\n": typeof types.ActionEventsRunBackupDocument,
    "\n  query ProvisioningTargets {\n    provisioningTargets { server { id name isPlatformShared } organizationId mspId mspName }\n  }\n": typeof types.ProvisioningTargetsDocument,
    "\n  query ProvisioningTargetsServers {\n    cometServers { id }\n  }\n": typeof types.ProvisioningTargetsServersDocument,
    "\n  query ProvisioningTargetsServerFields {\n    __type(name: \"ProvisioningServer\") { fields { name } }\n  }\n": typeof types.ProvisioningTargetsServerFieldsDocument,
    "\n  query ProvisioningTargetsPolicyGroups($serverId: ID!) {\n    cometPolicyGroups(serverId: $serverId) {\n      __typename\n      ... on CometPolicyGroupList { policyGroups { organizationId } }\n    }\n  }\n": typeof types.ProvisioningTargetsPolicyGroupsDocument,
    "\n  mutation ServersRegister($input: RegisterCometServerInput!) {\n    registerCometServer(input: $input) {\n      __typename\n      ... on CometServer { id profileName name baseUrl isEnabled isPlatformShared serverVersion }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n": typeof types.ServersRegisterDocument,
    "\n  mutation ServersUpdate($input: UpdateCometServerInput!) {\n    updateCometServer(input: $input) {\n      __typename\n      ... on CometServer { id profileName name baseUrl isEnabled isPlatformShared serverVersion }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n": typeof types.ServersUpdateDocument,
    "\n  mutation ServersRemove($input: RemoveCometServerInput!) {\n    removeCometServer(input: $input) {\n      __typename\n      ... on RemoveCometServerPayload { id profileName removedAccounts removedDevices }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n": typeof types.ServersRemoveDocument,
    "\n  query ServersDeviceTotal {\n    devices(first: 1) { totalCount }\n  }\n": typeof types.ServersDeviceTotalDocument,
    "\n  query ServersList {\n    cometServers { profileName }\n  }\n": typeof types.ServersListDocument,
    "\n  query ServersFields {\n    __type(name: \"CometServer\") { fields { name } }\n  }\n": typeof types.ServersFieldsDocument,
    "\n  query InvitationsList {\n    invitations(first: 50) { edges { node { email status acceptedAt } } }\n  }\n": typeof types.InvitationsListDocument,
    "\n  query InvitationsPending {\n    invitations(first: 100, pendingOnly: true) { edges { node { email role } } }\n  }\n": typeof types.InvitationsPendingDocument,
    "\n  mutation InvitationsRevoke($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) { __typename ... on Invitation { status revokedAt } }\n  }\n": typeof types.InvitationsRevokeDocument,
    "\n  query MembershipsUserSearch($s: String) {\n    users(first: 10, search: $s) { edges { node { email memberships { id kind role customerName } } } }\n  }\n": typeof types.MembershipsUserSearchDocument,
    "\n  mutation MembershipsRemoveRevoking($input: RemoveMembershipInput!) {\n    removeMembership(input: $input) { __typename ... on RemoveMembershipPayload { sessionsRevoked } }\n  }\n": typeof types.MembershipsRemoveRevokingDocument,
    "\n  mutation MembershipsUpdate($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) { __typename ... on Membership { role } ... on UserError { message } }\n  }\n": typeof types.MembershipsUpdateDocument,
    "\n  mutation MembershipsRemove($input: RemoveMembershipInput!) {\n    removeMembership(input: $input) { __typename ... on UserError { message } }\n  }\n": typeof types.MembershipsRemoveDocument,
    "\n  query MembershipsUsersCount {\n    users(first: 5) { totalCount }\n  }\n": typeof types.MembershipsUsersCountDocument,
    "\n  mutation MembershipsInviteAsKey {\n    inviteUser(input: { email: \"x@example.test\", mspRole: MSP_ADMIN }) { __typename }\n  }\n": typeof types.MembershipsInviteAsKeyDocument,
    "\n  query MembershipsUsers($customerId: ID, $first: Int!) {\n    users(first: $first, customerId: $customerId) {\n      totalCount\n      edges { node { id email memberships { kind role mspName customerName } } }\n    }\n  }\n": typeof types.MembershipsUsersDocument,
    "\n  query MembershipsInvitations {\n    invitations(first: 100) { edges { node { email } } }\n  }\n": typeof types.MembershipsInvitationsDocument,
    "\n  query MembershipsNode($id: ID!) {\n    node(id: $id) { id }\n  }\n": typeof types.MembershipsNodeDocument,
    "\n  mutation MembershipsRevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) { __typename }\n  }\n": typeof types.MembershipsRevokeInvitationDocument,
    "\n  query MembershipsInvitationsPage($first: Int!) {\n    invitations(first: $first) {\n      totalCount\n      edges { node { email role status mspName customerName invitedByEmail } }\n    }\n  }\n": typeof types.MembershipsInvitationsPageDocument,
    "\n  query OperatorViewMe {\n    me { kind mspId actingAsMsp { id name } memberships { id kind role isActive } }\n  }\n": typeof types.OperatorViewMeDocument,
    "\n  mutation OperatorViewSwitch($input: SwitchViewerInput!) {\n    switchViewer(input: $input) {\n      __typename\n      ... on Viewer { kind mspId actingAsMsp { name } }\n      ... on InvalidInputError { fieldErrors { path message } }\n      ... on NotFoundError { objectType }\n    }\n  }\n": typeof types.OperatorViewSwitchDocument,
    "\n  query OperatorViewCustomers {\n    customers(first: 50) { edges { node { name } } }\n  }\n": typeof types.OperatorViewCustomersDocument,
    "\n  query OperatorViewMsps {\n    msps(first: 5) { totalCount }\n  }\n": typeof types.OperatorViewMspsDocument,
    "\n  subscription OperatorViewDeviceEvents($after: String) {\n    deviceEvents(after: $after) { kind friendlyName }\n  }\n": typeof types.OperatorViewDeviceEventsDocument,
    "\n  mutation PeopleInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      __typename\n      ... on Invitation { id email role status mspName customerName invitedByEmail expiresAt }\n      ... on InvalidInputError { message fieldErrors { path message } }\n      ... on UserError { message }\n      ... on NotFoundError { objectType }\n    }\n  }\n": typeof types.PeopleInviteDocument,
    "\n  mutation PeopleAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on LoginPayload { token viewer { kind email mspId customerId } }\n      ... on InvalidInputError { fieldErrors { path message } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.PeopleAcceptDocument,
    "\n  query PeopleMe {\n    me { kind email mspId customerId memberships { id kind role mspName customerName isActive } }\n  }\n": typeof types.PeopleMeDocument,
    "\n  query PeopleDevices {\n    devices(first: 100) { totalCount edges { node { accountUsername } } }\n  }\n": typeof types.PeopleDevicesDocument,
    "\n  mutation PeopleSwitch($input: SwitchViewerInput!) {\n    switchViewer(input: $input) {\n      __typename\n      ... on Viewer { kind mspId customerId }\n      ... on UserError { message }\n    }\n  }\n": typeof types.PeopleSwitchDocument,
};
const documents: Documents = {
    "\n  query CostBudgetPage {\n    devices(first: 10) { totalCount edges { node { friendlyName } } }\n  }\n": types.CostBudgetPageDocument,
    "\n  query CostBudgetTotal {\n    devices(first: 10) { totalCount }\n  }\n": types.CostBudgetTotalDocument,
    "\n  query ApiDevices($first: Int!, $after: String, $customerId: ID, $isOnline: Boolean, $search: String) {\n    devices(first: $first, after: $after, customerId: $customerId, isOnline: $isOnline, search: $search) {\n      totalCount\n      edges { node { id friendlyName accountUsername customerId customerName isOnline } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ApiDevicesDocument,
    "\n  query ApiDeviceNode($id: ID!) {\n    node(id: $id) { id ... on Device { accountUsername } }\n  }\n": types.ApiDeviceNodeDocument,
    "\n  query ApiCometServers {\n    cometServers { profileName isPlatformShared streamState }\n  }\n": types.ApiCometServersDocument,
    "\n  query ServerDeviceTotal {\n    devices(first: 1) { totalCount }\n  }\n": types.ServerDeviceTotalDocument,
    "\n  subscription SharedPubSubJobEvents {\n    jobEvents { kind cometJobId }\n  }\n": types.SharedPubSubJobEventsDocument,
    "\n  subscription SlowConsumerJobEvents {\n    jobEvents { cursor kind cometJobId }\n  }\n": types.SlowConsumerJobEventsDocument,
    "\n  subscription SlowConsumerDeviceEvents {\n    deviceEvents { cursor }\n  }\n": types.SlowConsumerDeviceEventsDocument,
    "\n  subscription SlowConsumerIncidentEvents {\n    incidentEvents { cursor }\n  }\n": types.SlowConsumerIncidentEventsDocument,
    "\n  subscription TransportJobEvents {\n    jobEvents { kind cursor cometJobId outcome }\n  }\n": types.TransportJobEventsDocument,
    "\n  subscription TransportJobEventsOfMsp($mspId: ID) {\n    jobEvents(mspId: $mspId) { kind }\n  }\n": types.TransportJobEventsOfMspDocument,
    "\n  subscription TransportJobEventsBrief {\n    jobEvents { kind cometJobId }\n  }\n": types.TransportJobEventsBriefDocument,
    "\n  query TransportTypename {\n    __typename\n  }\n": types.TransportTypenameDocument,
    "\n  mutation MailerInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) { __typename }\n  }\n": types.MailerInviteDocument,
    "\n  mutation MailerAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { __typename ... on LoginPayload { viewer { kind } } }\n  }\n": types.MailerAcceptDocument,
    "\n  query AccountsList($first: Int!, $after: String, $customerId: ID, $serverId: ID, $isUnassigned: Boolean, $search: String) {\n    accounts(first: $first, after: $after, customerId: $customerId, serverId: $serverId, isUnassigned: $isUnassigned, search: $search) {\n      totalCount\n      edges { node { id username accountName emails isSuspended maximumDevices allItemsQuotaBytes missingSince\n        lastSyncedAt serverName customerId customer { name } deviceCount } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AccountsListDocument,
    "\n  query AccountsFields {\n    __type(name: \"CometAccount\") { fields { name } }\n  }\n": types.AccountsFieldsDocument,
    "\n  query AccountsProfileHash {\n    accounts(first: 1) { edges { node { profileHash } } }\n  }\n": types.AccountsProfileHashDocument,
    "\n  query AccountsNode($id: ID!) {\n    node(id: $id) { ... on CometAccount { username } }\n  }\n": types.AccountsNodeDocument,
    "\n  query AccountsDevices($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename\n      ... on CometAccount {\n        username\n        customer { name }\n        devices(first: $first) { totalCount edges { node { id friendlyName accountId } } }\n      }\n    }\n  }\n": types.AccountsDevicesDocument,
    "\n  query AccountsWithDevices($first: Int!) {\n    accounts(first: $first) {\n      edges { node { username devices(first: 10) { totalCount edges { node { friendlyName } } } } }\n    }\n  }\n": types.AccountsWithDevicesDocument,
    "\n  mutation AccountsLink($input: LinkAccountsToCustomerInput!) {\n    linkAccountsToCustomer(input: $input) {\n      __typename\n      ... on LinkAccountsPayload {\n        customer { name accountCount deviceCount }\n        accounts { username customer { name } }\n        movedAccounts movedDevices movedProtectedItems movedStorageVaults movedJobs\n      }\n      ... on UserError { message }\n    }\n  }\n": types.AccountsLinkDocument,
    "\n  mutation AccountsUnlink($input: UnlinkAccountsInput!) {\n    unlinkAccounts(input: $input) {\n      __typename\n      ... on LinkAccountsPayload { customer { name } accounts { username customerId } movedAccounts movedDevices movedJobs }\n      ... on UserError { message }\n    }\n  }\n": types.AccountsUnlinkDocument,
    "\n  query AccountsDeviceTotal {\n    devices(first: 1) { totalCount }\n  }\n": types.AccountsDeviceTotalDocument,
    "\n  mutation CancelAction($input: CancelDeviceActionInput!) {\n    cancelDeviceAction(input: $input) {\n      __typename\n      ... on DeviceAction { id status errorMessage finishedAt }\n      ... on UserError { message }\n    }\n  }\n": types.CancelActionDocument,
    "\n  mutation CancelActionRunBackup($input: RunBackupInput!) {\n    runBackup(input: $input) { __typename ... on DeviceAction { id status } ... on UserError { message } }\n  }\n": types.CancelActionRunBackupDocument,
    "\n  mutation RunBackupAction($input: RunBackupInput!) {\n    runBackup(input: $input) {\n      __typename\n      ... on DeviceAction { id kind status summary job { id cometJobId } }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n": types.RunBackupActionDocument,
    "\n  mutation AuthLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt viewer { kind email } }\n  }\n": types.AuthLoginDocument,
    "\n  mutation AuthLogout {\n    logout\n  }\n": types.AuthLogoutDocument,
    "\n  query AuthMe {\n    me { kind email mspId customerId capabilities apiKeyName }\n  }\n": types.AuthMeDocument,
    "\n  query AuthDevices {\n    devices(first: 100) { totalCount edges { node { accountUsername } } }\n  }\n": types.AuthDevicesDocument,
    "\n  query AuthServers {\n    cometServers { profileName }\n  }\n": types.AuthServersDocument,
    "\n  mutation AuthCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { key apiKey { id prefix name capabilities } }\n      ... on UserError { message }\n    }\n  }\n": types.AuthCreateKeyDocument,
    "\n  mutation AuthCreateKeyErrors($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on InvalidInputError { fieldErrors { path message } } }\n  }\n": types.AuthCreateKeyErrorsDocument,
    "\n  query AuthApiKeys {\n    apiKeys(first: 10) { edges { node { id name prefix lastUsedAt revokedAt } } }\n  }\n": types.AuthApiKeysDocument,
    "\n  mutation AuthRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) { __typename ... on ApiKey { id revokedAt } ... on NotFoundError { message } }\n  }\n": types.AuthRevokeKeyDocument,
    "\n  fragment CustomersFields on Customer {\n    id name externalRef status notes mspName accountCount deviceCount\n  }\n": types.CustomersFieldsFragmentDoc,
    "\n  query CustomersList($first: Int!, $after: String, $search: String, $status: [TenantStatus!], $mspId: ID) {\n    customers(first: $first, after: $after, search: $search, status: $status, mspId: $mspId) {\n      totalCount\n      edges { node { ...CustomersFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CustomersListDocument,
    "\n  query CustomersMsps($search: String) {\n    msps(first: 10, search: $search) { totalCount edges { node { name } } }\n  }\n": types.CustomersMspsDocument,
    "\n  query CustomersMsp($id: ID) {\n    msp(id: $id) { id name status customerCount accountCount deviceCount }\n  }\n": types.CustomersMspDocument,
    "\n  query CustomersMspById($id: ID!) {\n    msp(id: $id) { name }\n  }\n": types.CustomersMspByIdDocument,
    "\n  query CustomersMspNode($id: ID!) {\n    msp: node(id: $id) { ... on Msp { name } }\n  }\n": types.CustomersMspNodeDocument,
    "\n  query CustomersCustomerById($id: ID!) {\n    c: customer(id: $id) { name }\n  }\n": types.CustomersCustomerByIdDocument,
    "\n  query CustomersCustomerNode($id: ID!) {\n    c: node(id: $id) { ... on Customer { name } }\n  }\n": types.CustomersCustomerNodeDocument,
    "\n  query CustomersCustomerOfId($id: ID!) {\n    customer(id: $id) { name }\n  }\n": types.CustomersCustomerOfIdDocument,
    "\n  mutation CustomersCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { ...CustomersFields }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n": types.CustomersCreateDocument,
    "\n  mutation CustomersUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      __typename\n      ... on Customer { ...CustomersFields }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n": types.CustomersUpdateDocument,
    "\n  mutation CustomersArchive($input: ArchiveCustomerInput!) {\n    archiveCustomer(input: $input) { __typename ... on Customer { status } }\n  }\n": types.CustomersArchiveDocument,
    "\n  mutation CustomersRestore($input: RestoreCustomerInput!) {\n    restoreCustomer(input: $input) { __typename ... on Customer { status } }\n  }\n": types.CustomersRestoreDocument,
    "\n  query DashboardFigures($customerId: ID, $mspId: ID) {\n    dashboard(customerId: $customerId, mspId: $mspId) {\n      asOf\n      devices { total online offline }\n      protectedItemsByCategory { category label count }\n      storageBytes\n      jobStatus24h { status label count }\n      deviceStatus24h { outcome status label count }\n      series30d { day devicesRegistered devicesOnline storageBytes }\n    }\n  }\n": types.DashboardFiguresDocument,
    "\n  query DashboardDevices($first: Int!) {\n    devices(first: $first) {\n      edges { node { id friendlyName\n        timeline24h { id startedAt endedAt status outcome classification progressPercent }\n        history13d { day status jobCount }\n      } }\n    }\n  }\n": types.DashboardDevicesDocument,
    "\n  subscription DashboardIncidentEvents($after: String, $customerId: ID, $mspId: ID) {\n    incidentEvents(after: $after, customerId: $customerId, mspId: $mspId) {\n      cursor kind jobId deviceId customerId status outcome outcomeLabel incidentId isSnoozed\n    }\n  }\n": types.DashboardIncidentEventsDocument,
    "\n  query DashboardIncidents($first: Int!, $after: String, $customerId: ID) {\n    incidents(first: $first, after: $after, customerId: $customerId) {\n      totalCount\n      edges { cursor node {\n        id status deviceId deviceName accountId accountUsername customerId customerName protectedItemId protectedItemName canSnooze\n        job { id status outcome outcomeLabel startedAt endedAt }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.DashboardIncidentsDocument,
    "\n  mutation DashboardSnooze($input: SnoozeIncidentInput!) {\n    snoozeIncident(input: $input) {\n      __typename\n      ... on IncidentSnooze { id deviceId protectedItemId incidentId snoozedUntil isActive reason }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n      ... on NotFoundError { objectType }\n    }\n  }\n": types.DashboardSnoozeDocument,
    "\n  mutation DashboardUnsnooze($input: UnsnoozeIncidentInput!) {\n    unsnoozeIncident(input: $input) {\n      __typename\n      ... on IncidentSnooze { id isActive snoozedUntil }\n      ... on NotFoundError { objectType }\n    }\n  }\n": types.DashboardUnsnoozeDocument,
    "\n  query DashboardSnoozes {\n    incidentSnoozes(first: 10) { totalCount edges { node { id } } }\n  }\n": types.DashboardSnoozesDocument,
    "\n  query FleetDevices($first: Int!, $after: String, $status24h: [JobStatus!], $serverId: ID, $customerId: ID) {\n    devices(first: $first, after: $after, status24h: $status24h, serverId: $serverId, customerId: $customerId) {\n      totalCount\n      edges { node {\n        id friendlyName accountId accountUsername serverId serverName customerName\n        latestJob24h { id status outcome outcomeLabel endedAt classification startedAt }\n        protectedItems { id description engineCategory }\n        storageVaults { id description }\n        jobs(first: 3) { totalCount edges { node { id startedAt status } } pageInfo { hasNextPage endCursor } }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.FleetDevicesDocument,
    "\n  query FleetDeviceJobs($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on Device {\n        jobs(first: 1, after: $after) { totalCount edges { node { id startedAt } } pageInfo { hasNextPage endCursor } }\n      }\n    }\n  }\n": types.FleetDeviceJobsDocument,
    "\n  query InventoryItems($first: Int!, $after: String, $deviceId: ID, $accountId: ID, $customerId: ID, $engineCategory: EngineCategory) {\n    protectedItems(first: $first, after: $after, deviceId: $deviceId, accountId: $accountId, customerId: $customerId, engineCategory: $engineCategory) {\n      totalCount\n      edges { node { id description engine engineLabel engineCategory engineCategoryLabel totalBytes vmCount\n        m365AccountCount lastJobOutcome lastJobStatus lastJobAt lastSuccessAt deviceName accountUsername } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.InventoryItemsDocument,
    "\n  query InventoryItemNode($id: ID!) {\n    node(id: $id) { id ... on ProtectedItem { description } }\n  }\n": types.InventoryItemNodeDocument,
    "\n  query InventoryVaults($first: Int!, $accountId: ID, $customerId: ID, $deviceId: ID) {\n    storageVaults(first: $first, accountId: $accountId, customerId: $customerId, deviceId: $deviceId) {\n      totalCount\n      edges { node { id description destinationType typeLabel quotaEnabled quotaBytes usedBytes accountId accountUsername customerId } }\n    }\n  }\n": types.InventoryVaultsDocument,
    "\n  query InventoryVaultNode($id: ID!) {\n    node(id: $id) { id ... on StorageVault { description } }\n  }\n": types.InventoryVaultNodeDocument,
    "\n  query JobsList($first: Int!, $after: String, $startedAfter: DateTime, $startedBefore: DateTime,\n    $statuses: [JobStatus!], $outcomes: [JobOutcome!], $classifications: [JobClassification!], $deviceId: ID,\n    $accountId: ID, $customerId: ID, $serverId: ID, $isRunning: Boolean) {\n    jobs(first: $first, after: $after, startedAfter: $startedAfter, startedBefore: $startedBefore, statuses: $statuses,\n      outcomes: $outcomes, classifications: $classifications, deviceId: $deviceId, accountId: $accountId,\n      customerId: $customerId, serverId: $serverId, isRunning: $isRunning) {\n      totalCount\n      edges { node { ...JobsFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.JobsListDocument,
    "\n  fragment JobsFields on Job {\n    id cometJobId classification classificationLabel outcome outcomeLabel status statusLabel cometStatus isRunning\n    startedAt endedAt durationSeconds uploadBytes totalBytes totalFiles\n    progress { counter bytesDone itemsDone itemsTotal lastProgressAt percent }\n    deviceId deviceName accountId accountUsername protectedItemName engine engineLabel storageVaultName\n    customerId customerName\n  }\n": types.JobsFieldsFragmentDoc,
    "\n  query JobsById($id: ID!) {\n    job(id: $id) { id status }\n    node(id: $id) { id ... on Job { outcome } }\n  }\n": types.JobsByIdDocument,
    "\n  subscription ActionEvents($after: String) {\n    deviceActionEvents(after: $after) {\n      cursor kind deviceActionId deviceId customerId actionKind status summary jobId errorMessage\n    }\n  }\n": types.ActionEventsDocument,
    "\n  mutation ActionEventsRunBackup($input: RunBackupInput!) {\n    runBackup(input: $input) {\n      __typename\n      ... on DeviceAction { id status }\n      ... on UserError { message }\n    }\n  }\n": types.ActionEventsRunBackupDocument,
    "\n  query ProvisioningTargets {\n    provisioningTargets { server { id name isPlatformShared } organizationId mspId mspName }\n  }\n": types.ProvisioningTargetsDocument,
    "\n  query ProvisioningTargetsServers {\n    cometServers { id }\n  }\n": types.ProvisioningTargetsServersDocument,
    "\n  query ProvisioningTargetsServerFields {\n    __type(name: \"ProvisioningServer\") { fields { name } }\n  }\n": types.ProvisioningTargetsServerFieldsDocument,
    "\n  query ProvisioningTargetsPolicyGroups($serverId: ID!) {\n    cometPolicyGroups(serverId: $serverId) {\n      __typename\n      ... on CometPolicyGroupList { policyGroups { organizationId } }\n    }\n  }\n": types.ProvisioningTargetsPolicyGroupsDocument,
    "\n  mutation ServersRegister($input: RegisterCometServerInput!) {\n    registerCometServer(input: $input) {\n      __typename\n      ... on CometServer { id profileName name baseUrl isEnabled isPlatformShared serverVersion }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n": types.ServersRegisterDocument,
    "\n  mutation ServersUpdate($input: UpdateCometServerInput!) {\n    updateCometServer(input: $input) {\n      __typename\n      ... on CometServer { id profileName name baseUrl isEnabled isPlatformShared serverVersion }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n": types.ServersUpdateDocument,
    "\n  mutation ServersRemove($input: RemoveCometServerInput!) {\n    removeCometServer(input: $input) {\n      __typename\n      ... on RemoveCometServerPayload { id profileName removedAccounts removedDevices }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n": types.ServersRemoveDocument,
    "\n  query ServersDeviceTotal {\n    devices(first: 1) { totalCount }\n  }\n": types.ServersDeviceTotalDocument,
    "\n  query ServersList {\n    cometServers { profileName }\n  }\n": types.ServersListDocument,
    "\n  query ServersFields {\n    __type(name: \"CometServer\") { fields { name } }\n  }\n": types.ServersFieldsDocument,
    "\n  query InvitationsList {\n    invitations(first: 50) { edges { node { email status acceptedAt } } }\n  }\n": types.InvitationsListDocument,
    "\n  query InvitationsPending {\n    invitations(first: 100, pendingOnly: true) { edges { node { email role } } }\n  }\n": types.InvitationsPendingDocument,
    "\n  mutation InvitationsRevoke($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) { __typename ... on Invitation { status revokedAt } }\n  }\n": types.InvitationsRevokeDocument,
    "\n  query MembershipsUserSearch($s: String) {\n    users(first: 10, search: $s) { edges { node { email memberships { id kind role customerName } } } }\n  }\n": types.MembershipsUserSearchDocument,
    "\n  mutation MembershipsRemoveRevoking($input: RemoveMembershipInput!) {\n    removeMembership(input: $input) { __typename ... on RemoveMembershipPayload { sessionsRevoked } }\n  }\n": types.MembershipsRemoveRevokingDocument,
    "\n  mutation MembershipsUpdate($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) { __typename ... on Membership { role } ... on UserError { message } }\n  }\n": types.MembershipsUpdateDocument,
    "\n  mutation MembershipsRemove($input: RemoveMembershipInput!) {\n    removeMembership(input: $input) { __typename ... on UserError { message } }\n  }\n": types.MembershipsRemoveDocument,
    "\n  query MembershipsUsersCount {\n    users(first: 5) { totalCount }\n  }\n": types.MembershipsUsersCountDocument,
    "\n  mutation MembershipsInviteAsKey {\n    inviteUser(input: { email: \"x@example.test\", mspRole: MSP_ADMIN }) { __typename }\n  }\n": types.MembershipsInviteAsKeyDocument,
    "\n  query MembershipsUsers($customerId: ID, $first: Int!) {\n    users(first: $first, customerId: $customerId) {\n      totalCount\n      edges { node { id email memberships { kind role mspName customerName } } }\n    }\n  }\n": types.MembershipsUsersDocument,
    "\n  query MembershipsInvitations {\n    invitations(first: 100) { edges { node { email } } }\n  }\n": types.MembershipsInvitationsDocument,
    "\n  query MembershipsNode($id: ID!) {\n    node(id: $id) { id }\n  }\n": types.MembershipsNodeDocument,
    "\n  mutation MembershipsRevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) { __typename }\n  }\n": types.MembershipsRevokeInvitationDocument,
    "\n  query MembershipsInvitationsPage($first: Int!) {\n    invitations(first: $first) {\n      totalCount\n      edges { node { email role status mspName customerName invitedByEmail } }\n    }\n  }\n": types.MembershipsInvitationsPageDocument,
    "\n  query OperatorViewMe {\n    me { kind mspId actingAsMsp { id name } memberships { id kind role isActive } }\n  }\n": types.OperatorViewMeDocument,
    "\n  mutation OperatorViewSwitch($input: SwitchViewerInput!) {\n    switchViewer(input: $input) {\n      __typename\n      ... on Viewer { kind mspId actingAsMsp { name } }\n      ... on InvalidInputError { fieldErrors { path message } }\n      ... on NotFoundError { objectType }\n    }\n  }\n": types.OperatorViewSwitchDocument,
    "\n  query OperatorViewCustomers {\n    customers(first: 50) { edges { node { name } } }\n  }\n": types.OperatorViewCustomersDocument,
    "\n  query OperatorViewMsps {\n    msps(first: 5) { totalCount }\n  }\n": types.OperatorViewMspsDocument,
    "\n  subscription OperatorViewDeviceEvents($after: String) {\n    deviceEvents(after: $after) { kind friendlyName }\n  }\n": types.OperatorViewDeviceEventsDocument,
    "\n  mutation PeopleInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      __typename\n      ... on Invitation { id email role status mspName customerName invitedByEmail expiresAt }\n      ... on InvalidInputError { message fieldErrors { path message } }\n      ... on UserError { message }\n      ... on NotFoundError { objectType }\n    }\n  }\n": types.PeopleInviteDocument,
    "\n  mutation PeopleAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on LoginPayload { token viewer { kind email mspId customerId } }\n      ... on InvalidInputError { fieldErrors { path message } }\n      ... on UserError { message }\n    }\n  }\n": types.PeopleAcceptDocument,
    "\n  query PeopleMe {\n    me { kind email mspId customerId memberships { id kind role mspName customerName isActive } }\n  }\n": types.PeopleMeDocument,
    "\n  query PeopleDevices {\n    devices(first: 100) { totalCount edges { node { accountUsername } } }\n  }\n": types.PeopleDevicesDocument,
    "\n  mutation PeopleSwitch($input: SwitchViewerInput!) {\n    switchViewer(input: $input) {\n      __typename\n      ... on Viewer { kind mspId customerId }\n      ... on UserError { message }\n    }\n  }\n": types.PeopleSwitchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostBudgetPage {\n    devices(first: 10) { totalCount edges { node { friendlyName } } }\n  }\n"): (typeof documents)["\n  query CostBudgetPage {\n    devices(first: 10) { totalCount edges { node { friendlyName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostBudgetTotal {\n    devices(first: 10) { totalCount }\n  }\n"): (typeof documents)["\n  query CostBudgetTotal {\n    devices(first: 10) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiDevices($first: Int!, $after: String, $customerId: ID, $isOnline: Boolean, $search: String) {\n    devices(first: $first, after: $after, customerId: $customerId, isOnline: $isOnline, search: $search) {\n      totalCount\n      edges { node { id friendlyName accountUsername customerId customerName isOnline } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ApiDevices($first: Int!, $after: String, $customerId: ID, $isOnline: Boolean, $search: String) {\n    devices(first: $first, after: $after, customerId: $customerId, isOnline: $isOnline, search: $search) {\n      totalCount\n      edges { node { id friendlyName accountUsername customerId customerName isOnline } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiDeviceNode($id: ID!) {\n    node(id: $id) { id ... on Device { accountUsername } }\n  }\n"): (typeof documents)["\n  query ApiDeviceNode($id: ID!) {\n    node(id: $id) { id ... on Device { accountUsername } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiCometServers {\n    cometServers { profileName isPlatformShared streamState }\n  }\n"): (typeof documents)["\n  query ApiCometServers {\n    cometServers { profileName isPlatformShared streamState }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerDeviceTotal {\n    devices(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query ServerDeviceTotal {\n    devices(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedPubSubJobEvents {\n    jobEvents { kind cometJobId }\n  }\n"): (typeof documents)["\n  subscription SharedPubSubJobEvents {\n    jobEvents { kind cometJobId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SlowConsumerJobEvents {\n    jobEvents { cursor kind cometJobId }\n  }\n"): (typeof documents)["\n  subscription SlowConsumerJobEvents {\n    jobEvents { cursor kind cometJobId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SlowConsumerDeviceEvents {\n    deviceEvents { cursor }\n  }\n"): (typeof documents)["\n  subscription SlowConsumerDeviceEvents {\n    deviceEvents { cursor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SlowConsumerIncidentEvents {\n    incidentEvents { cursor }\n  }\n"): (typeof documents)["\n  subscription SlowConsumerIncidentEvents {\n    incidentEvents { cursor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransportJobEvents {\n    jobEvents { kind cursor cometJobId outcome }\n  }\n"): (typeof documents)["\n  subscription TransportJobEvents {\n    jobEvents { kind cursor cometJobId outcome }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransportJobEventsOfMsp($mspId: ID) {\n    jobEvents(mspId: $mspId) { kind }\n  }\n"): (typeof documents)["\n  subscription TransportJobEventsOfMsp($mspId: ID) {\n    jobEvents(mspId: $mspId) { kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransportJobEventsBrief {\n    jobEvents { kind cometJobId }\n  }\n"): (typeof documents)["\n  subscription TransportJobEventsBrief {\n    jobEvents { kind cometJobId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportTypename {\n    __typename\n  }\n"): (typeof documents)["\n  query TransportTypename {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailerInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation MailerInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailerAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { __typename ... on LoginPayload { viewer { kind } } }\n  }\n"): (typeof documents)["\n  mutation MailerAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { __typename ... on LoginPayload { viewer { kind } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsList($first: Int!, $after: String, $customerId: ID, $serverId: ID, $isUnassigned: Boolean, $search: String) {\n    accounts(first: $first, after: $after, customerId: $customerId, serverId: $serverId, isUnassigned: $isUnassigned, search: $search) {\n      totalCount\n      edges { node { id username accountName emails isSuspended maximumDevices allItemsQuotaBytes missingSince\n        lastSyncedAt serverName customerId customer { name } deviceCount } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AccountsList($first: Int!, $after: String, $customerId: ID, $serverId: ID, $isUnassigned: Boolean, $search: String) {\n    accounts(first: $first, after: $after, customerId: $customerId, serverId: $serverId, isUnassigned: $isUnassigned, search: $search) {\n      totalCount\n      edges { node { id username accountName emails isSuspended maximumDevices allItemsQuotaBytes missingSince\n        lastSyncedAt serverName customerId customer { name } deviceCount } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsFields {\n    __type(name: \"CometAccount\") { fields { name } }\n  }\n"): (typeof documents)["\n  query AccountsFields {\n    __type(name: \"CometAccount\") { fields { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsProfileHash {\n    accounts(first: 1) { edges { node { profileHash } } }\n  }\n"): (typeof documents)["\n  query AccountsProfileHash {\n    accounts(first: 1) { edges { node { profileHash } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsNode($id: ID!) {\n    node(id: $id) { ... on CometAccount { username } }\n  }\n"): (typeof documents)["\n  query AccountsNode($id: ID!) {\n    node(id: $id) { ... on CometAccount { username } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsDevices($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename\n      ... on CometAccount {\n        username\n        customer { name }\n        devices(first: $first) { totalCount edges { node { id friendlyName accountId } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountsDevices($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename\n      ... on CometAccount {\n        username\n        customer { name }\n        devices(first: $first) { totalCount edges { node { id friendlyName accountId } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsWithDevices($first: Int!) {\n    accounts(first: $first) {\n      edges { node { username devices(first: 10) { totalCount edges { node { friendlyName } } } } }\n    }\n  }\n"): (typeof documents)["\n  query AccountsWithDevices($first: Int!) {\n    accounts(first: $first) {\n      edges { node { username devices(first: 10) { totalCount edges { node { friendlyName } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsLink($input: LinkAccountsToCustomerInput!) {\n    linkAccountsToCustomer(input: $input) {\n      __typename\n      ... on LinkAccountsPayload {\n        customer { name accountCount deviceCount }\n        accounts { username customer { name } }\n        movedAccounts movedDevices movedProtectedItems movedStorageVaults movedJobs\n      }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsLink($input: LinkAccountsToCustomerInput!) {\n    linkAccountsToCustomer(input: $input) {\n      __typename\n      ... on LinkAccountsPayload {\n        customer { name accountCount deviceCount }\n        accounts { username customer { name } }\n        movedAccounts movedDevices movedProtectedItems movedStorageVaults movedJobs\n      }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsUnlink($input: UnlinkAccountsInput!) {\n    unlinkAccounts(input: $input) {\n      __typename\n      ... on LinkAccountsPayload { customer { name } accounts { username customerId } movedAccounts movedDevices movedJobs }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsUnlink($input: UnlinkAccountsInput!) {\n    unlinkAccounts(input: $input) {\n      __typename\n      ... on LinkAccountsPayload { customer { name } accounts { username customerId } movedAccounts movedDevices movedJobs }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsDeviceTotal {\n    devices(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query AccountsDeviceTotal {\n    devices(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAction($input: CancelDeviceActionInput!) {\n    cancelDeviceAction(input: $input) {\n      __typename\n      ... on DeviceAction { id status errorMessage finishedAt }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAction($input: CancelDeviceActionInput!) {\n    cancelDeviceAction(input: $input) {\n      __typename\n      ... on DeviceAction { id status errorMessage finishedAt }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelActionRunBackup($input: RunBackupInput!) {\n    runBackup(input: $input) { __typename ... on DeviceAction { id status } ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CancelActionRunBackup($input: RunBackupInput!) {\n    runBackup(input: $input) { __typename ... on DeviceAction { id status } ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunBackupAction($input: RunBackupInput!) {\n    runBackup(input: $input) {\n      __typename\n      ... on DeviceAction { id kind status summary job { id cometJobId } }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation RunBackupAction($input: RunBackupInput!) {\n    runBackup(input: $input) {\n      __typename\n      ... on DeviceAction { id kind status summary job { id cometJobId } }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt viewer { kind email } }\n  }\n"): (typeof documents)["\n  mutation AuthLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt viewer { kind email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation AuthLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me { kind email mspId customerId capabilities apiKeyName }\n  }\n"): (typeof documents)["\n  query AuthMe {\n    me { kind email mspId customerId capabilities apiKeyName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthDevices {\n    devices(first: 100) { totalCount edges { node { accountUsername } } }\n  }\n"): (typeof documents)["\n  query AuthDevices {\n    devices(first: 100) { totalCount edges { node { accountUsername } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthServers {\n    cometServers { profileName }\n  }\n"): (typeof documents)["\n  query AuthServers {\n    cometServers { profileName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { key apiKey { id prefix name capabilities } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { key apiKey { id prefix name capabilities } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateKeyErrors($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on InvalidInputError { fieldErrors { path message } } }\n  }\n"): (typeof documents)["\n  mutation AuthCreateKeyErrors($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on InvalidInputError { fieldErrors { path message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthApiKeys {\n    apiKeys(first: 10) { edges { node { id name prefix lastUsedAt revokedAt } } }\n  }\n"): (typeof documents)["\n  query AuthApiKeys {\n    apiKeys(first: 10) { edges { node { id name prefix lastUsedAt revokedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) { __typename ... on ApiKey { id revokedAt } ... on NotFoundError { message } }\n  }\n"): (typeof documents)["\n  mutation AuthRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) { __typename ... on ApiKey { id revokedAt } ... on NotFoundError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomersFields on Customer {\n    id name externalRef status notes mspName accountCount deviceCount\n  }\n"): (typeof documents)["\n  fragment CustomersFields on Customer {\n    id name externalRef status notes mspName accountCount deviceCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersList($first: Int!, $after: String, $search: String, $status: [TenantStatus!], $mspId: ID) {\n    customers(first: $first, after: $after, search: $search, status: $status, mspId: $mspId) {\n      totalCount\n      edges { node { ...CustomersFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CustomersList($first: Int!, $after: String, $search: String, $status: [TenantStatus!], $mspId: ID) {\n    customers(first: $first, after: $after, search: $search, status: $status, mspId: $mspId) {\n      totalCount\n      edges { node { ...CustomersFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersMsps($search: String) {\n    msps(first: 10, search: $search) { totalCount edges { node { name } } }\n  }\n"): (typeof documents)["\n  query CustomersMsps($search: String) {\n    msps(first: 10, search: $search) { totalCount edges { node { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersMsp($id: ID) {\n    msp(id: $id) { id name status customerCount accountCount deviceCount }\n  }\n"): (typeof documents)["\n  query CustomersMsp($id: ID) {\n    msp(id: $id) { id name status customerCount accountCount deviceCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersMspById($id: ID!) {\n    msp(id: $id) { name }\n  }\n"): (typeof documents)["\n  query CustomersMspById($id: ID!) {\n    msp(id: $id) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersMspNode($id: ID!) {\n    msp: node(id: $id) { ... on Msp { name } }\n  }\n"): (typeof documents)["\n  query CustomersMspNode($id: ID!) {\n    msp: node(id: $id) { ... on Msp { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersCustomerById($id: ID!) {\n    c: customer(id: $id) { name }\n  }\n"): (typeof documents)["\n  query CustomersCustomerById($id: ID!) {\n    c: customer(id: $id) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersCustomerNode($id: ID!) {\n    c: node(id: $id) { ... on Customer { name } }\n  }\n"): (typeof documents)["\n  query CustomersCustomerNode($id: ID!) {\n    c: node(id: $id) { ... on Customer { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersCustomerOfId($id: ID!) {\n    customer(id: $id) { name }\n  }\n"): (typeof documents)["\n  query CustomersCustomerOfId($id: ID!) {\n    customer(id: $id) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomersCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { ...CustomersFields }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomersCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { ...CustomersFields }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomersUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      __typename\n      ... on Customer { ...CustomersFields }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomersUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      __typename\n      ... on Customer { ...CustomersFields }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomersArchive($input: ArchiveCustomerInput!) {\n    archiveCustomer(input: $input) { __typename ... on Customer { status } }\n  }\n"): (typeof documents)["\n  mutation CustomersArchive($input: ArchiveCustomerInput!) {\n    archiveCustomer(input: $input) { __typename ... on Customer { status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomersRestore($input: RestoreCustomerInput!) {\n    restoreCustomer(input: $input) { __typename ... on Customer { status } }\n  }\n"): (typeof documents)["\n  mutation CustomersRestore($input: RestoreCustomerInput!) {\n    restoreCustomer(input: $input) { __typename ... on Customer { status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardFigures($customerId: ID, $mspId: ID) {\n    dashboard(customerId: $customerId, mspId: $mspId) {\n      asOf\n      devices { total online offline }\n      protectedItemsByCategory { category label count }\n      storageBytes\n      jobStatus24h { status label count }\n      deviceStatus24h { outcome status label count }\n      series30d { day devicesRegistered devicesOnline storageBytes }\n    }\n  }\n"): (typeof documents)["\n  query DashboardFigures($customerId: ID, $mspId: ID) {\n    dashboard(customerId: $customerId, mspId: $mspId) {\n      asOf\n      devices { total online offline }\n      protectedItemsByCategory { category label count }\n      storageBytes\n      jobStatus24h { status label count }\n      deviceStatus24h { outcome status label count }\n      series30d { day devicesRegistered devicesOnline storageBytes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDevices($first: Int!) {\n    devices(first: $first) {\n      edges { node { id friendlyName\n        timeline24h { id startedAt endedAt status outcome classification progressPercent }\n        history13d { day status jobCount }\n      } }\n    }\n  }\n"): (typeof documents)["\n  query DashboardDevices($first: Int!) {\n    devices(first: $first) {\n      edges { node { id friendlyName\n        timeline24h { id startedAt endedAt status outcome classification progressPercent }\n        history13d { day status jobCount }\n      } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardIncidentEvents($after: String, $customerId: ID, $mspId: ID) {\n    incidentEvents(after: $after, customerId: $customerId, mspId: $mspId) {\n      cursor kind jobId deviceId customerId status outcome outcomeLabel incidentId isSnoozed\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardIncidentEvents($after: String, $customerId: ID, $mspId: ID) {\n    incidentEvents(after: $after, customerId: $customerId, mspId: $mspId) {\n      cursor kind jobId deviceId customerId status outcome outcomeLabel incidentId isSnoozed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardIncidents($first: Int!, $after: String, $customerId: ID) {\n    incidents(first: $first, after: $after, customerId: $customerId) {\n      totalCount\n      edges { cursor node {\n        id status deviceId deviceName accountId accountUsername customerId customerName protectedItemId protectedItemName canSnooze\n        job { id status outcome outcomeLabel startedAt endedAt }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query DashboardIncidents($first: Int!, $after: String, $customerId: ID) {\n    incidents(first: $first, after: $after, customerId: $customerId) {\n      totalCount\n      edges { cursor node {\n        id status deviceId deviceName accountId accountUsername customerId customerName protectedItemId protectedItemName canSnooze\n        job { id status outcome outcomeLabel startedAt endedAt }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSnooze($input: SnoozeIncidentInput!) {\n    snoozeIncident(input: $input) {\n      __typename\n      ... on IncidentSnooze { id deviceId protectedItemId incidentId snoozedUntil isActive reason }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n      ... on NotFoundError { objectType }\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardSnooze($input: SnoozeIncidentInput!) {\n    snoozeIncident(input: $input) {\n      __typename\n      ... on IncidentSnooze { id deviceId protectedItemId incidentId snoozedUntil isActive reason }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n      ... on NotFoundError { objectType }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUnsnooze($input: UnsnoozeIncidentInput!) {\n    unsnoozeIncident(input: $input) {\n      __typename\n      ... on IncidentSnooze { id isActive snoozedUntil }\n      ... on NotFoundError { objectType }\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardUnsnooze($input: UnsnoozeIncidentInput!) {\n    unsnoozeIncident(input: $input) {\n      __typename\n      ... on IncidentSnooze { id isActive snoozedUntil }\n      ... on NotFoundError { objectType }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSnoozes {\n    incidentSnoozes(first: 10) { totalCount edges { node { id } } }\n  }\n"): (typeof documents)["\n  query DashboardSnoozes {\n    incidentSnoozes(first: 10) { totalCount edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FleetDevices($first: Int!, $after: String, $status24h: [JobStatus!], $serverId: ID, $customerId: ID) {\n    devices(first: $first, after: $after, status24h: $status24h, serverId: $serverId, customerId: $customerId) {\n      totalCount\n      edges { node {\n        id friendlyName accountId accountUsername serverId serverName customerName\n        latestJob24h { id status outcome outcomeLabel endedAt classification startedAt }\n        protectedItems { id description engineCategory }\n        storageVaults { id description }\n        jobs(first: 3) { totalCount edges { node { id startedAt status } } pageInfo { hasNextPage endCursor } }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query FleetDevices($first: Int!, $after: String, $status24h: [JobStatus!], $serverId: ID, $customerId: ID) {\n    devices(first: $first, after: $after, status24h: $status24h, serverId: $serverId, customerId: $customerId) {\n      totalCount\n      edges { node {\n        id friendlyName accountId accountUsername serverId serverName customerName\n        latestJob24h { id status outcome outcomeLabel endedAt classification startedAt }\n        protectedItems { id description engineCategory }\n        storageVaults { id description }\n        jobs(first: 3) { totalCount edges { node { id startedAt status } } pageInfo { hasNextPage endCursor } }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FleetDeviceJobs($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on Device {\n        jobs(first: 1, after: $after) { totalCount edges { node { id startedAt } } pageInfo { hasNextPage endCursor } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FleetDeviceJobs($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on Device {\n        jobs(first: 1, after: $after) { totalCount edges { node { id startedAt } } pageInfo { hasNextPage endCursor } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryItems($first: Int!, $after: String, $deviceId: ID, $accountId: ID, $customerId: ID, $engineCategory: EngineCategory) {\n    protectedItems(first: $first, after: $after, deviceId: $deviceId, accountId: $accountId, customerId: $customerId, engineCategory: $engineCategory) {\n      totalCount\n      edges { node { id description engine engineLabel engineCategory engineCategoryLabel totalBytes vmCount\n        m365AccountCount lastJobOutcome lastJobStatus lastJobAt lastSuccessAt deviceName accountUsername } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query InventoryItems($first: Int!, $after: String, $deviceId: ID, $accountId: ID, $customerId: ID, $engineCategory: EngineCategory) {\n    protectedItems(first: $first, after: $after, deviceId: $deviceId, accountId: $accountId, customerId: $customerId, engineCategory: $engineCategory) {\n      totalCount\n      edges { node { id description engine engineLabel engineCategory engineCategoryLabel totalBytes vmCount\n        m365AccountCount lastJobOutcome lastJobStatus lastJobAt lastSuccessAt deviceName accountUsername } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryItemNode($id: ID!) {\n    node(id: $id) { id ... on ProtectedItem { description } }\n  }\n"): (typeof documents)["\n  query InventoryItemNode($id: ID!) {\n    node(id: $id) { id ... on ProtectedItem { description } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryVaults($first: Int!, $accountId: ID, $customerId: ID, $deviceId: ID) {\n    storageVaults(first: $first, accountId: $accountId, customerId: $customerId, deviceId: $deviceId) {\n      totalCount\n      edges { node { id description destinationType typeLabel quotaEnabled quotaBytes usedBytes accountId accountUsername customerId } }\n    }\n  }\n"): (typeof documents)["\n  query InventoryVaults($first: Int!, $accountId: ID, $customerId: ID, $deviceId: ID) {\n    storageVaults(first: $first, accountId: $accountId, customerId: $customerId, deviceId: $deviceId) {\n      totalCount\n      edges { node { id description destinationType typeLabel quotaEnabled quotaBytes usedBytes accountId accountUsername customerId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryVaultNode($id: ID!) {\n    node(id: $id) { id ... on StorageVault { description } }\n  }\n"): (typeof documents)["\n  query InventoryVaultNode($id: ID!) {\n    node(id: $id) { id ... on StorageVault { description } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsList($first: Int!, $after: String, $startedAfter: DateTime, $startedBefore: DateTime,\n    $statuses: [JobStatus!], $outcomes: [JobOutcome!], $classifications: [JobClassification!], $deviceId: ID,\n    $accountId: ID, $customerId: ID, $serverId: ID, $isRunning: Boolean) {\n    jobs(first: $first, after: $after, startedAfter: $startedAfter, startedBefore: $startedBefore, statuses: $statuses,\n      outcomes: $outcomes, classifications: $classifications, deviceId: $deviceId, accountId: $accountId,\n      customerId: $customerId, serverId: $serverId, isRunning: $isRunning) {\n      totalCount\n      edges { node { ...JobsFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query JobsList($first: Int!, $after: String, $startedAfter: DateTime, $startedBefore: DateTime,\n    $statuses: [JobStatus!], $outcomes: [JobOutcome!], $classifications: [JobClassification!], $deviceId: ID,\n    $accountId: ID, $customerId: ID, $serverId: ID, $isRunning: Boolean) {\n    jobs(first: $first, after: $after, startedAfter: $startedAfter, startedBefore: $startedBefore, statuses: $statuses,\n      outcomes: $outcomes, classifications: $classifications, deviceId: $deviceId, accountId: $accountId,\n      customerId: $customerId, serverId: $serverId, isRunning: $isRunning) {\n      totalCount\n      edges { node { ...JobsFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobsFields on Job {\n    id cometJobId classification classificationLabel outcome outcomeLabel status statusLabel cometStatus isRunning\n    startedAt endedAt durationSeconds uploadBytes totalBytes totalFiles\n    progress { counter bytesDone itemsDone itemsTotal lastProgressAt percent }\n    deviceId deviceName accountId accountUsername protectedItemName engine engineLabel storageVaultName\n    customerId customerName\n  }\n"): (typeof documents)["\n  fragment JobsFields on Job {\n    id cometJobId classification classificationLabel outcome outcomeLabel status statusLabel cometStatus isRunning\n    startedAt endedAt durationSeconds uploadBytes totalBytes totalFiles\n    progress { counter bytesDone itemsDone itemsTotal lastProgressAt percent }\n    deviceId deviceName accountId accountUsername protectedItemName engine engineLabel storageVaultName\n    customerId customerName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsById($id: ID!) {\n    job(id: $id) { id status }\n    node(id: $id) { id ... on Job { outcome } }\n  }\n"): (typeof documents)["\n  query JobsById($id: ID!) {\n    job(id: $id) { id status }\n    node(id: $id) { id ... on Job { outcome } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ActionEvents($after: String) {\n    deviceActionEvents(after: $after) {\n      cursor kind deviceActionId deviceId customerId actionKind status summary jobId errorMessage\n    }\n  }\n"): (typeof documents)["\n  subscription ActionEvents($after: String) {\n    deviceActionEvents(after: $after) {\n      cursor kind deviceActionId deviceId customerId actionKind status summary jobId errorMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActionEventsRunBackup($input: RunBackupInput!) {\n    runBackup(input: $input) {\n      __typename\n      ... on DeviceAction { id status }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ActionEventsRunBackup($input: RunBackupInput!) {\n    runBackup(input: $input) {\n      __typename\n      ... on DeviceAction { id status }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvisioningTargets {\n    provisioningTargets { server { id name isPlatformShared } organizationId mspId mspName }\n  }\n"): (typeof documents)["\n  query ProvisioningTargets {\n    provisioningTargets { server { id name isPlatformShared } organizationId mspId mspName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvisioningTargetsServers {\n    cometServers { id }\n  }\n"): (typeof documents)["\n  query ProvisioningTargetsServers {\n    cometServers { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvisioningTargetsServerFields {\n    __type(name: \"ProvisioningServer\") { fields { name } }\n  }\n"): (typeof documents)["\n  query ProvisioningTargetsServerFields {\n    __type(name: \"ProvisioningServer\") { fields { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvisioningTargetsPolicyGroups($serverId: ID!) {\n    cometPolicyGroups(serverId: $serverId) {\n      __typename\n      ... on CometPolicyGroupList { policyGroups { organizationId } }\n    }\n  }\n"): (typeof documents)["\n  query ProvisioningTargetsPolicyGroups($serverId: ID!) {\n    cometPolicyGroups(serverId: $serverId) {\n      __typename\n      ... on CometPolicyGroupList { policyGroups { organizationId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServersRegister($input: RegisterCometServerInput!) {\n    registerCometServer(input: $input) {\n      __typename\n      ... on CometServer { id profileName name baseUrl isEnabled isPlatformShared serverVersion }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation ServersRegister($input: RegisterCometServerInput!) {\n    registerCometServer(input: $input) {\n      __typename\n      ... on CometServer { id profileName name baseUrl isEnabled isPlatformShared serverVersion }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServersUpdate($input: UpdateCometServerInput!) {\n    updateCometServer(input: $input) {\n      __typename\n      ... on CometServer { id profileName name baseUrl isEnabled isPlatformShared serverVersion }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation ServersUpdate($input: UpdateCometServerInput!) {\n    updateCometServer(input: $input) {\n      __typename\n      ... on CometServer { id profileName name baseUrl isEnabled isPlatformShared serverVersion }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServersRemove($input: RemoveCometServerInput!) {\n    removeCometServer(input: $input) {\n      __typename\n      ... on RemoveCometServerPayload { id profileName removedAccounts removedDevices }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation ServersRemove($input: RemoveCometServerInput!) {\n    removeCometServer(input: $input) {\n      __typename\n      ... on RemoveCometServerPayload { id profileName removedAccounts removedDevices }\n      ... on UserError { message }\n      ... on InvalidInputError { fieldErrors { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServersDeviceTotal {\n    devices(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query ServersDeviceTotal {\n    devices(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServersList {\n    cometServers { profileName }\n  }\n"): (typeof documents)["\n  query ServersList {\n    cometServers { profileName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServersFields {\n    __type(name: \"CometServer\") { fields { name } }\n  }\n"): (typeof documents)["\n  query ServersFields {\n    __type(name: \"CometServer\") { fields { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsList {\n    invitations(first: 50) { edges { node { email status acceptedAt } } }\n  }\n"): (typeof documents)["\n  query InvitationsList {\n    invitations(first: 50) { edges { node { email status acceptedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsPending {\n    invitations(first: 100, pendingOnly: true) { edges { node { email role } } }\n  }\n"): (typeof documents)["\n  query InvitationsPending {\n    invitations(first: 100, pendingOnly: true) { edges { node { email role } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationsRevoke($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) { __typename ... on Invitation { status revokedAt } }\n  }\n"): (typeof documents)["\n  mutation InvitationsRevoke($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) { __typename ... on Invitation { status revokedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipsUserSearch($s: String) {\n    users(first: 10, search: $s) { edges { node { email memberships { id kind role customerName } } } }\n  }\n"): (typeof documents)["\n  query MembershipsUserSearch($s: String) {\n    users(first: 10, search: $s) { edges { node { email memberships { id kind role customerName } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipsRemoveRevoking($input: RemoveMembershipInput!) {\n    removeMembership(input: $input) { __typename ... on RemoveMembershipPayload { sessionsRevoked } }\n  }\n"): (typeof documents)["\n  mutation MembershipsRemoveRevoking($input: RemoveMembershipInput!) {\n    removeMembership(input: $input) { __typename ... on RemoveMembershipPayload { sessionsRevoked } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipsUpdate($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) { __typename ... on Membership { role } ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation MembershipsUpdate($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) { __typename ... on Membership { role } ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipsRemove($input: RemoveMembershipInput!) {\n    removeMembership(input: $input) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation MembershipsRemove($input: RemoveMembershipInput!) {\n    removeMembership(input: $input) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipsUsersCount {\n    users(first: 5) { totalCount }\n  }\n"): (typeof documents)["\n  query MembershipsUsersCount {\n    users(first: 5) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipsInviteAsKey {\n    inviteUser(input: { email: \"x@example.test\", mspRole: MSP_ADMIN }) { __typename }\n  }\n"): (typeof documents)["\n  mutation MembershipsInviteAsKey {\n    inviteUser(input: { email: \"x@example.test\", mspRole: MSP_ADMIN }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipsUsers($customerId: ID, $first: Int!) {\n    users(first: $first, customerId: $customerId) {\n      totalCount\n      edges { node { id email memberships { kind role mspName customerName } } }\n    }\n  }\n"): (typeof documents)["\n  query MembershipsUsers($customerId: ID, $first: Int!) {\n    users(first: $first, customerId: $customerId) {\n      totalCount\n      edges { node { id email memberships { kind role mspName customerName } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipsInvitations {\n    invitations(first: 100) { edges { node { email } } }\n  }\n"): (typeof documents)["\n  query MembershipsInvitations {\n    invitations(first: 100) { edges { node { email } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipsNode($id: ID!) {\n    node(id: $id) { id }\n  }\n"): (typeof documents)["\n  query MembershipsNode($id: ID!) {\n    node(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipsRevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation MembershipsRevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipsInvitationsPage($first: Int!) {\n    invitations(first: $first) {\n      totalCount\n      edges { node { email role status mspName customerName invitedByEmail } }\n    }\n  }\n"): (typeof documents)["\n  query MembershipsInvitationsPage($first: Int!) {\n    invitations(first: $first) {\n      totalCount\n      edges { node { email role status mspName customerName invitedByEmail } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorViewMe {\n    me { kind mspId actingAsMsp { id name } memberships { id kind role isActive } }\n  }\n"): (typeof documents)["\n  query OperatorViewMe {\n    me { kind mspId actingAsMsp { id name } memberships { id kind role isActive } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorViewSwitch($input: SwitchViewerInput!) {\n    switchViewer(input: $input) {\n      __typename\n      ... on Viewer { kind mspId actingAsMsp { name } }\n      ... on InvalidInputError { fieldErrors { path message } }\n      ... on NotFoundError { objectType }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorViewSwitch($input: SwitchViewerInput!) {\n    switchViewer(input: $input) {\n      __typename\n      ... on Viewer { kind mspId actingAsMsp { name } }\n      ... on InvalidInputError { fieldErrors { path message } }\n      ... on NotFoundError { objectType }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorViewCustomers {\n    customers(first: 50) { edges { node { name } } }\n  }\n"): (typeof documents)["\n  query OperatorViewCustomers {\n    customers(first: 50) { edges { node { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorViewMsps {\n    msps(first: 5) { totalCount }\n  }\n"): (typeof documents)["\n  query OperatorViewMsps {\n    msps(first: 5) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OperatorViewDeviceEvents($after: String) {\n    deviceEvents(after: $after) { kind friendlyName }\n  }\n"): (typeof documents)["\n  subscription OperatorViewDeviceEvents($after: String) {\n    deviceEvents(after: $after) { kind friendlyName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      __typename\n      ... on Invitation { id email role status mspName customerName invitedByEmail expiresAt }\n      ... on InvalidInputError { message fieldErrors { path message } }\n      ... on UserError { message }\n      ... on NotFoundError { objectType }\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      __typename\n      ... on Invitation { id email role status mspName customerName invitedByEmail expiresAt }\n      ... on InvalidInputError { message fieldErrors { path message } }\n      ... on UserError { message }\n      ... on NotFoundError { objectType }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on LoginPayload { token viewer { kind email mspId customerId } }\n      ... on InvalidInputError { fieldErrors { path message } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on LoginPayload { token viewer { kind email mspId customerId } }\n      ... on InvalidInputError { fieldErrors { path message } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleMe {\n    me { kind email mspId customerId memberships { id kind role mspName customerName isActive } }\n  }\n"): (typeof documents)["\n  query PeopleMe {\n    me { kind email mspId customerId memberships { id kind role mspName customerName isActive } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleDevices {\n    devices(first: 100) { totalCount edges { node { accountUsername } } }\n  }\n"): (typeof documents)["\n  query PeopleDevices {\n    devices(first: 100) { totalCount edges { node { accountUsername } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleSwitch($input: SwitchViewerInput!) {\n    switchViewer(input: $input) {\n      __typename\n      ... on Viewer { kind mspId customerId }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleSwitch($input: SwitchViewerInput!) {\n    switchViewer(input: $input) {\n      __typename\n      ... on Viewer { kind mspId customerId }\n      ... on UserError { message }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;