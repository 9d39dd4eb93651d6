import { CometClient } from "../../comet/client/index.js";
import type { CometServer } from "../../prisma/generated/prisma/client.js";
import type { SecretBox } from "../../secret-box.js";

/**
 * A Comet admin client for a registered server, for the API's actions. The admin password is
 * decrypted per call and lives only inside the client (workers/server-client.ts is the workers'
 * twin; both read the same sealed column).
 */
export function cometClientFactory(secrets: SecretBox) {
  return (server: Pick<CometServer, "baseUrl" | "adminUsername" | "adminPasswordEnc">) =>
    new CometClient({
      baseUrl: server.baseUrl,
      username: server.adminUsername,
      password: secrets.decrypt(server.adminPasswordEnc),
    });
}

export type CometClientFor = ReturnType<typeof cometClientFactory>;
