// A control with its own <label for>: wrapping a <select> in its label would put every option's
// text into the label's name, which screen readers then read out in full.
import { useId, type InputHTMLAttributes, type ReactElement } from 'react';

export function Labelled({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: (id: string) => ReactElement;
}) {
  const id = useId();
  return (
    <div className={className ?? 'filter'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** An <input> with its own label, for what narrows or feeds a screen (not a form's field). */
export function LabelledInput({
  label,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string }) {
  return <Labelled label={label}>{(id) => <input id={id} {...input} />}</Labelled>;
}
