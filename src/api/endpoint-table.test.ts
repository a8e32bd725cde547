import { describe, expect, it } from "vitest";
import { contracts, endpointRoutes, type EndpointName } from "./endpoint-table.ts";
import { endpoints } from "./endpoints.ts";

describe("the endpoint table", () => {
  it("gives the browser, loading each resource on first use, the very schemas the server and OpenAPI check with", async () => {
    const common = await contracts.common();
    for (const name of Object.keys(endpointRoutes) as EndpointName[]) {
      const route = endpointRoutes[name];
      const loaded = route.schemas(await contracts[route.contract](), common);
      const served = endpoints[name] as { body?: unknown; query?: unknown; response: unknown };
      expect(loaded.response, name).toBe(served.response);
      expect(loaded.body, name).toBe(served.body);
      expect(loaded.query, name).toBe(served.query);
      expect(loaded.response, name).toBeDefined();
    }
  });
});
