import { useEffect } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

const prefix = "candor.draft.";

/**
 * Keeps what was typed in a form through errors and reloads, for this tab only (sessionStorage ends with the
 * tab, so a draft never outlives the visit). Call `clear` once the form has been sent.
 */
export function useKeptDraft<T extends FieldValues>(form: UseFormReturn<T>, key: string): { clear: () => void } {
  const storageKey = prefix + key;
  useEffect(() => {
    const saved = sessionStorage.getItem(storageKey);
    if (saved) {
      try {
        form.reset({ ...form.getValues(), ...(JSON.parse(saved) as T) });
      } catch {
        sessionStorage.removeItem(storageKey);
      }
    }
    const subscription = form.watch((values) => sessionStorage.setItem(storageKey, JSON.stringify(values)));
    return () => subscription.unsubscribe();
  }, [form, storageKey]);
  return { clear: () => sessionStorage.removeItem(storageKey) };
}
