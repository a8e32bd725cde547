import type { Ref, SelectHTMLAttributes } from "react";
import { FieldFrame, useFieldIds } from "./field-frame.tsx";

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** The platform's own select: every screen reader and phone knows it; labelled, with its error tied to it. */
export function SelectField({ label, options, error, id, ...select }: SelectFieldProps) {
  const { inputId, describedBy } = useFieldIds(id, undefined, error);
  return (
    <FieldFrame inputId={inputId} label={label} error={error}>
      <select
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="min-h-11 w-full min-w-0 rounded-md border border-zinc-500 bg-white px-3 py-2 text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
