import {
  endpointTable,
  type EndpointName,
  type EndpointRoute,
  type EndpointSchemas,
  type SchemasOf,
} from "./endpoint-table.ts";

export type { EndpointName } from "./endpoint-table.ts";

/** One row of the endpoint table with its schemas in hand. */
export interface Endpoint extends EndpointRoute, EndpointSchemas {}

type Endpoints = { [K in EndpointName]: (typeof endpointTable)[K] & SchemasOf<K> };

async function withSchemas(): Promise<Endpoints> {
  const rows = await Promise.all(
    Object.entries(endpointTable).map(async ([name, route]) => [name, { ...route, ...(await route.schemas()) }]),
  );
  return Object.fromEntries(rows) as Endpoints;
}

/**
 * The endpoint table with every schema loaded: the server, the OpenAPI document and the mock check every call,
 * so they take them all at once. The browser's HTTP adapter reads endpoint-table.ts and loads each on first use.
 */
export const endpoints = await withSchemas();
