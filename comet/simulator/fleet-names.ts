/** Word lists for believable demo data (people, hosts, platforms, vaults). Pure data, no logic. */

export const FIRST_NAMES = (
  "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan " +
  "Joseph Jessica Thomas Sarah Chris Karen Daniel Lisa Matthew Nancy Anthony Sandra Mark Ashley Paul " +
  "Emily Steven Donna Andrew Michelle Joshua Carol Kevin Amanda Brian Melissa Priya Wei Fatima Lars " +
  "Sofia Mateo Aisha Kenji Noah Olivia"
).split(" ");

export const LAST_NAMES = (
  "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez " +
  "Wilson Anderson Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Walker Hall Young " +
  "King Wright Patel Chen Nguyen Kowalski Schmidt Rossi Dubois Silva Tanaka Okafor"
).split(" ");

/** Account roles used for shared (non-personal) Comet accounts. */
export const ROLE_ACCOUNTS = "office servers accounts reception finance warehouse design it sales ops".split(" ");

export const SERVER_ROLES = ["DC", "FS", "SQL", "APP", "HV", "RDS", "PRINT", "EXCH", "WEB", "BKP"];

export const WINDOWS_SERVER = [
  { distribution: "Windows Server 2022 Standard", version: "2009", build: "20348" },
  { distribution: "Windows Server 2019 Standard", version: "1809", build: "17763" },
  { distribution: "Windows Server 2016 Datacenter", version: "1607", build: "14393" },
];

export const WINDOWS_DESKTOP = [
  { distribution: "Windows 11 Pro", version: "23H2", build: "22631" },
  { distribution: "Windows 11 Pro", version: "24H2", build: "26100" },
  { distribution: "Windows 10 Pro", version: "22H2", build: "19045" },
];

export const LINUX = [
  { distribution: "ubuntu", version: "22.04", build: "" },
  { distribution: "ubuntu", version: "24.04", build: "" },
  { distribution: "debian", version: "12", build: "" },
  { distribution: "rhel", version: "9.4", build: "" },
];

export const MACOS = [
  { distribution: "macOS Sonoma", version: "14.6", build: "23G80" },
  { distribution: "macOS Sequoia", version: "15.1", build: "24B83" },
];

export const TIMEZONES = (
  "America/New_York America/Chicago America/Los_Angeles Europe/London Europe/Berlin Australia/Sydney " +
  "Pacific/Auckland America/Toronto"
).split(" ");

/** Client versions seen in the field, oldest first; the newest equals the server version by default. */
export const CLIENT_VERSIONS = ["24.9.11", "24.12.3", "25.3.6", "25.6.8", "25.9.8"];

export const VAULT_KINDS = [
  { type: 1000, label: "Wasabi (S3)", weight: 35 },
  { type: 1003, label: "Comet Cloud Storage", weight: 35 },
  { type: 1008, label: "Backblaze B2", weight: 18 },
  { type: 1002, label: "Local NAS", weight: 12 },
] as const;
