// A button that acts on the screen (never one that submits a form): `primary` for the screen's main
// action. What `onClick` returns (a promise) is not waited for; the action reports its own failure.
import type { ButtonHTMLAttributes, ReactNode } from 'react';

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'onClick'> & {
  primary?: boolean;
  onClick: () => unknown;
  children: ReactNode;
};

export function Button({ primary = false, onClick, className, children, ...rest }: ButtonProps) {
  return (
    <button
      type="button"
      className={[primary ? 'button button--primary' : 'button', className]
        .filter(Boolean)
        .join(' ')}
      onClick={() => void onClick()}
      {...rest}
    >
      {children}
    </button>
  );
}
