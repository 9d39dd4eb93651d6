import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents from the committed SDL (`npm run schema:print`), so no server is needed:
 * - `web/src/gql/` for the web client (the documents in `web/src`);
 * - `examples/gql/` for scripts (`examples/*.ts`, run with tsx under NodeNext, hence `.js` imports);
 * - `test/gql/` for the server's tests (their operations and the test kit's, run by `test/operations.ts`).
 * The output is committed; `examples/codegen.test.ts` regenerates it in memory and fails when a
 * committed file differs (run `npm run codegen` after changing a document or `schema.graphql`).
 */

/** Custom scalars as they travel in JSON: BigInt and DateTime are strings (ISO 8601 for times). */
const scalars = { BigInt: "string", DateTime: "string", JSON: "unknown" };
const typesConfig = { useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars };

const config: CodegenConfig = {
  schema: process.env.CODEGEN_SCHEMA ?? "schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "web/src/gql/": {
      documents: ["web/src/**/*.{ts,tsx}", "!web/src/gql/**/*"],
      preset: "client",
      config: typesConfig,
      presetConfig: { fragmentMasking: false },
    },
    "examples/gql/": {
      documents: ["examples/**/*.ts", "!examples/gql/**/*", "!examples/**/*.test.ts"],
      preset: "client",
      config: { ...typesConfig, importExtension: ".js" },
      presetConfig: { fragmentMasking: false },
    },
    "test/gql/": {
      documents: ["{api,schema,core,workers,demo}/**/*.test.ts", "test/**/*.ts", "!test/gql/**/*"],
      preset: "client",
      config: { ...typesConfig, importExtension: ".js" },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
