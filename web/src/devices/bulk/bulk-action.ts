import type { Client } from "@urql/core";
import { createSignal } from "solid-js";
import type { BulkPreviewFragment, PreviewBulkDeviceActionInput } from "../../gql/graphql.js";
import { graphql } from "../../gql/index.js";
import type { Notify } from "../../lib/toast.js";
import { type BulkForm, missing, previewInput } from "./bulk-form.js";

const PreviewBulkQuery = graphql(`
  query PreviewBulkDeviceAction($input: PreviewBulkDeviceActionInput!) {
    previewBulkDeviceAction(input: $input) {
      __typename
      ...BulkPreview
      ... on UserError {
        message
      }
    }
  }
`);

const StartBulkMutation = graphql(`
  mutation StartBulkDeviceAction($input: StartBulkDeviceActionInput!) {
    startBulkDeviceAction(input: $input) {
      __typename
      ... on BulkOperation {
        id
        kindLabel
        total
      }
      ...MutationErrorFields
    }
  }
`);

/**
 * One bulk action's requests: preview the form (a dry run), then start exactly what was
 * previewed with its count; a ConflictError (the fleet changed since) previews again. Once
 * started, `operationId` names the operation to follow.
 */
export function createBulkAction(opts: { client: Client; notify: Notify; form: BulkForm }) {
  // The preview and the exact input it answered: Start sends that input, not later edits.
  const [preview, setPreview] = createSignal<{
    input: PreviewBulkDeviceActionInput;
    answer: BulkPreviewFragment;
  } | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [operationId, setOperationId] = createSignal<string | null>(null);

  async function runPreview() {
    const lacking = missing(opts.form);
    if (lacking) return setError(lacking);
    setBusy(true);
    setError(null);
    const input = previewInput(opts.form);
    const result = await opts.client.query(PreviewBulkQuery, { input }, { requestPolicy: "network-only" }).toPromise();
    setBusy(false);
    const answer = result.data?.previewBulkDeviceAction;
    if (answer?.__typename === "BulkDeviceActionPreview") return setPreview({ input, answer });
    setPreview(null);
    setError(answer && "message" in answer ? answer.message : (result.error?.message ?? "Unexpected answer."));
  }

  async function start() {
    const previewed = preview();
    if (!previewed) return;
    setBusy(true);
    setError(null);
    const input = {
      ...previewed.input,
      expectedCount: previewed.answer.count,
      // One key per click: a retried request cannot start the operation twice.
      idempotencyKey: crypto.randomUUID(),
    };
    const result = await opts.client.mutation(StartBulkMutation, { input }).toPromise();
    setBusy(false);
    const answer = result.data?.startBulkDeviceAction;
    if (answer?.__typename === "BulkOperation") {
      opts.notify(
        "success",
        `${answer.kindLabel} started`,
        `On ${answer.total} ${answer.total === 1 ? "device" : "devices"}.`,
      );
      return setOperationId(answer.id);
    }
    const message = answer && "message" in answer ? answer.message : (result.error?.message ?? "Unexpected answer.");
    opts.notify("error", "Bulk action not started", message);
    setError(message);
    // The fleet changed since the preview: show what it would do now.
    if (answer?.__typename === "ConflictError") await runPreview().then(() => setError(message));
  }

  return { preview, setPreview, error, busy, operationId, runPreview, start };
}
