/**
 * Server information (comet-api.md §7.4): meta/version (ServerMetaVersionInfo, also the Data of
 * SEVT_META_HELLO), account/properties, meta/stats. Licence and e-mail figures are plausible
 * constants; ServerStartHash changes per simulator start like a real restart would.
 */
import type { ApiHandler } from "./http.js";
import type { SimState } from "./state.js";

export function versionInfo(state: SimState, startHash: string) {
  const version = state.serverVersion;
  return {
    Version: version,
    VersionCodename: "Voyager",
    StorageRole: true,
    AuthenticationRole: true,
    SoftwareBuildRole: true,
    OverseerRole: false,
    ConstellationRole: false,
    ServerStartTime: Math.floor(state.clock.startTime / 1000),
    ServerStartHash: startHash,
    CurrentTime: state.clock.nowSec(),
    ServerLicenseHash: "sim-license",
    ServerLicenseFeaturesAll: true,
    ServerLicenseFeatureSet: 0,
    ServerLicenseLimit: { deviceCount: 5000 },
    ConfiguredDevices: state.devices.size,
    BoosterLimit: {},
    LicenseValidUntil: Math.floor(state.clock.startTime / 1000) + 365 * 86400,
    EmailsSentSuccessfully: 0,
    EmailsSentErrors: 0,
    EmailsWaitingInQueue: 0,
    ScheduledEmailThreadCurrentState: 0,
    ScheduledEmailThreadLastCalculateDurationNanos: 0,
    ScheduledEmailThreadWaitingUntil: 0,
    ScheduledEmailThreadLastWakeTime: 0,
    ScheduledEmailThreadLastWakeSentEmails: false,
    SelfBackup: [],
  };
}

export function metaRoutes(startHash: string): Record<string, ApiHandler> {
  return {
    "admin/meta/version": ({ state }) => versionInfo(state, startHash),
    "admin/account/properties": () => ({
      OrganizationID: "",
      Permissions: { PreventEditServerSettings: false, PreventServerShutdown: false, PreventChangePassword: false },
      Security: {
        PasswordFormat: 0,
        Password: "",
        AllowPasswordLogin: true,
        AllowPasswordAndTOTPLogin: false,
        AllowPasswordAndU2FLogin: false,
        AllowPasswordAndWebAuthnLogin: false,
        RequirePasswordChange: false,
      },
    }),
    "admin/meta/stats": ({ state }) => {
      const day = Math.floor(state.clock.nowSec() / 86400) * 86400;
      return {
        [day]: {
          Buckets: state.accounts.size,
          Users: state.accounts.size,
          Devices: state.devices.size,
          Boosters: {},
          NetworkDevices: 0,
        },
      };
    },
  };
}
