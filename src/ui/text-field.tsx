import type { InputHTMLAttributes, Ref } from "react";
import { FieldFrame, useFieldIds } from "./field-frame.tsx";

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({ label, hint, error, id, ...input }: TextFieldProps) {
  const { inputId, describedBy } = useFieldIds(id, hint, error);
  return (
    <FieldFrame inputId={inputId} label={label} hint={hint} error={error}>
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="min-h-11 rounded-md border border-zinc-500 bg-white px-3 py-2 text-zinc-900 aria-invalid:border-red-700 dark:bg-zinc-900 dark:text-zinc-100"
        {...input}
      />
    </FieldFrame>
  );
}
