/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of job it is (Comet `JOB_CLASSIFICATION_*`). */
export type JobClassification =
  /** Backup job. */
  | 'BACKUP'
  /** Verify job. */
  | 'DEEPVERIFY'
  /** Delete job. */
  | 'DELETE_CUSTOM'
  /** Import job. */
  | 'IMPORT'
  /** Reindex job. */
  | 'REINDEX'
  /** Measure job. */
  | 'REMEASURE'
  /** Restore job. */
  | 'RESTORE'
  /** Cleanup job. */
  | 'RETENTION'
  /** Uninstall job. */
  | 'UNINSTALL'
  /** Unknown job. */
  | 'UNKNOWN'
  /** Unlock job. */
  | 'UNLOCK'
  /** Update job. */
  | 'UPDATE';

/** What happened to a backup job. */
export type JobEventKind =
  /** A job reached its final state (see `outcome`). */
  | 'ENDED'
  /** No change: sent every SUBSCRIPTION_HEARTBEAT_SECONDS. Its `cursor` is safe to resume from; the fields describing a change are null. */
  | 'HEARTBEAT'
  /** A running job reported progress. */
  | 'PROGRESS'
  /** A job was first seen running. */
  | 'STARTED';

/** Normalised job status, as the dashboard colours and counts it: revived counts as running; timeout, quota exceeded, cancelled, skipped (already running) and abandoned count as errors. */
export type JobStatus =
  /** Error. */
  | 'ERROR'
  /** Missed. */
  | 'MISSED'
  /** Running. */
  | 'RUNNING'
  /** Success. */
  | 'SUCCESS'
  /** Warning. */
  | 'WARNING';

export type FailedDevicesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type FailedDevicesQuery = { devices: { edges: Array<{ node: { id: string, friendlyName: string, accountUsername: string, customerName: string | null, latestJob24h: { status: JobStatus, outcomeLabel: string, classification: JobClassification, startedAt: string, endedAt: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WatchJobsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WatchJobsSubscription = { jobEvents: { cursor: string, kind: JobEventKind, at: string, jobId: string | null, deviceId: string | null, customerId: string | null, classification: string | null, outcome: string | null, progressCounter: number | null, uploadBytes: string | null, endedAt: string | null } };


export const FailedDevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedDevices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status24h"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ERROR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"accountUsername"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"latestJob24h"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FailedDevicesQuery, FailedDevicesQueryVariables>;
export const WatchJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WatchJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"progressCounter"}},{"kind":"Field","name":{"kind":"Name","value":"uploadBytes"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<WatchJobsSubscription, WatchJobsSubscriptionVariables>;