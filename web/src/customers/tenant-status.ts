import type { TenantStatus } from "../gql/graphql.js";

/** Customer states in words (the API has no label field for them). */
export const tenantStatusLabels: Record<TenantStatus, string> = {
  ACTIVE: "Active",
  ARCHIVED: "Archived",
  SUSPENDED: "Suspended",
};
