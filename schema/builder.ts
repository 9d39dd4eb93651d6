import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import { loadConfig } from "../config.js";
import type { AuthRequest } from "../core/auth/sessions.js";
import {
  forbidden,
  type MspAdminViewer,
  type MspStaffViewer,
  type PersonViewer,
  type PlatformViewer,
  unauthenticated,
  type Viewer,
} from "../core/auth/viewer.js";
import type { RequestScope } from "../core/context.js";
import { InvalidInputError } from "../core/errors.js";
import type { LiveChannel } from "../core/live/pubsub.js";
import type { Mailer } from "../core/mail/mailer.js";
import type PrismaTypes from "../prisma/generated/pothos-prisma-types.js";
import { getDatamodel } from "../prisma/generated/pothos-prisma-types.js";
import { authScopesOf, type ViewerScopes } from "./auth/scopes.js";
import { maxPageSize } from "./pagination.js";

/**
 * The one SchemaBuilder: plugins and options only, no types (those live in the domain folders).
 * The Prisma client comes from the request context, so the schema is built once at import time
 * and printed without a database (`npm run schema:print`).
 */

export interface Context extends RequestScope {
  /** Set instead of a viewer when this address failed too many credential checks: seconds to wait. */
  credentialsRetryAfter?: number | undefined;
  /** The request's side of authentication: rate limits, address, and setting the session cookie. */
  auth: AuthRequest;
  /** The process's outbox mailer (invitation emails). */
  mailer: Mailer;
  /** The shared pub/sub that subscriptions listen to (in-process, or Redis across API processes). */
  live: LiveChannel;
}

/**
 * The context of a resolver behind scopes that guarantee a viewer (every scope but `public`),
 * narrowed to the viewers those scopes admit. `t.withAuth(scopes)` declares the scopes and hands
 * the field's resolver this context (the `AuthContexts` below), so the check runs once, in
 * scope-auth, and no resolver asks again. Helpers a resolver calls take it too.
 *
 * Only scope maps whose narrowing is sound are used with `withAuth`: any number of scopes (the
 * viewer is the union of what they admit) or `$all` of plain scopes (the intersection). An `$any`
 * nested in `$all` is typed by Pothos as if every one of its scopes held, so it is not used.
 *
 * Fields of object types that read the viewer declare `t.withAuth({ viewer: true })` too. A
 * relation's `query`/`where`/`select` callback runs while its parent row is loaded, before that
 * field's own check; it still sees a viewer because every root field but `login` and
 * `acceptInvitation` requires one, and those two return only a session. prismaNode `findUnique`
 * gets the plain context (relay's `node` checks READ first), hence `requireViewer` there.
 */
export type ViewerContext<V extends Viewer = Viewer> = Context & { viewer: V };

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: ViewerScopes;
  AuthContexts: {
    viewer: ViewerContext;
    person: ViewerContext<PersonViewer>;
    platform: ViewerContext<PlatformViewer>;
    mspStaff: ViewerContext<MspStaffViewer>;
    mspAdmin: ViewerContext<MspAdminViewer>;
    capability: ViewerContext;
  };
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    BigInt: { Input: bigint; Output: bigint | number | string };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // scope-auth first (it wraps everything else); errors before prisma (plugin-errors README).
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, RelayPlugin, PrismaPlugin, "forwardPagination"],
  defaultFieldNullability: false,
  scopeAuth: {
    // Scopes are computed once per request (and once per subscription) from the viewer.
    authScopes: (ctx) => authScopesOf(ctx.viewer),
    authorizeOnSubscribe: true,
    // Anonymous (or wrong credentials): one answer for every field. Signed in without the role or
    // capability the field declares: FORBIDDEN, the one field-level refusal (core/errors.ts).
    unauthorizedError: (_parent, ctx) => (ctx.viewer ? forbidden() : unauthenticated(ctx.credentialsRetryAfter)),
  },
  errors: {
    // Input validation failures become the field's InvalidInputError result (mutations list it in
    // `errors.types`). They run before authorization, which is fine: they only describe the input.
    unsafelyHandleInputErrors: true,
    // `createCustomer` -> `CreateCustomerResult = Customer | InvalidInputError | ...`: the payload
    // object itself is a union member, so clients write `... on Customer { ... }`.
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName.charAt(0).toUpperCase()}${fieldName.slice(1)}Result`,
      description: "The result of a mutation: its payload, or one of the typed errors it can fail with.",
    },
  },
  validation: {
    validationError: (result) => InvalidInputError.fromIssues(result.issues),
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeTypeOptions: { description: "An object with a globally unique, opaque ID (Relay)." },
    pageInfoTypeOptions: { description: "Where a page of a connection sits within the whole list." },
    // Each node type scopes its own lookup (prismaNode `findUnique` with the tenant fragment).
    nodeQueryOptions: {
      authScopes: { capability: "READ" },
      description: "Fetches one object by global ID; null when it does not exist or is not yours.",
      args: { id: { description: "Global ID of the object." } },
    },
    nodesQueryOptions: {
      authScopes: { capability: "READ" },
      description: "Fetches objects by global ID; null for each that does not exist or is not yours.",
      args: { ids: { description: "Global IDs of the objects." } },
    },
    idFieldOptions: { description: "Globally unique, opaque ID." },
    cursorFieldOptions: { description: "Opaque cursor of this edge; pass it as `after`." },
    nodeFieldOptions: { description: "The object at this edge." },
    edgesFieldOptions: { description: "The objects of this page, with their cursors." },
    pageInfoFieldOptions: { description: "Pagination state of this page." },
    hasNextPageFieldOptions: { description: "Whether more objects follow this page." },
    hasPreviousPageFieldOptions: { description: "Whether objects precede this page." },
    startCursorFieldOptions: { description: "Cursor of the first edge of this page." },
    endCursorFieldOptions: { description: "Cursor of the last edge of this page; pass it as `after` for the next." },
    firstArgOptions: { description: `Page size: at most ${maxPageSize}.` },
    afterArgOptions: { description: "Returns the objects after this cursor (an `endCursor`)." },
    beforeArgOptions: { description: "Returns the objects before this cursor." },
    lastArgOptions: { description: "Returns the last n objects." },
  },
  prisma: {
    // The client is per request (context), so tests and processes can each bring their own.
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    // `///` comments in prisma/schema.prisma become GraphQL descriptions.
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    maxConnectionSize: maxPageSize,
    // A resolver that loads a relation without spreading `query` defeats plugin-prisma's query
    // shaping (an N+1 in waiting): fail loudly in development and tests, stay quiet in production.
    onUnusedQuery: loadConfig().NODE_ENV === "production" ? null : "error",
  },
});

builder.queryType({ description: "Read access to the fleet; every list is scoped to the viewer's tenant." });
builder.mutationType({ description: "Changes; each one is authorized for the viewer and written to the audit log." });
builder.subscriptionType({
  description: "Live events over graphql-ws, scoped to the viewer's tenant and resumable with `after`.",
});
