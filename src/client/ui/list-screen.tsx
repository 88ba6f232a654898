// A list screen: its title, the year it shows (the one chosen across screens), the button that adds
// to it, and the list below.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useShownYear } from './use-shown-year.ts';
import { usePlans } from './use-scope.ts';
import { YearPicker } from './year-picker.tsx';

interface ListScreenProps {
  title: string;
  /** Where "+ add" leads, and what it says (translated by the caller). */
  add: { href: string; label: string };
  /** The list is of one year: show the shared year picker. */
  byYear?: boolean;
  children: ReactNode;
}

export function ListScreen({ title, add, byYear = false, children }: ListScreenProps) {
  return (
    <section>
      <div className="page-head">
        <h1>{title}</h1>
        {byYear && <ShownYearPicker />}
        <Link href={add.href} className="button button--primary">
          + {add.label}
        </Link>
      </div>
      {children}
    </section>
  );
}

function ShownYearPicker() {
  const [year, setYear] = useShownYear();
  return <YearPicker plans={usePlans()} year={year} onChange={setYear} />;
}
