import { For } from "solid-js";
import { type Step, stepTitles } from "./wizard-state.js";

/** The four steps, the current one marked; steps already reached can be gone back to. */
export default function StepIndicator(props: { current: Step; reached: Step; onGo: (step: Step) => void }) {
  return (
    <ol class="restore-steps" aria-label="Steps">
      <For each={stepTitles}>
        {(title, i) => (
          <li
            class="restore-steps__step"
            classList={{
              "restore-steps__step--current": props.current === i(),
              "restore-steps__step--done": i() < props.reached && props.current !== i(),
            }}
            aria-current={props.current === i() ? "step" : undefined}
          >
            <button
              type="button"
              disabled={i() > props.reached || props.current === i()}
              onClick={() => props.onGo(i() as Step)}
            >
              <span class="restore-steps__number">{i() + 1}</span>
              <span class="restore-steps__title">{title}</span>
            </button>
          </li>
        )}
      </For>
    </ol>
  );
}
