import { useId, type ReactNode } from "react";

export interface FieldIds {
  inputId: string;
  /** The hint and the error, for the control's aria-describedby. */
  describedBy: string | undefined;
}

/** Ids that tie a control to its label, hint and error, so a screen reader reads all three with it. */
export function useFieldIds(id: string | undefined, hint: string | undefined, error: string | undefined): FieldIds {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const describedBy = [hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null].filter(Boolean).join(" ");
  return { inputId, describedBy: describedBy || undefined };
}

/** Label above, hint under it, the control, then the error: one frame for every kind of field. */
export function FieldFrame({
  inputId,
  label,
  hint,
  error,
  children,
}: {
  inputId: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    // min-w-0: in a grid or flex row, a long option or value wraps instead of pushing the page sideways.
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={inputId} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${inputId}-hint`} className="text-sm text-zinc-600 dark:text-zinc-300">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${inputId}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
