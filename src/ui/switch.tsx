import { Switch as BaseSwitch } from "@base-ui/react/switch";

interface SwitchProps {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  /** The accessible name: what this switch turns on or off. */
  label: string;
  disabled?: boolean;
  /** Ids of text that explains the switch (why it is locked, why it has no effect). */
  describedBy?: string;
  /** The state in words beside the switch, for sighted readers (the switch itself says it to screen readers). */
  stateText: { on: string; off: string };
}

/**
 * An on/off control that reads as one at a glance: filled in the brand colour with the thumb right when on,
 * outlined and grey with the thumb left when off; the word beside it is bold when on, grey when off. 44 px
 * wide, 28 px tall: above the 24 px target minimum.
 */
export function Switch({ checked, onCheckedChange, label, disabled, describedBy, stateText }: SwitchProps) {
  return (
    <span className="flex items-center gap-2">
      <span
        aria-hidden="true"
        data-state-text={checked ? "on" : "off"}
        className={checked ? "text-sm font-semibold" : "text-sm text-zinc-600 dark:text-zinc-400"}
      >
        {checked ? stateText.on : stateText.off}
      </span>
      <BaseSwitch.Root
        checked={checked}
        onCheckedChange={(next) => onCheckedChange(next)}
        disabled={disabled}
        aria-label={label}
        aria-describedby={describedBy}
        className="relative inline-flex h-7 w-11 shrink-0 cursor-pointer items-center rounded-full border-2 border-zinc-500 bg-zinc-200 transition-colors focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand data-[checked]:border-brand data-[checked]:bg-brand data-[disabled]:cursor-not-allowed data-[disabled]:opacity-60 motion-reduce:transition-none dark:bg-zinc-700"
      >
        <BaseSwitch.Thumb className="ml-0.5 block size-5 rounded-full bg-white shadow ring-1 ring-zinc-500 transition-transform data-[checked]:translate-x-4 data-[checked]:ring-0 motion-reduce:transition-none" />
      </BaseSwitch.Root>
    </span>
  );
}
