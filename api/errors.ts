import { GraphQLError } from "graphql";
import { handleStreamOrSingleExecutionResult, type Plugin } from "graphql-yoga";
import type { Logger } from "../log.js";
import type { Context } from "../schema/index.js";

/**
 * Expected failures are GraphQLErrors we throw on purpose (UNAUTHENTICATED, BAD_USER_INPUT, and
 * the typed results of the errors plugin later); anything else (a Prisma error, a bug) is
 * logged in full with the request id and reaches the client only as "Unexpected error." with that
 * id, so a support request can be matched to the log line without leaking internals.
 */
export function useUnexpectedErrorMasking(logger: Logger): Plugin<Context> {
  return {
    onExecute() {
      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult, args }) => {
            if (!result.errors?.some(isUnexpected)) return;
            const { requestId } = args.contextValue as Context;
            const errors = result.errors.map((error) => {
              if (!isUnexpected(error)) return error;
              logger.error(
                { err: error.originalError, requestId, path: error.path?.join("."), operation: args.operationName },
                "unexpected error in a resolver",
              );
              return new GraphQLError("Unexpected error.", {
                nodes: error.nodes,
                path: error.path,
                extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
              });
            });
            setResult({ ...result, errors });
          });
        },
      };
    },
  };
}

function isUnexpected(error: GraphQLError): boolean {
  return error.originalError !== undefined && !(error.originalError instanceof GraphQLError);
}
