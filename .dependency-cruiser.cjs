/**
 * The house's dependency rule (../shared/STYLE.md, "The house"), checked by `npm run lint`:
 * api -> schema -> core -> prisma client, comet/client; workers -> core; stand-ins and test kits
 * only for the all-in-one start, tests and benches.
 */
const testsAndTools = "(^test/|^bench/|\\.test\\.tsx?$|^web/e2e/)";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-and-workers-below-the-api",
      comment:
        "core/ and workers/ serve every entry point: they never import the schema, the HTTP process, the demo or a CLI.",
      severity: "error",
      from: { path: "^(core|workers)/", pathNot: testsAndTools },
      to: { path: "^(schema|api|demo|cli)/" },
    },
    {
      name: "core-below-workers",
      comment: "core/ is shared by the API and the workers, so it cannot reach into either.",
      severity: "error",
      from: { path: "^core/", pathNot: testsAndTools },
      to: { path: "^workers/" },
    },
    {
      name: "schema-below-the-api",
      comment: "schema/ registers types on the builder; processes compose it, not the other way round.",
      severity: "error",
      from: { path: "^schema/", pathNot: testsAndTools },
      to: { path: "^(api|workers|demo|cli)/" },
    },
    {
      name: "api-is-only-http",
      comment: "api/ is the HTTP/WS process; the all-in-one start composes it with workers, never the reverse.",
      severity: "error",
      from: { path: "^api/", pathNot: testsAndTools },
      to: { path: "^(workers|demo|cli)/" },
    },
    {
      name: "comet-is-the-boundary",
      comment: "comet/ talks to Comet; it knows nothing of our layers.",
      severity: "error",
      from: { path: "^comet/" },
      to: { path: "^(api|schema|core|workers|demo|cli|web)/" },
    },
    {
      name: "stand-ins-only-for-demo-tests-benches",
      comment: "The simulator is a stand-in: only the all-in-one start, tests and benches may start one.",
      severity: "error",
      from: { path: "^(api|schema|core|workers|cli|comet/client|prisma|examples)/", pathNot: testsAndTools },
      to: { path: "^comet/simulator/" },
    },
    {
      name: "test-kit-only-for-tests",
      comment: "test/ is the shared test kit; production code never depends on it.",
      severity: "error",
      from: { pathNot: testsAndTools },
      to: { path: "^test/" },
    },
    {
      name: "web-sees-the-server-only-through-codegen",
      comment: "The web client reads schema.graphql through codegen, never server modules.",
      severity: "error",
      from: { path: "^web/src/" },
      to: { path: "^(api|schema|core|workers|demo|cli|comet|prisma|test)/" },
    },
    {
      name: "no-circular",
      comment: "Import cycles make initialisation order matter and hide the direction of a dependency.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|prisma/generated|web/src/gql|examples/gql|test/gql|data|dist)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
