import { For } from "solid-js";
import { formatBytes, formatCount } from "../lib/format.js";
import { limitLabel } from "./access.js";
import { type Quotas, quotaRows } from "./quotas.js";

/** Each limit beside what the account uses now (0 = unlimited), then the storage quota. */
export default function QuotasList(props: { quotas: Quotas }) {
  return (
    <dl class="quotas">
      <For each={quotaRows}>
        {(row) => (
          <div class="quotas__row">
            <dt>{row.label}</dt>
            <dd>
              <span class="quotas__usage">{formatCount(row.usage(props.quotas))}</span>
              <span class="muted"> of </span>
              <span class="quotas__limit">{limitLabel(props.quotas[row.field])}</span>
            </dd>
          </div>
        )}
      </For>
      <div class="quotas__row">
        <dt>Protected-item storage quota</dt>
        <dd class="quotas__limit">
          {props.quotas.protectedItemQuotaBytes === "0" ? "None" : formatBytes(props.quotas.protectedItemQuotaBytes)}
        </dd>
      </div>
    </dl>
  );
}
