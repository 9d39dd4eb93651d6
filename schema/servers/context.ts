import type { SecretBox } from "../../secret-box.js";
import type { Context } from "../builder.js";

/**
 * What the server mutations need from the request context besides the builder's fields: the
 * box that seals Comet admin passwords. Declared here (module augmentation) so the servers
 * domain owns it; the API process fills it in (api/yoga.ts).
 */
declare module "../builder.js" {
  interface Context {
    /** Seals Comet admin passwords (ENCRYPTION_KEY); absent when the API was built without one. */
    secrets?: SecretBox;
  }
}

export function requireSecrets(ctx: Context): SecretBox {
  // A deployment fault, not the caller's: it surfaces as a masked unexpected error with a request id.
  if (!ctx.secrets) throw new Error("the API was started without a secret box (ENCRYPTION_KEY)");
  return ctx.secrets;
}
