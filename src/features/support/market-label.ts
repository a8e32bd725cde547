import type { TFunction } from "i18next";
import type { Jurisdiction } from "../../api/contract/common.ts";

export const marketLabel = (t: TFunction, jurisdiction: Jurisdiction) => t(`support.market.${jurisdiction}`);
