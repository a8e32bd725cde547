import { Dialog } from "@base-ui/react/dialog";
import { Menu, X } from "lucide-react";
import type { ReactNode } from "react";

interface MenuDialogProps {
  /** The trigger's visible word ("Menu"): an icon alone is a guess for many people. */
  triggerLabel: string;
  title: string;
  closeLabel: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
  className?: string;
}

/**
 * A phone's menu: one 44 px button in the header opens a panel from the top that holds the navigation and the
 * account controls. A modal dialog, so focus moves into it, Escape and the backdrop close it, and focus returns
 * to the button.
 */
export function MenuDialog({
  triggerLabel,
  title,
  closeLabel,
  open,
  onOpenChange,
  children,
  className = "",
}: MenuDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={(next) => onOpenChange(next)}>
      <Dialog.Trigger
        className={`inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-md border border-zinc-400 px-3 font-medium dark:border-zinc-500 ${className}`}
      >
        <Menu aria-hidden="true" className="size-5" />
        {triggerLabel}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Backdrop className="fixed inset-0 z-40 bg-zinc-950/50" />
        <Dialog.Popup className="fixed inset-x-0 top-0 z-50 max-h-dvh overflow-y-auto rounded-b-xl bg-white p-4 text-zinc-900 shadow-xl dark:bg-zinc-900 dark:text-zinc-100">
          <div className="mb-2 flex items-center justify-between gap-2">
            <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
            <Dialog.Close
              aria-label={closeLabel}
              className="inline-flex size-11 items-center justify-center rounded-md border border-zinc-400 dark:border-zinc-500"
            >
              <X aria-hidden="true" className="size-5" />
            </Dialog.Close>
          </div>
          {children}
        </Dialog.Popup>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
