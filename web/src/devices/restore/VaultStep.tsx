import { For, Show } from "solid-js";
import type { RestoreVaultOptionFragment } from "../../gql/graphql.js";
import { graphql } from "../../gql/index.js";
import { formatBytes } from "../../lib/format.js";

graphql(`
  fragment RestoreVaultOption on StorageVault {
    id
    description
    typeLabel
    usedBytes
  }
`);

/** Step 1: the Storage Vault to restore from (any of the account's). */
export default function VaultStep(props: {
  vaults: RestoreVaultOptionFragment[];
  value: string | null;
  onChange: (id: string) => void;
  error: string | undefined;
}) {
  return (
    <fieldset class="restore-choices" aria-describedby={props.error ? "restore-vault-error" : undefined}>
      <legend>Restore from which Storage Vault?</legend>
      <Show when={props.vaults.length > 0} fallback={<p class="muted">The account has no Storage Vaults.</p>}>
        <For each={props.vaults}>
          {(vault) => (
            <label class="restore-choice">
              <input
                type="radio"
                name="restore-vault"
                value={vault.id}
                checked={props.value === vault.id}
                onChange={() => props.onChange(vault.id)}
              />
              <span class="restore-choice__text">
                <strong>{vault.description || "(unnamed vault)"}</strong>
                <span class="muted">
                  {vault.typeLabel} · {formatBytes(vault.usedBytes)} used
                </span>
              </span>
            </label>
          )}
        </For>
      </Show>
      <Show when={props.error}>
        <span id="restore-vault-error" class="field-error">
          {props.error}
        </span>
      </Show>
    </fieldset>
  );
}
