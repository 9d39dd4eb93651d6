import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CostBudgetPageQuery } from "../test/gql/graphql.js";
import { graphql } from "../test/gql/index.js";
import { execute, source } from "../test/operations.js";
import { type Stack, startStack } from "../test/stack.js";
import { world } from "../test/world.js";
import { CostBudgets } from "./cost-budget.js";

const Page = graphql(`
  query CostBudgetPage {
    devices(first: 10) { totalCount edges { node { friendlyName } } }
  }
`);
const Total = graphql(`
  query CostBudgetTotal {
    devices(first: 10) { totalCount }
  }
`);

describe("API key cost budget", () => {
  let stack: Stack;
  const w = world()
    .msp("budget", "Budget MSP")
    .login("admin", { role: "MSP_ADMIN" })
    .apiKey("rmm", { capabilities: ["READ"] });

  beforeAll(async () => {
    // ~40 of budget per `devices` page below: three pages fit in a minute, the fourth does not.
    stack = await startStack({ config: { API_KEY_COST_PER_MINUTE: 150 }, seed: w.seed });
  }, 120_000);
  afterAll(() => stack?.stop());

  const page = async () => {
    const res = await fetch(`${stack.url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: w.keys.rmm.authorization },
      body: JSON.stringify({ query: source(Page) }),
    });
    return (await res.json()) as {
      data?: CostBudgetPageQuery;
      errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[];
      extensions?: { cost?: { requested: number; remaining?: number; perMinute?: number } };
    };
  };

  it("shows the key's remaining budget in extensions and refuses, without executing, once it is spent", async () => {
    const first = await page();
    expect(first.errors).toBeUndefined();
    const { requested, remaining, perMinute } = first.extensions!.cost!;
    expect(perMinute).toBe(150);
    expect(remaining).toBe(150 - requested);

    let last = first;
    for (let i = 0; i < 10 && !last.errors; i++) last = await page();
    expect(last.data).toBeUndefined();
    expect(last.errors?.[0]?.extensions?.code).toBe("COST_BUDGET_EXCEEDED");
    expect(last.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(last.extensions?.cost?.remaining).toBeLessThan(requested);
  });

  it("does not charge people's sessions against any key budget", async () => {
    const res = await execute(stack, Total, {}, w.logins.admin);
    expect(res.errors).toBeUndefined();
  });
});

describe("cost budget buckets", () => {
  it("refill evenly over a minute", () => {
    let now = 0;
    const budgets = new CostBudgets(600, () => now);
    expect(budgets.charge("k", 600)).toMatchObject({ ok: true, remaining: 0 });
    expect(budgets.charge("k", 100)).toMatchObject({ ok: false, retryAfterSeconds: 10 });
    now = 10_000; // a sixth of a minute refills 100
    expect(budgets.charge("k", 100)).toMatchObject({ ok: true, remaining: 0 });
    expect(budgets.charge("other", 600).ok).toBe(true);
  });
});
