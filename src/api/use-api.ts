import { createContext, useContext } from "react";
import type { PrivacyApi } from "./privacy-api.ts";

export const ApiContext = createContext<PrivacyApi | null>(null);

export function useApi(): PrivacyApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi needs an ApiContext provider");
  return api;
}
