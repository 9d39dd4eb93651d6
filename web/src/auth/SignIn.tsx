import { createSignal, Show } from "solid-js";
import { signIn } from "./session.js";

/** Email + password sign-in. Every failure reads the same, as the API answers. */
export default function SignIn() {
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(await signIn(String(form.get("email") ?? ""), String(form.get("password") ?? "")));
    setBusy(false);
  }

  return (
    <main class="sign-in">
      <form class="card sign-in__form" onSubmit={submit} aria-describedby="sign-in-error">
        <h1 class="brand">
          Partner <span>Hub</span>
        </h1>
        <label class="field">
          <span>Email</span>
          <input name="email" type="email" autocomplete="username" required autofocus />
        </label>
        <label class="field">
          <span>Password</span>
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        <Show when={error()}>
          <p id="sign-in-error" class="form-error" role="alert">
            {error()}
          </p>
        </Show>
        <button class="button button--primary" type="submit" disabled={busy()}>
          {busy() ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
