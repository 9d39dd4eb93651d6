import { rm } from "node:fs/promises";
import { screenshotDir } from "./browser.js";

/** Once per `npm run test:browser`: the screenshots left are this run's (no stale `failed-*.png`). */
export default async function clearScreenshots() {
  await rm(screenshotDir, { recursive: true, force: true });
}
