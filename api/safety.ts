import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
  validate,
  visit,
} from "graphql";
import { handleStreamOrSingleExecutionResult, type Plugin } from "graphql-yoga";
import { type Config, loadConfig } from "../config.js";
import { maxPageSize } from "../schema/pagination.js";
import { CostBudgets } from "./cost-budget.js";

/**
 * Limits every operation must pass before anything executes: depth, aliases, tokens, directives
 * and cost (graphql-armor's rules), introspection and field suggestions (off in production unless
 * asked for), and CSRF prevention for requests a browser sends without a preflight. They are
 * envelop plugins, so graphql-ws gets them too through `yoga.getEnveloped`.
 */

export type SafetyConfig = Pick<
  Config,
  | "NODE_ENV"
  | "GRAPHQL_MAX_DEPTH"
  | "GRAPHQL_MAX_ALIASES"
  | "GRAPHQL_MAX_TOKENS"
  | "GRAPHQL_MAX_DIRECTIVES"
  | "GRAPHQL_MAX_COST"
  | "API_KEY_COST_PER_MINUTE"
  | "GRAPHQL_INTROSPECTION"
  | "ALLOWED_ORIGINS"
  | "ALLOWED_HOSTS"
>;

/** The given keys over the configuration defaults (tests build the API from a partial config). */
export function safetyConfig(config: Partial<SafetyConfig>): SafetyConfig {
  return { ...loadConfig({}), ...config };
}

export function isIntrospectionEnabled(config: SafetyConfig): boolean {
  return config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== "production";
}

/** Headers that mark a GET or form-encoded POST as sent by a script, not by a cross-site form. */
export const csrfHeaders = ["x-graphql-csrf", "x-graphql-yoga-csrf"];

/**
 * armor multiplies a connection's cost by `first` only when it is a literal: `first: $n` counts
 * once, so a query could pass the limit just by using a variable. Validation runs before the
 * variables are known (and is cached per document), so an operation with a variable page size is
 * priced again at execution with the request's values (a missing one at its default, else the
 * maximum page size) and refused there when it is over the limit.
 */
function hasVariablePageSize(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Argument(arg) {
      if ((arg.name.value === "first" || arg.name.value === "last") && arg.value.kind === Kind.VARIABLE) found = true;
    },
  });
  return found;
}

function priceWithVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number | undefined {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation || (!operationName && operations.length > 1)) return undefined;
  const defaults = new Map(
    (operation.variableDefinitions ?? []).map((v) => [
      v.variable.name.value,
      v.defaultValue?.kind === Kind.INT ? Number(v.defaultValue.value) : undefined,
    ]),
  );
  const sized: DocumentNode = visit(
    {
      ...document,
      definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
    },
    {
      Argument(arg) {
        if ((arg.name.value !== "first" && arg.name.value !== "last") || arg.value.kind !== Kind.VARIABLE) return;
        const name = arg.value.name.value;
        const given = variables[name];
        const n = Number.isInteger(given) ? (given as number) : (defaults.get(name) ?? maxPageSize);
        return { ...arg, value: { kind: Kind.INT, value: String(Math.max(0, n)) } };
      },
    },
  );
  let cost: number | undefined;
  validate(schema, sized, [
    costLimitRule({ maxCost: Number.POSITIVE_INFINITY, onAccept: [(_ctx, d: { n: number }) => (cost = d.n)] }),
  ]);
  return cost === undefined ? undefined : Math.ceil(cost);
}

