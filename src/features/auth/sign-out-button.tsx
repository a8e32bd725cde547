import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useApi } from "../../api/client/use-api.ts";
import { Button } from "../../ui/button.tsx";

export function SignOutButton({ onSignedOut }: { onSignedOut: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => api.signOut(),
    onSuccess: () => {
      queryClient.clear();
      onSignedOut();
    },
  });
  return (
    <div className="flex items-center gap-2">
      {signOut.isError && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {t("auth.signOutFailed")}
        </p>
      )}
      <Button variant="secondary" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
        {t("auth.signOut")}
      </Button>
    </div>
  );
}
