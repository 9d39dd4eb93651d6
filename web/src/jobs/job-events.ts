import { graphql } from "../gql/index.js";

/**
 * The one job-events subscription the fleet pages share (through `useLive()`, which
 * resumes from `cursor`). Events carry no labels or percent: pages refetch what they show.
 */
export const JobEventsLive = graphql(`
  subscription JobEventsLive($after: String, $customerId: ID, $deviceId: ID, $mspId: ID) {
    jobEvents(after: $after, customerId: $customerId, deviceId: $deviceId, mspId: $mspId) {
      cursor
      kind
      jobId
      deviceId
      customerId
      classification
      outcome
      startedAt
      endedAt
      uploadBytes
      progressCounter
    }
  }
`);
