// A list screen's head: its title, what narrows the list (a year), and the button that adds to it.
import type { ReactNode } from 'react';
import { Link } from 'wouter';

interface PageHeadProps {
  title: string;
  /** Where "+ add" leads, and what it says (translated by the caller). */
  add?: { href: string; label: string };
  children?: ReactNode;
}

export function PageHead({ title, add, children }: PageHeadProps) {
  return (
    <div className="page-head">
      <h1>{title}</h1>
      {children}
      {add && (
        <Link href={add.href} className="button button--primary">
          + {add.label}
        </Link>
      )}
    </div>
  );
}
