import type { JSX } from "solid-js";

/** 20 px stroke icons for the nav: the only thing left of a link at narrow widths. */
const paths: Record<string, string> = {
  dashboard: "M3 3h6v8H3zM11 3h6v5h-6zM11 10h6v7h-6zM3 13h6v4H3z",
  jobs: "M4 5h12M4 10h12M4 15h8",
  customers: "M7 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 17c0-3 2.2-5 5-5s5 2 5 5M13 4.5a3 3 0 0 1 0 5M14 12c2.3.4 4 2.3 4 5",
  keys: "M12.5 7.5a4 4 0 1 1-8 0 4 4 0 0 1 8 0zM11.5 10.5 17 16M15 14l-1.5 1.5",
  servers: "M3 3h14v5H3zM3 12h14v5H3zM6 5.5h.01M6 14.5h.01",
  menu: "M3 5h14M3 10h14M3 15h14",
};

export function NavIcon(props: { name: keyof typeof paths }): JSX.Element {
  return (
    <svg
      class="nav-icon"
      width="20"
      height="20"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d={paths[props.name]} />
    </svg>
  );
}
