import { capabilitiesOf } from "../../core/auth/capabilities.js";
import { isMspAdmin, isMspStaff, isPerson, isPlatform, type Viewer } from "../../core/auth/viewer.js";
import type { ApiKeyCapability } from "../../prisma/generated/prisma/enums.js";

/**
 * Auth scopes (Pothos scope-auth), computed once per request from the viewer. Every root field
 * declares `authScopes` with these names; which rows it returns is still decided by the tenant
 * `where` fragments in tenancy.ts. A root field without `authScopes` fails the tenancy test.
 * Each scope is computed with the guard whose type the builder's `AuthContexts` give a resolver
 * behind it (`t.withAuth`), so a resolver never checks the viewer again. Every scope but `public`
 * implies a viewer.
 */
export interface ViewerScopes {
  /** Anyone, even anonymous: signing in, accepting an invitation. Declared so no field is public by accident. */
  public: boolean;
  /** Any authenticated caller: a signed-in person or an API key. */
  viewer: boolean;
  /** A signed-in person (not an API key): sessions, invitations, personal settings. */
  person: boolean;
  /** The platform operator. */
  platform: boolean;
  /** Staff of a whole MSP (any role, or an MSP-wide API key) or the platform operator. */
  mspStaff: boolean;
  /** An MSP admin or the platform operator (people only: keys cannot manage people or keys). */
  mspAdmin: boolean;
  /** The caller holds this capability (READ, OPERATE, ADMIN) within its scope. */
  capability: ApiKeyCapability;
}

export function authScopesOf(viewer: Viewer | null) {
  const capabilities = viewer ? capabilitiesOf(viewer) : [];
  return {
    public: true,
    viewer: viewer !== null,
    person: isPerson(viewer),
    platform: isPlatform(viewer),
    mspStaff: isMspStaff(viewer),
    mspAdmin: isMspAdmin(viewer),
    capability: (wanted: ApiKeyCapability) => capabilities.includes(wanted),
  };
}
