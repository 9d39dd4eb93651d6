/**
 * The demo world `npm start` creates: three MSPs, ten customers, their people, and two Comet
 * servers. `cometbackup` is platform-shared (one Comet organization per MSP, mapped by tenant
 * links); `obc` belongs to Fabrikam outright. `accounts` sizes the simulated fleet per customer
 * (~280 accounts, ~420 devices in total).
 */

export const demoPassword = "partner-hub-demo";

export interface DemoMsp {
  slug: string;
  name: string;
  /** Which demo server holds this MSP's accounts, and under which Comet organization. */
  server: "cometbackup" | "obc";
  organizationId: string;
  organizationName: string;
  customers: Array<{ slug: string; name: string; accounts: number }>;
}

export const demoMsps: DemoMsp[] = [
  {
    slug: "northwind",
    name: "Northwind IT",
    server: "cometbackup",
    organizationId: "4d0f8c2e-6a51-4f0e-9b7d-3c1a2e5f9a01",
    organizationName: "Northwind IT",
    customers: [
      { slug: "bluebird-bakery", name: "Bluebird Bakery", accounts: 40 },
      { slug: "harbor-dental", name: "Harbor Dental Group", accounts: 30 },
      { slug: "summit-legal", name: "Summit Legal LLP", accounts: 25 },
      { slug: "oakridge-school", name: "Oakridge School District", accounts: 20 },
    ],
  },
  {
    slug: "contoso",
    name: "Contoso Managed Services",
    server: "cometbackup",
    organizationId: "9b3e7a14-2c6d-4e8f-a1b5-7d0c4f2e8b02",
    organizationName: "Contoso MS",
    customers: [
      { slug: "lakeside-clinic", name: "Lakeside Clinic", accounts: 35 },
      { slug: "redwood-logistics", name: "Redwood Logistics", accounts: 30 },
      { slug: "pinecrest-hotel", name: "Pinecrest Hotel", accounts: 20 },
    ],
  },
  {
    slug: "fabrikam",
    name: "Fabrikam Cloud",
    server: "obc",
    // `obc` is Fabrikam's own server: its accounts live in the top-level organization.
    organizationId: "",
    organizationName: "Top level",
    customers: [
      { slug: "granite-architects", name: "Granite Architects", accounts: 35 },
      { slug: "meadow-vets", name: "Meadow Veterinary", accounts: 25 },
      { slug: "atlas-engineering", name: "Atlas Engineering", accounts: 20 },
    ],
  },
];

export const demoServers = {
  cometbackup: { name: "Comet Backup (platform shared)", ownerSlug: null },
  obc: { name: "Fabrikam OBC", ownerSlug: "fabrikam" },
} as const;
export type DemoServerName = keyof typeof demoServers;

export type DemoRole = "PLATFORM_OPERATOR" | "MSP_ADMIN" | "MSP_OPERATOR" | "CUSTOMER_OWNER" | "CUSTOMER_VIEWER";

export interface DemoLogin {
  email: string;
  name: string;
  role: DemoRole;
  /** MSP slug, or customer slug for customer roles; none for the platform operator. */
  tenant?: string;
}

export const demoLogins: DemoLogin[] = [
  { email: "ops@partnerhub.example", name: "Pat Platform", role: "PLATFORM_OPERATOR" },
  { email: "admin@northwind.example", name: "Nora Admin", role: "MSP_ADMIN", tenant: "northwind" },
  { email: "operator@northwind.example", name: "Ned Operator", role: "MSP_OPERATOR", tenant: "northwind" },
  { email: "admin@contoso.example", name: "Cora Admin", role: "MSP_ADMIN", tenant: "contoso" },
  { email: "operator@contoso.example", name: "Carl Operator", role: "MSP_OPERATOR", tenant: "contoso" },
  { email: "admin@fabrikam.example", name: "Fay Admin", role: "MSP_ADMIN", tenant: "fabrikam" },
  { email: "operator@fabrikam.example", name: "Finn Operator", role: "MSP_OPERATOR", tenant: "fabrikam" },
  { email: "owner@bluebird-bakery.example", name: "Bea Baker", role: "CUSTOMER_OWNER", tenant: "bluebird-bakery" },
  { email: "viewer@bluebird-bakery.example", name: "Ben Baker", role: "CUSTOMER_VIEWER", tenant: "bluebird-bakery" },
  { email: "owner@lakeside-clinic.example", name: "Lena Lake", role: "CUSTOMER_OWNER", tenant: "lakeside-clinic" },
  {
    email: "viewer@granite-architects.example",
    name: "Gus Granite",
    role: "CUSTOMER_VIEWER",
    tenant: "granite-architects",
  },
];
