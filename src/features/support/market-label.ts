import type { Translate } from "../../i18n/translate.ts";
import type { Jurisdiction } from "../../api/contract/common.ts";

export const marketLabel = (t: Translate, jurisdiction: Jurisdiction) => t(`support.market.${jurisdiction}`);
