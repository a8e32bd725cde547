import { createContext, useContext } from "react";
import type { DemoControls } from "./create-api.ts";
import type { PrivacyApi } from "../privacy-api.ts";

export const ApiContext = createContext<PrivacyApi | null>(null);
export const DemoContext = createContext<DemoControls | null>(null);

export function useApi(): PrivacyApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi needs an ApiContext provider");
  return api;
}

/** The in-browser demo backend's controls, or null when a real server answers. */
export function useDemoControls(): DemoControls | null {
  return useContext(DemoContext);
}
