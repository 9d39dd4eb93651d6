import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed documents for the web client, from the committed SDL (`npm run schema:print`). */
const config: CodegenConfig = {
  schema: process.env.CODEGEN_SCHEMA ?? "schema.graphql",
  documents: ["web/src/**/*.{ts,tsx}", "!web/src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "web/src/gql/": {
      preset: "client",
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { BigInt: "string", JSON: "unknown" } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
