import type { Ref, TextareaHTMLAttributes } from "react";
import { FieldFrame, useFieldIds } from "./field-frame.tsx";

interface TextareaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line input whose hint and error are tied to it with aria-describedby. */
export function TextareaField({ label, hint, error, id, ...textarea }: TextareaFieldProps) {
  const { inputId, describedBy } = useFieldIds(id, hint, error);
  return (
    <FieldFrame inputId={inputId} label={label} hint={hint} error={error}>
      <textarea
        id={inputId}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="rounded-md border border-zinc-500 bg-white px-3 py-2 text-zinc-900 aria-invalid:border-red-700 dark:bg-zinc-900 dark:text-zinc-100"
        {...textarea}
      />
    </FieldFrame>
  );
}
