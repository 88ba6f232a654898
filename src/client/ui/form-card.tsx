// The frame of every form card: named for screen readers, validated by its schema rather than by the
// browser (whose English bubbles a Vietnamese user cannot read), submitted through the form's hook.
import type { ReactNode, SubmitEvent } from 'react';

interface FormCardProps {
  /** The form's accessible name. */
  label: string;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => Promise<void> | void;
  /** The frame's classes: a card unless the form sits inside one. */
  className?: string;
  children: ReactNode;
}

export function FormCard({ label, onSubmit, className = 'card form', children }: FormCardProps) {
  return (
    <form
      className={className}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={label}
    >
      {children}
    </form>
  );
}
