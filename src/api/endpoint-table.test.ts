import { describe, expect, it } from "vitest";
import { contracts, endpointRoutes, type EndpointName } from "./endpoint-table.ts";
import { endpoints } from "./endpoints.ts";

describe("the endpoint table", () => {
  it("gives the browser, loading each resource on first use, the very schemas the server and OpenAPI check with", async () => {
    const common = await contracts.common();
    const names = Object.keys(endpointRoutes) as EndpointName[];
    const others: EndpointName[] = [];
    for (const name of names) {
      const route = endpointRoutes[name];
      const loaded = route.schemas(await contracts[route.contract](), common);
      const served = endpoints[name] as { body?: unknown; query?: unknown; response: unknown };
      const same = loaded.response === served.response && loaded.body === served.body && loaded.query === served.query;
      if (!same || loaded.response === undefined) others.push(name);
    }
    expect(names.length).toBeGreaterThan(0);
    expect(others).toEqual([]);
  });
});
