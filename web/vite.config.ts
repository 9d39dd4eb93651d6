import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { type NodePath, type PluginObj, transformAsync, types } from "@babel/core";
import { parse } from "graphql";
import { defineConfig, type Plugin } from "vite";
import solid from "vite-plugin-solid";

/**
 * The web client: built into `web/dist`, which the API process serves at `/` (npm start and
 * production alike). `npm run web:dev` serves it with hot reload and proxies the API, so the
 * session cookie and graphql-ws stay same-origin.
 */
const api = process.env.PARTNER_HUB_API ?? "http://127.0.0.1:4000";

/**
 * Each page ships only its own GraphQL documents. `graphql(...)` from codegen's client preset
 * looks documents up in one map of every document of the app (web/src/gql/gql.ts), which every
 * page would load; and the documents of web/src/gql/graphql.ts are one module, which the bundler
 * keeps whole in a chunk shared by every page. So each call becomes an import of a module of its
 * own (`virtual:graphql-document/<Name>`) holding just that document, cut from the generated
 * graphql.ts (the codegen output, fragments included, stays the single source). Types still come
 * from the `graphql()` overloads, so editors and tsc see no difference.
 *
 * The client preset's `babelOptimizerPlugin` does the first half (calls to imports from
 * graphql.ts), but clashes with components that export a fragment under the generated name
 * (`export const FooFragmentDoc = graphql(...)`), and the preset is a devDependency while
 * `npm start` builds the client with production dependencies. Its own babel pass rather than
 * vite-plugin-solid's `babel.plugins`: that one only sees .tsx files, and plain .ts modules
 * (stores, fetchers) hold documents too.
 */
const generatedDocuments = path.join(import.meta.dirname, "src/gql/graphql.ts");
const documentModule = "virtual:graphql-document/";

/** The name graphql.ts exports a document under: `FooDocument` for an operation, `FooFragmentDoc` for a fragment. */
function generatedName(source: string): string | undefined {
  const [definition] = parse(source).definitions;
  if (definition?.kind === "FragmentDefinition") return `${definition.name.value}FragmentDoc`;
  if (definition?.kind === "OperationDefinition" && definition.name) return `${definition.name.value}Document`;
  return undefined;
}

const oneModulePerDocument = (): PluginObj => ({
  name: "partner-hub:one-module-per-document",
  visitor: {
    CallExpression(call) {
      const [argument, ...rest] = call.node.arguments;
      if (!call.get("callee").isIdentifier({ name: "graphql" }) || rest.length > 0) return;
      if (call.scope.getBinding("graphql")?.kind !== "module") return;
      if (argument?.type !== "TemplateLiteral" || argument.expressions.length > 0) return;
      const name = generatedName(argument.quasis[0]?.value.cooked ?? "");
      if (!name) return;
      const local = call.scope.generateUidIdentifier(name);
      (call.scope.getProgramParent().path as NodePath<types.Program>).unshiftContainer(
        "body",
        types.importDeclaration([types.importDefaultSpecifier(local)], types.stringLiteral(documentModule + name)),
      );
      call.replaceWith(local);
    },
    Program: {
      // With every call replaced, `import { graphql }` is unused: drop it, or the bundle keeps
      // the map's module (empty once tree-shaken, yet it names the shared chunk "gql").
      exit(program) {
        program.scope.crawl();
        const graphql = program.scope.getBinding("graphql");
        if (graphql?.kind !== "module" || graphql.referenced) return;
        const declaration = graphql.path.parentPath;
        if (declaration?.isImportDeclaration() && declaration.node.specifiers.length === 1) declaration.remove();
        else graphql.path.remove();
      },
    },
  },
});

/**
 * `export const FooDocument = {...} as unknown as DocumentNode<...>;` lines of graphql.ts, by name;
 * read again whenever `npm run codegen` has rewritten the file (the dev server runs on).
 */
let generated: { mtimeMs: number; documents: Promise<Map<string, string>> } | undefined;
async function generatedDocument(name: string): Promise<string | undefined> {
  const { mtimeMs } = await stat(generatedDocuments);
  if (generated?.mtimeMs !== mtimeMs) {
    const documents = readFile(generatedDocuments, "utf8").then((source) => {
      const lines = source.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm);
      return new Map([...lines].map((m) => [m[1]!, m[2]!]));
    });
    generated = { mtimeMs, documents };
  }
  return (await generated.documents).get(name);
}

function graphqlDocuments(): Plugin {
  return {
    name: "partner-hub:graphql-documents",
    enforce: "pre",
    transform: {
      filter: { id: /\/web\/src\/(?!gql\/).*\.tsx?$/, code: "graphql(`" },
      async handler(code, id) {
        const result = await transformAsync(code, {
          filename: id,
          configFile: false,
          babelrc: false,
          sourceMaps: true,
          parserOpts: { plugins: id.endsWith(".tsx") ? ["typescript", "jsx"] : ["typescript"] },
          plugins: [oneModulePerDocument],
        });
        return result?.code ? { code: result.code, map: result.map } : null;
      },
    },
    resolveId: {
      filter: { id: new RegExp(`^${documentModule}`) },
      handler: (id) => `\0${id}`,
    },
    load: {
      filter: { id: new RegExp(`^\0${documentModule}`) },
      async handler(id) {
        const name = id.slice(documentModule.length + 1);
        this.addWatchFile(generatedDocuments);
        const document = await generatedDocument(name);
        if (!document) this.error(`${name} is not in ${generatedDocuments}: run \`npm run codegen\``);
        return `export default ${document};`;
      },
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [graphqlDocuments(), solid()],
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
