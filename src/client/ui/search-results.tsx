// A screen's search on the device: the box, then what it found (or that it found nothing). The
// screen says what a result looks like; the search itself is db/queries.ts.
import type { ReactNode } from 'react';
import { useT } from '../i18n/locale.ts';

export function SearchBox({
  label,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  /** What the empty box shows; its label when not given. */
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <input
      type="search"
      className="search"
      aria-label={label}
      placeholder={placeholder ?? label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

export function SearchResults({
  count,
  empty,
  children,
}: {
  count: number;
  /** What to say when nothing matched (translated already). */
  empty: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <section className="group" aria-label={t('Kết quả tìm kiếm')}>
      <h2>
        {t('Kết quả tìm kiếm')} <span className="count">({count})</span>
      </h2>
      {count === 0 && <p className="empty">{empty}</p>}
      <ul className="list">{children}</ul>
    </section>
  );
}
