import { describe, expect, it } from "vitest";
import { endpoints } from "../../src/api/endpoints.ts";
import { createTestApp } from "../test-support/test-app.ts";

describe("GET /api/openapi.json", () => {
  it("documents every endpoint of the table, and the server's own extra paths", async () => {
    const t = await createTestApp();
    const response = await t.app.request("/api/openapi.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
    };
    expect(document.openapi).toMatch(/^3\./);
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const operation = document.paths[endpoint.path.replace(/:(\w+)/g, "{$1}")]?.[endpoint.method.toLowerCase()];
      expect(operation?.operationId, `${endpoint.method} ${endpoint.path}`).toBe(name);
      expect(Object.keys(operation!.responses)).toContain(String(endpoint.status));
    }
    expect(document.paths["/api/openapi.json"]?.get).toBeDefined();
    expect(document.paths["/privacy-center.config.json"]?.get).toBeDefined();
    expect(document.paths["/u/{token}"]?.post?.operationId).toBe("oneClickUnsubscribe");
    expect(document.paths["/u/{token}"]?.get?.operationId).toBe("unsubscribePage");
    expect(document.paths["/p/{token}"]?.post?.operationId).toBe("openFooterLinkPage");
    expect(document.paths["/api/operator/links"]?.post?.operationId).toBe("mintOperatorLinks");
    await t.close();
  });

  it("lists nothing the server does not answer", async () => {
    const t = await createTestApp();
    const document = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const [path, operations] of Object.entries(document.paths))
      for (const method of Object.keys(operations)) {
        if (method !== "get") continue;
        const response = await t.app.request(path.replace(/\{\w+\}/g, "some-id"));
        // A documented path may say "not signed in" or "no such request", never "no such route".
        expect(await response.text(), `${method} ${path}`).not.toContain('"Nothing here."');
      }
    await t.close();
  });
});
