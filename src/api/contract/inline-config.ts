/** The element the reference server inlines the operator config into, as a JSON data block in the HTML. */
export const inlineConfigId = "candor-config";
