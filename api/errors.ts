import { type ExecutionResult, GraphQLError } from "graphql";
import { handleStreamOrSingleExecutionResult, isAsyncIterable, mapAsyncIterator, type Plugin } from "graphql-yoga";
import type { Logger } from "../log.js";
import type { Context } from "../schema/index.js";

/**
 * Expected failures are GraphQLErrors we throw on purpose (UNAUTHENTICATED, FORBIDDEN,
 * BAD_USER_INPUT...) or typed results of the errors plugin, which are data, not errors (the rule
 * for which is which is in core/errors.ts); anything else (a Prisma error, a bug) is
 * logged in full with the request id and reaches the client only as "Unexpected error." with that
 * id, so a support request can be matched to the log line without leaking internals.
 *
 * Subscriptions (graphql-ws and SSE) get the same masking, and every error they carry has
 * `extensions.requestId`: a long-lived operation has no response header to carry it. Over
 * graphql-ws each operation has its own id; over SSE it is the HTTP request's `x-request-id`.
 */
export function useUnexpectedErrorMasking(logger: Logger): Plugin<Context> {
  function masked(error: GraphQLError, requestId: string, operation: string | null | undefined): GraphQLError {
    if (!isUnexpected(error)) return error;
    logger.error(
      { err: error.originalError, requestId, path: error.path?.join("."), operation },
      "unexpected error in a resolver",
    );
    return new GraphQLError("Unexpected error.", {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
    });
  }

  return {
    onExecute() {
      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult, args }) => {
            if (!result.errors?.some(isUnexpected)) return;
            const { requestId } = args.contextValue as Context;
            setResult({ ...result, errors: result.errors.map((e) => masked(e, requestId, args.operationName)) });
          });
        },
      };
    },
    onSubscribe() {
      return {
        onSubscribeResult({ args, result, setResult }) {
          const { requestId } = args.contextValue as Context;
          const mask = (r: ExecutionResult): ExecutionResult =>
            r.errors
              ? {
                  ...r,
                  errors: r.errors.map((e) => withRequestId(masked(e, requestId, args.operationName), requestId)),
                }
              : r;
          if (!isAsyncIterable(result)) {
            setResult(mask(result));
            return;
          }
          // A source stream that throws mid-way ends with one masked error instead of a raw one.
          const onError = (err: unknown): ExecutionResult => ({
            errors: [
              withRequestId(
                masked(
                  err instanceof GraphQLError
                    ? err
                    : new GraphQLError("stream failed", { originalError: err as Error }),
                  requestId,
                  args.operationName,
                ),
                requestId,
              ),
            ],
          });
          setResult(mapAsyncIterator(result, mask, onError));
        },
      };
    },
  };
}

/** The same error with `extensions.requestId` (kept when it already has one). */
export function withRequestId(error: GraphQLError, requestId: string): GraphQLError {
  if (error.extensions.requestId !== undefined) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, requestId },
  });
}

function isUnexpected(error: GraphQLError): boolean {
  return error.originalError !== undefined && !(error.originalError instanceof GraphQLError);
}
