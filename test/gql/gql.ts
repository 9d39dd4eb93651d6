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