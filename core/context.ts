import type { PrismaClient } from "../prisma/db.js";
import type { Viewer } from "./auth/viewer.js";

/**
 * What a domain service needs to know about the request it serves: the database, who is asking,
 * and the id that ties its audit rows and log lines together. The GraphQL context extends it;
 * workers and CLIs build one of their own.
 */
export interface RequestScope {
  prisma: PrismaClient;
  /** Null when anonymous (login, accepting an invitation). */
  viewer: Viewer | null;
  /** Correlates audit rows, client-visible masked errors and server log lines. */
  requestId: string;
}
