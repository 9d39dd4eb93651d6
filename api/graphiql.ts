import type { YogaServerOptions } from "graphql-yoga";

/**
 * GraphiQL at GET /graphql (browsers): a tab per example an integrator starts from. A signed-in
 * browser session (the web client's cookie) works as is; scripts send
 * `Authorization: Bearer <session token or phk_ API key>` (Headers tab). api/graphiql.test.ts
 * validates every example against the schema, so they cannot rot.
 */

const devices = `# Devices, a page at a time: pass pageInfo.endCursor as $after for the next page.
# Signed in to the web client in this browser? Run it as is. Otherwise add
#   { "Authorization": "Bearer <session token or phk_ API key>" }
# in the Headers tab below.
query Devices($after: String, $search: String) {
  devices(first: 20, after: $after, search: $search) {
    totalCount
    edges {
      node { id friendlyName accountUsername customerName isOnline os }
    }
    pageInfo { hasNextPage endCursor }
  }
  cometServers { profileName streamState lastEventAt reconnectCount }
}
`;

const jobEvents = `# Live backup jobs of your tenant (the platform operator adds mspId).
# Store the last cursor you receive (events AND heartbeats carry one) and pass it as $after
# when you reconnect: what you missed is replayed first, then it continues live, with no gap
# and no duplicate. kind: HEARTBEAT arrives between events; only cursor and at are set on it.
subscription JobEvents($after: String) {
  jobEvents(after: $after) {
    kind
    cursor
    at
    jobId
    deviceId
    customerId
    classification
    outcome
    progressCounter
    uploadBytes
  }
}
`;

const dashboard = `# The fleet at a glance: device counts and the last 24 hours of job statuses.
query Dashboard {
  dashboard {
    devices { total online offline }
    jobStatus24h { status count }
  }
}
`;

const registerServer = `# Register a Comet server (MSP admins; the platform operator adds mspId or isPlatformShared).
# The credentials are checked against the server first; the password is never returned.
mutation RegisterServer($input: RegisterCometServerInput!) {
  registerCometServer(input: $input) {
    __typename
    ... on CometServer { id profileName serverVersion streamState }
    ... on UserError { message }
    ... on InvalidInputError { fieldErrors { path message } }
  }
}
`;

export const graphiqlExamples = [
  { query: devices, variables: JSON.stringify({ after: null, search: null }, null, 2) },
  { query: jobEvents, variables: JSON.stringify({ after: null }, null, 2) },
  { query: dashboard },
  {
    query: registerServer,
    variables: JSON.stringify(
      {
        input: {
          name: "Backup EU",
          baseUrl: "https://backup.example.com/",
          adminUsername: "admin",
          adminPassword: "…",
        },
      },
      null,
      2,
    ),
  },
];

export const graphiqlOptions = {
  title: "Partner Hub GraphiQL",
  subscriptionsProtocol: "WS",
  defaultQuery: devices,
  defaultTabs: graphiqlExamples,
} satisfies YogaServerOptions<object, object>["graphiql"];
