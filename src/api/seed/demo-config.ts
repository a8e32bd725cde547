import rawConfig from "../../../public/privacy-center.config.json" with { type: "json" };
import { operatorConfigSchema } from "../contract/operator-config.ts";
import { preferenceCatalog } from "../rules/catalog.ts";

/** The demo customers are written against the default operator config, whose topic and purpose ids they name. */
export const demoConfig = operatorConfigSchema.parse(rawConfig);
export const demoCatalog = preferenceCatalog(demoConfig);
