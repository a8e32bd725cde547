import { AlertDialog as BaseAlertDialog } from "@base-ui/react/alert-dialog";
import type { ReactNode, RefObject } from "react";

interface AlertDialogProps {
  open: boolean;
  /** Escape closes it too; what closing means is the caller's to decide. */
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  /** The actions, in reading order; the first is what most people want. */
  children: ReactNode;
  /** Where focus lands when it opens (else the first focusable element in it). */
  initialFocus?: RefObject<HTMLElement | null>;
}

/**
 * A question the page must ask now, without a trigger of its own (a timeout, a conflict): `role="alertdialog"`,
 * modal, so focus moves in and stays until it is answered, the title and description are announced, a click
 * outside does not dismiss it, and focus returns where it was afterwards. Centred, so no sticky header or banner
 * covers it (WCAG 2.4.11), and it fits a 320 px screen.
 */
export function AlertDialog({ open, onOpenChange, title, description, children, initialFocus }: AlertDialogProps) {
  return (
    <BaseAlertDialog.Root open={open} onOpenChange={(next) => onOpenChange(next)}>
      <BaseAlertDialog.Portal>
        <BaseAlertDialog.Backdrop className="fixed inset-0 z-40 bg-zinc-950/60" />
        <BaseAlertDialog.Popup
          initialFocus={initialFocus}
          className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl border border-zinc-300 bg-white p-5 text-zinc-900 shadow-xl dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
        >
          <BaseAlertDialog.Title className="text-lg font-semibold">{title}</BaseAlertDialog.Title>
          <BaseAlertDialog.Description render={<div />} className="mt-2 flex flex-col gap-2">
            {description}
          </BaseAlertDialog.Description>
          <div className="mt-5 flex flex-wrap gap-3">{children}</div>
        </BaseAlertDialog.Popup>
      </BaseAlertDialog.Portal>
    </BaseAlertDialog.Root>
  );
}
