import { A, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { type AcceptOutcome, useSession } from "./session.js";
import "./auth.css";

/**
 * `/accept-invitation?token=…`, the emailed link, reachable signed out. A new address chooses a
 * name and password; an address that already has an account gives its current password instead
 * (the API says which by its answer, so the form switches after the first try). Signed in after.
 */
export default function AcceptInvitation() {
  const session = useSession();
  const [params] = useSearchParams();
  const token = () => (typeof params.token === "string" ? params.token : "");
  const [failure, setFailure] = createSignal<Extract<AcceptOutcome, { ok: false }> | null>(null);
  const [existingAccount, setExistingAccount] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  let passwordInput: HTMLInputElement | undefined;
  let nameInput: HTMLInputElement | undefined;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    const outcome = await session.acceptInvitation({
      token: token(),
      name: existingAccount() ? undefined : String(form.get("name") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    setBusy(false);
    if (outcome.ok) return;
    if (outcome.existingAccount && !existingAccount()) {
      // Not a mistake yet: the form now asks for the account's current password instead.
      setExistingAccount(true);
      setFailure(null);
      if (passwordInput) passwordInput.value = "";
      passwordInput?.focus();
      return;
    }
    setFailure(outcome);
    (outcome.field === "name" ? nameInput : passwordInput)?.focus();
  }

  const fieldError = (field: "name" | "password") => (failure()?.field === field ? failure()?.message : undefined);

  return (
    <main class="sign-in">
      <form class="card sign-in__form" onSubmit={submit} aria-busy={busy()}>
        <h1 class="brand">
          Partner <span>Hub</span>
        </h1>
        <Show
          when={token()}
          fallback={
            <p class="form-error" role="alert">
              This link has no invitation token. Open the link from your invitation email again.
            </p>
          }
        >
          <h2 class="sign-in__title">Accept your invitation</h2>
          <Show
            when={!existingAccount()}
            fallback={
              <p class="muted">
                This address already has a Partner Hub account. Enter its current password to add the new access to it.
              </p>
            }
          >
            <label class="field">
              <span>Your name</span>
              <input
                ref={nameInput}
                name="name"
                autocomplete="name"
                required
                maxLength={200}
                autofocus
                aria-invalid={fieldError("name") ? "true" : undefined}
                aria-describedby={fieldError("name") ? "accept-name-error" : undefined}
              />
              <Show when={fieldError("name")}>
                <small id="accept-name-error" class="form-error">
                  Name {fieldError("name")}
                </small>
              </Show>
            </label>
          </Show>
          <label class="field">
            <span>{existingAccount() ? "Current password" : "Choose a password"}</span>
            <input
              ref={passwordInput}
              name="password"
              type="password"
              autocomplete={existingAccount() ? "current-password" : "new-password"}
              minLength={existingAccount() ? undefined : 10}
              required
              aria-invalid={fieldError("password") ? "true" : undefined}
              aria-describedby="accept-password-hint"
            />
            <small id="accept-password-hint" class={fieldError("password") ? "form-error" : "muted"}>
              {fieldError("password")
                ? existingAccount()
                  ? "That is not this account's current password."
                  : `Password ${fieldError("password")}.`
                : existingAccount()
                  ? "The password you sign in with today."
                  : "At least 10 characters."}
            </small>
          </label>
          <Show when={failure() && !failure()?.field}>
            <p class="form-error" role="alert">
              {failure()?.message}
            </p>
          </Show>
          <button class="button button--primary" type="submit" disabled={busy() || failure()?.invalidLink === true}>
            {busy() ? "Accepting…" : "Accept and sign in"}
          </button>
        </Show>
        <A href="/" class="sign-in__alt">
          Already set up? Sign in
        </A>
      </form>
    </main>
  );
}
