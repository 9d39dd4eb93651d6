import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

/**
 * A small typed GraphQL client for scripts that talk to Partner Hub with an API key. Documents come
 * from `graphql()` in `./gql` (run `npm run codegen` after editing one), so results and variables
 * are typed from the committed schema. Plain `fetch`; no dependency beyond `graphql` for `print`.
 */

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** An API key (`phk_...`), sent as `Authorization: Bearer <key>`. A session token works too. */
  apiKey: string;
  /** Longest wait honoured for a `retryAfterSeconds` before giving up (default 120 s). */
  maxWaitSeconds?: number;
  /** Told before each wait, e.g. to log it. */
  onWait?: (seconds: number, code: string) => void;
  /** For tests or proxies; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** One entry of a GraphQL response's `errors`. */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; requestId?: string; retryAfterSeconds?: number; [key: string]: unknown };
}

/**
 * A request that failed: GraphQL errors (UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED,
 * COST_BUDGET_EXCEEDED, QUERY_TOO_COMPLEX, "Unexpected error." ...) or a non-GraphQL HTTP answer.
 * `requestId` matches the server's log line; quote it in a support request.
 */
export class PartnerHubError extends Error {
  override name = "PartnerHubError";
  constructor(
    message: string,
    readonly status: number,
    readonly requestId: string,
    readonly errors: GraphQLErrorEntry[] = [],
  ) {
    super(message);
  }

  /** The first error's `extensions.code`, e.g. `UNAUTHENTICATED`. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** Codes the server answers with `retryAfterSeconds`: wait that long, then the same request may succeed. */
const retryableCodes = new Set(["RATE_LIMITED", "COST_BUDGET_EXCEEDED"]);

/** Variables are optional when the operation declares none (or only optional ones). */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** The part of a Relay connection `paginate` reads. */
export interface Connection<N> {
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface PartnerHubClient {
  request<R, V>(document: TypedDocumentNode<R, V>, ...variables: VariablesArg<V>): Promise<R>;
  /**
   * Every node of a Relay connection, page by page (`first` = `pageSize`, at most 100, then
   * `after` = the previous page's `endCursor`). The document must declare `$first: Int!` and
   * `$after: String`; `select` picks the connection out of the result.
   */
  paginate<R, V extends { first: number; after?: string | null }, N>(
    document: TypedDocumentNode<R, V>,
    variables: Omit<V, "first" | "after">,
    select: (data: R) => Connection<N>,
    options?: { pageSize?: number },
  ): AsyncGenerator<N>;
}

export function createClient(options: ClientOptions): PartnerHubClient {
  const doFetch = options.fetch ?? fetch;
  const maxWait = options.maxWaitSeconds ?? 120;
  const printed = new WeakMap<object, string>();

  async function send(query: string, variables: unknown) {
    // Our own request id: the server keeps it (x-request-id), so an error we report matches its logs.
    const sentId = randomUUID();
    const res = await doFetch(options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        authorization: `Bearer ${options.apiKey}`,
        "x-request-id": sentId,
      },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    }).catch((err: unknown) => {
      // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, a DNS failure...) is its cause.
      const cause = (err as { cause?: { message?: string } }).cause?.message ?? String(err);
      throw new PartnerHubError(`cannot reach ${options.url}: ${cause}`, 0, sentId);
    });
    const requestId = res.headers.get("x-request-id") ?? sentId;
    const text = await res.text();
    let body: { data?: unknown; errors?: GraphQLErrorEntry[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new PartnerHubError(
        `HTTP ${res.status} from ${options.url}: ${text.slice(0, 200) || res.statusText} (request id ${requestId})`,
        res.status,
        requestId,
      );
    }
    return { status: res.status, requestId, body };
  }

  async function request<R, V>(document: TypedDocumentNode<R, V>, ...[variables]: VariablesArg<V>): Promise<R> {
    let query = printed.get(document);
    if (query === undefined) {
      query = print(document);
      printed.set(document, query);
    }
    for (let attempt = 0; ; attempt++) {
      const { status, requestId, body } = await send(query, variables);
      const errors = body.errors ?? [];
      if (errors.length === 0 && body.data) return body.data as R;
      const first = errors[0]?.extensions;
      const wait = first?.retryAfterSeconds;
      if (attempt === 0 && first?.code && retryableCodes.has(first.code) && wait !== undefined && wait <= maxWait) {
        options.onWait?.(wait, first.code);
        await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 0) * 1000));
        continue;
      }
      throw new PartnerHubError(describe(errors, status, requestId), status, requestId, errors);
    }
  }

  async function* paginate<R, V extends { first: number; after?: string | null }, N>(
    document: TypedDocumentNode<R, V>,
    variables: Omit<V, "first" | "after">,
    select: (data: R) => Connection<N>,
    { pageSize = 100 }: { pageSize?: number } = {},
  ): AsyncGenerator<N> {
    const first = Number.isFinite(pageSize) ? Math.min(Math.max(Math.trunc(pageSize), 1), 100) : 100;
    let after: string | null = null;
    for (;;) {
      const vars = { ...variables, first, after } as unknown as V;
      const page = select(await (request as (d: typeof document, v: V) => Promise<R>)(document, vars));
      for (const edge of page.edges) yield edge.node;
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
      after = page.pageInfo.endCursor;
    }
  }

  return { request, paginate };
}

/** `FORBIDDEN: not allowed (at createApiKey; request id 1f2e...)`, one line per error. */
function describe(errors: GraphQLErrorEntry[], status: number, requestId: string): string {
  if (errors.length === 0) return `HTTP ${status}: no data in the response (request id ${requestId})`;
  return errors
    .map((e) => {
      const code = e.extensions?.code ?? "ERROR";
      const where = e.path?.length ? `at ${e.path.join(".")}; ` : "";
      const retry =
        e.extensions?.retryAfterSeconds !== undefined ? `retry after ${e.extensions.retryAfterSeconds} s; ` : "";
      return `${code}: ${e.message} (${where}${retry}request id ${e.extensions?.requestId ?? requestId})`;
    })
    .join("\n");
}
