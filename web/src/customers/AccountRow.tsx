import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { accountHref } from "../accounts/access.js";
import type { CustomerAccountRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { formatCount } from "../lib/format.js";

graphql(`
  fragment CustomerAccountRow on CometAccount {
    id
    username
    accountName
    serverName
    deviceCount
    isSuspended
    missingSince
  }
`);

/** An account as lists name it: its username, and its Comet name when that differs. */
export function accountLabel(a: CustomerAccountRowFragment) {
  return a.accountName && a.accountName !== a.username ? `${a.username} (${a.accountName})` : a.username;
}

/** One linked account; its name links to its page for MSP staff (`linked`). */
export default function AccountRow(props: {
  account: CustomerAccountRowFragment;
  linked: boolean;
  canManage: boolean;
  onUnlink: () => void;
}) {
  return (
    <tr>
      <th scope="row">
        <Show when={props.linked} fallback={accountLabel(props.account)}>
          <A href={accountHref(props.account.id)}>{accountLabel(props.account)}</A>
        </Show>
      </th>
      <td>{props.account.serverName}</td>
      <td class="num">{formatCount(props.account.deviceCount)}</td>
      <td>{props.account.missingSince ? "Gone from Comet" : props.account.isSuspended ? "Suspended" : "—"}</td>
      <Show when={props.canManage}>
        <td>
          <button type="button" class="button button--ghost" onClick={() => props.onUnlink()}>
            Unlink<span class="visually-hidden"> {props.account.username}</span>
          </button>
        </td>
      </Show>
    </tr>
  );
}
