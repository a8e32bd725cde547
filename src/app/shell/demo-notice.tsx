import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useNavigate } from "react-router";
import { useDemoControls } from "../../api/client/use-api.ts";
import { Button } from "../../ui/button.tsx";

/** Only in the in-browser demo: says where the data lives and lets a visitor start over. */
export function DemoNotice() {
  const { t } = useTranslation();
  const demo = useDemoControls();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  if (!demo) return null;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p>{t("demo.notice")}</p>
      <Button
        variant="secondary"
        onClick={async () => {
          await demo.reset();
          queryClient.clear();
          await navigate("/sign-in", { replace: true });
        }}
      >
        {t("demo.reset")}
      </Button>
    </div>
  );
}
