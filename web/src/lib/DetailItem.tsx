import type { JSX } from "solid-js";

/** One fact of a detail page's `<dl class="detail-grid">` (styles.css): its name, then its value. */
export default function DetailItem(props: { term: string; children: JSX.Element }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}
