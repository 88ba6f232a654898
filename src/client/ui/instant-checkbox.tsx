// A checkbox that answers the tap at once and saves in the background. Its state follows the
// database (another device's change arrives by sync), and reverts if the save fails.
import { useState, type ReactNode } from 'react';

interface Props {
  checked: boolean;
  onSave: (checked: boolean) => Promise<unknown>;
  label?: string;
  children?: ReactNode;
}

export function InstantCheckbox({ checked, onSave, label, children }: Props) {
  const [shown, setShown] = useState(checked);
  // When the stored value changes (this save landing, or another device's), show it.
  const [stored, setStored] = useState(checked);
  if (stored !== checked) {
    setStored(checked);
    setShown(checked);
  }
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={shown}
        aria-label={label}
        onChange={(event) => {
          const next = event.target.checked;
          setShown(next);
          onSave(next).catch(() => setShown(!next));
        }}
      />
      {children}
    </label>
  );
}
