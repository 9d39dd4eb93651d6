import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";

/**
 * Every page of the web client, each loaded on first visit so the entry bundle stays small.
 * A page owns one query; its components own fragments.
 */
export const routes: RouteDefinition[] = [
  { path: "/", component: lazy(() => import("./dashboard/DashboardPage.js")) },
  { path: "/devices/:id", component: lazy(() => import("./devices/DevicePage.js")) },
  { path: "/jobs", component: lazy(() => import("./jobs/JobsPage.js")) },
  { path: "/jobs/:id", component: lazy(() => import("./jobs/JobDetailPage.js")) },
  { path: "/customers", component: lazy(() => import("./customers/CustomersPage.js")) },
  { path: "/customers/:id", component: lazy(() => import("./customers/CustomerDetailPage.js")) },
  { path: "/accounts/:id", component: lazy(() => import("./accounts/AccountPage.js")) },
  { path: "/api-keys", component: lazy(() => import("./api-keys/ApiKeysPage.js")) },
  { path: "/servers", component: lazy(() => import("./servers/ServersPage.js")) },
];
