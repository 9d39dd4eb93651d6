import { InvalidInputError } from "../errors.js";

/**
 * Destructive device actions (uninstall, revoke) make the caller type the device's name back, so a
 * stale or mistyped ID never removes the wrong machine. Checked before anything is sent.
 */

/** The name to type back: the friendly name, or the Comet device ID for a device without one. */
export const confirmationNameOf = (device: { friendlyName: string; cometDeviceId: string }) =>
  device.friendlyName.trim() || device.cometDeviceId;

export function assertDeviceNameConfirmed(
  device: { friendlyName: string; cometDeviceId: string },
  typed: string,
): void {
  if (typed.trim() !== confirmationNameOf(device)) {
    throw InvalidInputError.field(["input", "confirmDeviceName"], "does not match the device's name");
  }
}

export const confirmDeviceNameDescription =
  "The device's name typed back (its friendly name, or its Comet device ID when it has none), to confirm.";
