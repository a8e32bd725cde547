/**
 * The families the data page groups a customer's data by, without zod: the page lists them before any schema is
 * wanted (decision 0081). The contract's `dataFamilySchema` is built from them.
 */
export const dataFamilies = ["identity", "demographic", "engagement", "sentiment", "behavioural"] as const;
export type DataFamily = (typeof dataFamilies)[number];
