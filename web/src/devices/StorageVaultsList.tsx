import { For, Show } from "solid-js";
import type { StorageVaultRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { formatBytes, usagePercent } from "../lib/format.js";
import "./device.css";

graphql(`
  fragment StorageVaultRow on StorageVault {
    id
    description
    typeLabel
    quotaEnabled
    quotaBytes
    usedBytes
  }
`);

/** The account's Storage Vaults (every device of the account may use them), with quota usage. */
export default function StorageVaultsList(props: { vaults: StorageVaultRowFragment[] }) {
  return (
    <Show when={props.vaults.length > 0} fallback={<p class="muted">The account has no Storage Vaults.</p>}>
      <ul class="vault-list">
        <For each={props.vaults}>
          {(vault) => {
            const percent = () => (vault.quotaEnabled ? usagePercent(vault.usedBytes, vault.quotaBytes) : null);
            return (
              <li class="vault">
                <div class="vault__head">
                  <strong>{vault.description || "(unnamed)"}</strong>
                  <span class="muted">{vault.typeLabel}</span>
                </div>
                <Show
                  when={percent() !== null}
                  fallback={<span class="vault__figures">{formatBytes(vault.usedBytes)} used · no quota</span>}
                >
                  {/* biome-ignore lint/a11y/useSemanticElements: <meter> cannot take the brand colours across browsers */}
                  <div
                    class="usage-bar"
                    classList={{ "usage-bar--high": (percent() ?? 0) >= 90 }}
                    role="meter"
                    aria-label={`${vault.description} usage`}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={Math.round(percent() ?? 0)}
                  >
                    <div class="usage-bar__fill" style={{ width: `${percent()}%` }} />
                  </div>
                  <span class="vault__figures">
                    {formatBytes(vault.usedBytes)} of {formatBytes(vault.quotaBytes)} ({Math.round(percent() ?? 0)}%)
                  </span>
                </Show>
              </li>
            );
          }}
        </For>
      </ul>
    </Show>
  );
}
