import type { Session } from "../auth/session.js";
import type { Viewer } from "../auth/viewer.js";

/**
 * A signed-in session for component tests: the viewer the test names (only the fields the
 * component reads), and no sign-in or switching (a test of those uses the real session over a
 * scripted /graphql: auth/viewer-switcher.test.tsx).
 */
export function fixedSession(viewer: Partial<Viewer>): Session {
  const refuse = () => Promise.reject(new Error("fixedSession cannot change who is signed in"));
  return {
    viewer: () => viewer as Viewer,
    isSignedOut: () => false,
    signIn: refuse,
    signOut: refuse,
    switchViewer: refuse,
    acceptInvitation: refuse,
  };
}
