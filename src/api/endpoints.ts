import * as activity from "./contract/activity.ts";
import * as common from "./contract/common.ts";
import * as consents from "./contract/consents.ts";
import * as data from "./contract/data.ts";
import * as dev from "./contract/dev.ts";
import * as feedback from "./contract/feedback.ts";
import * as footerLinks from "./contract/footer-links.ts";
import * as preferences from "./contract/preferences.ts";
import * as requests from "./contract/requests.ts";
import * as session from "./contract/session.ts";
import * as support from "./contract/support.ts";
import { endpointSummaries } from "./endpoint-summaries.ts";
import {
  endpointTable,
  type Contract,
  type ContractName,
  type EndpointName,
  type EndpointRoute,
  type EndpointSchemas,
  type SchemasOf,
} from "./endpoint-table.ts";

export type { EndpointName } from "./endpoint-table.ts";

/** One row of the endpoint table with its schemas in hand. */
export interface Endpoint extends Omit<EndpointRoute, "schemas">, EndpointSchemas {
  summary: string;
}

type Endpoints = { [K in EndpointName]: (typeof endpointTable)[K] & SchemasOf<K> & { summary: string } };

const modules: { [M in ContractName]: Contract<M> } = {
  activity,
  common,
  consents,
  data,
  dev,
  feedback,
  "footer-links": footerLinks,
  preferences,
  requests,
  session,
  support,
};

/**
 * The endpoint table with every schema and summary in hand: the server, the OpenAPI document and the mock check every call,
 * so they take the whole contract at once. The browser's HTTP adapter reads endpoint-table.ts and loads each
 * resource's schemas on its first call.
 */
export const endpoints = Object.fromEntries(
  Object.entries(endpointTable).map(([name, route]: [string, EndpointRoute]) => [
    name,
    { ...route, summary: endpointSummaries[name as EndpointName], ...route.schemas(modules[route.contract], common) },
  ]),
) as Endpoints;