export function safetyPlugins(config: SafetyConfig): Plugin[] {
  const introspection = isIntrospectionEnabled(config);
  const costs = new OperationCosts();
  // Named so Yoga's validation cache (keyed by rule names) tells these rules apart.
  const rules: ValidationRule[] = [
    function QueryDepthRule(context) {
      return maxDepthRule({ n: config.GRAPHQL_MAX_DEPTH, ...reported })(context);
    },
    function QueryAliasesRule(context) {
      return maxAliasesRule({ n: config.GRAPHQL_MAX_ALIASES, ...reported })(context);
    },
    function QueryDirectivesRule(context) {
      return maxDirectivesRule({ n: config.GRAPHQL_MAX_DIRECTIVES, ...reported })(context);
    },
    function QueryCostRule(context) {
      // armor's accept callback does not say which operation it priced; we track it here.
      let operation: OperationDefinitionNode | undefined;
      const inner = costLimitRule({
        maxCost: config.GRAPHQL_MAX_COST,
        ...reported,
        onAccept: [(_ctx, details: { n: number }) => costs.record(context.getDocument(), operation, details.n)],
      })(context);
      return {
        OperationDefinition: {
          enter(node: OperationDefinitionNode) {
            operation = node;
            inner.OperationDefinition.enter(node);
          },
        },
      };
    },
    ...(introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  const limit = config.GRAPHQL_MAX_COST;
  const budgets = new CostBudgets(config.API_KEY_COST_PER_MINUTE);

  return [
    useCSRFPrevention({ requestHeaders: csrfHeaders }),
    maxTokensPlugin({ n: config.GRAPHQL_MAX_TOKENS }) as Plugin,
    {
      onValidate({ addValidationRule }) {
        for (const rule of rules) addValidationRule(rule);
      },
      onExecute({ args, setResultAndStopExecution }) {
        let requested = costs.lookup(args.document, args.operationName);
        if (requested === undefined) return;
        if (costs.hasVariablePageSize(args.document)) {
          const operationName = args.operationName ?? undefined;
          const variables = (args.variableValues ?? {}) as Record<string, unknown>;
          requested = priceWithVariables(args.schema, args.document, operationName, variables) ?? requested;
          if (requested > limit) {
            setResultAndStopExecution({
              errors: [
                new GraphQLError(`Query Cost limit of ${limit} exceeded, found ${requested}.`, {
                  extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 } },
                }),
              ],
              extensions: { cost: { requested, limit } },
            });
            return;
          }
        }
        const keyId = apiKeyIdOf(args.contextValue);
        let budget: { remaining: number; perMinute: number } | undefined;
        if (keyId) {
          const charge = budgets.charge(keyId, requested);
          budget = { remaining: charge.remaining, perMinute: budgets.perMinute };
          if (!charge.ok) {
            // Nothing runs: an integration over its budget gets the refill time, not a partial answer.
            setResultAndStopExecution({
              errors: [
                new GraphQLError("cost budget exhausted for this API key", {
                  extensions: { code: "COST_BUDGET_EXCEEDED", retryAfterSeconds: charge.retryAfterSeconds },
                }),
              ],
              extensions: { cost: { requested, limit, ...budget } },
            });
            return;
          }
        }
        const cost = { requested, limit, ...budget };
        return {
          onExecuteDone(payload) {
            return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
              setResult({ ...result, extensions: { ...result.extensions, cost } });
            });
          },
        };
      },
    },
    // "Did you mean …?" would reveal the schema that disabled introspection hides.
    ...(introspection ? [] : [blockFieldSuggestionsPlugin() as Plugin]),
  ];
}

function apiKeyIdOf(context: unknown): string | undefined {
  const viewer = (context as { viewer?: { kind: string; apiKeyId?: string } | null } | undefined)?.viewer;
  return viewer?.kind === "apiKey" ? viewer.apiKeyId : undefined;
}

/** Report a limit as an ordinary validation error: all reported at once, nothing executed. */
const reported = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code: "QUERY_TOO_COMPLEX" } }),
      ),
  ],
};

/**
 * Cost per operation of a validated document. Keyed by the document object, which Yoga's parse
 * cache reuses, so a cached validation (which skips the rules) still finds its cost.
 */
class OperationCosts {
  private readonly variableSized = new WeakMap<DocumentNode, boolean>();

  hasVariablePageSize(document: DocumentNode): boolean {
    let known = this.variableSized.get(document);
    if (known === undefined) {
      known = hasVariablePageSize(document);
      this.variableSized.set(document, known);
    }
    return known;
  }

  private readonly byDocument = new WeakMap<DocumentNode, Map<string | undefined, number>>();

  record(document: DocumentNode, operation: OperationDefinitionNode | undefined, cost: number) {
    const costs = this.byDocument.get(document) ?? new Map<string | undefined, number>();
    this.byDocument.set(document, costs);
    costs.set(operation?.name?.value, Math.ceil(cost));
  }

  lookup(document: DocumentNode, operationName: string | null | undefined): number | undefined {
    const costs = this.byDocument.get(document);
    if (!costs) return undefined;
    if (operationName) return costs.get(operationName);
    return costs.size === 1 ? costs.values().next().value : undefined;
  }
}
