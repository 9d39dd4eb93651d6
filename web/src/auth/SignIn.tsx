import { createSignal, Show } from "solid-js";
import { useSession } from "./session.js";
import "./auth.css";

/** Email + password sign-in. Every failure reads the same, as the API answers. */
export default function SignIn() {
  const session = useSession();
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let passwordInput: HTMLInputElement | undefined;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    const failure = await session.signIn(String(form.get("email") ?? "").trim(), String(form.get("password") ?? ""));
    setBusy(false);
    if (!failure) return;
    setError(failure);
    // Keyboard users land where the fix goes: the password, emptied.
    if (passwordInput) {
      passwordInput.value = "";
      passwordInput.focus();
    }
  }

  return (
    <main class="sign-in">
      <form class="card sign-in__form" onSubmit={submit} aria-busy={busy()} aria-labelledby="sign-in-title">
        <h1 class="brand">
          Partner <span>Hub</span>
        </h1>
        <h2 id="sign-in-title" class="sign-in__title">
          Sign in
        </h2>
        <label class="field">
          <span>Email</span>
          <input
            name="email"
            type="email"
            autocomplete="username"
            inputmode="email"
            required
            autofocus
            aria-invalid={error() ? "true" : undefined}
          />
        </label>
        <label class="field">
          <span>Password</span>
          <input
            ref={passwordInput}
            name="password"
            type="password"
            autocomplete="current-password"
            required
            aria-invalid={error() ? "true" : undefined}
            aria-describedby={error() ? "sign-in-error" : undefined}
          />
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
