import { decodeGlobalID } from "@pothos/plugin-relay";
import { InvalidInputError } from "./errors.js";

/**
 * Global (Relay) IDs in arguments. A resolver turns an argument back into a database id only
 * through these, so an ID of the wrong type is a clear input error rather than a silent miss.
 */

/** The database id inside `globalId` when it is a `typename` ID; null when it is not (or not an ID at all). */
export function localId(globalId: string | number, typename: string): string | null {
  try {
    const decoded = decodeGlobalID(String(globalId));
    return decoded.typename === typename ? decoded.id : null;
  } catch {
    return null;
  }
}

/** Like localId, but a wrong ID is an InvalidInputError on `path` (e.g. `["input", "customerId"]`). */
export function requireLocalId(globalId: string | number, typename: string, path: string[]): string {
  const id = localId(globalId, typename);
  if (id === null) throw InvalidInputError.field(path, `is not a ${typename} ID`);
  return id;
}
