import { describe, expect, it } from "vitest";
import { errorsOf, formErrorsOf, mapFieldErrors } from "./form-errors.js";

describe("mapFieldErrors", () => {
  it("maps by the path's last segment and keeps unknown fields for the form", () => {
    const errors = mapFieldErrors(
      [
        { path: ["input", "name"], message: "must not be empty" },
        { path: ["input", "externalRef"], message: "at most 100 characters" },
        { path: ["input", "mspId"], message: "required for the platform operator" },
      ],
      ["name", "externalRef", "notes"] as const,
    );
    expect(errors.fields).toEqual({ name: "must not be empty", externalRef: "at most 100 characters" });
    expect(errors.form).toBe("required for the platform operator");
  });

  it("falls back to the error's message when no field error is given", () => {
    expect(mapFieldErrors([], ["name"] as const, "invalid input")).toEqual({ fields: {}, form: "invalid input" });
  });
});

describe("formErrorsOf", () => {
  it("shows nothing on top when every problem sits beside its field", () => {
    const errors = formErrorsOf(
      {
        message: "invalid input",
        fieldErrors: [
          { path: ["input", "baseUrl"], message: "must be an http(s) URL" },
          { path: ["input", "baseUrl"], message: "must not have a query" },
        ],
      },
      ["name", "baseUrl"],
    );
    expect(errors).toEqual({ fields: { baseUrl: "must be an http(s) URL; must not have a query" }, form: null });
  });

  it("puts a plain UserError's message on top", () => {
    expect(formErrorsOf({ message: "That profile name is taken." })).toEqual({
      fields: {},
      form: "That profile name is taken.",
    });
  });
});

describe("errorsOf", () => {
  it("is null for the success member and explains FORBIDDEN and network failures", () => {
    expect(errorsOf({}, { __typename: "Customer" }, "Customer")).toBeNull();
    const forbidden = { graphQLErrors: [{ message: "no", extensions: { code: "FORBIDDEN" } }] };
    expect(errorsOf({ error: forbidden }, null, "Customer")?.form).toBe("You are not allowed to do this.");
    const offline = { graphQLErrors: [], networkError: new Error("fetch failed") };
    expect(errorsOf({ error: offline }, null, "Customer")?.form).toMatch(/cannot be reached/);
  });
});
