import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

/**
 * The web client: built into `web/dist`, which the API process serves at `/` (npm start and
 * production alike). `npm run web:dev` serves it with hot reload and proxies the API, so the
 * session cookie and graphql-ws stay same-origin.
 */
const api = process.env.PARTNER_HUB_API ?? "http://127.0.0.1:4000";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [solid()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // Charts only load with the pages that draw them; the entry stays small.
    chunkSizeWarningLimit: 250,
  },
  server: {
    proxy: {
      "/graphql": { target: api, ws: true, changeOrigin: false },
      "/healthz": { target: api },
    },
  },
});
