// A screen's search on the device: the box, then what it found (or that it found nothing). The
// screen says what a result looks like; the search itself is db/queries.ts.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { wordsWaiting } from '../db/search-index.ts';
import { useT } from '../i18n/locale.ts';
import { db } from '../runtime.ts';

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
  // Records of a big first pull are found once their words are built, a little after they show.
  const waiting = useLiveQuery(() => wordsWaiting(db), [], 0);
  return (
    <section className="group" aria-label={t('Kết quả tìm kiếm')}>
      <h2>
        {t('Kết quả tìm kiếm')} <span className="count">({count})</span>
      </h2>
      {waiting > 0 && (
        <p className="notice" role="status">
          {t('Đang chuẩn bị tìm kiếm cho {n} bản ghi vừa tải về; kết quả có thể chưa đủ.', {
            n: waiting,
          })}
        </p>
      )}
      {count === 0 && <p className="empty">{empty}</p>}
      <ul className="list">{children}</ul>
    </section>
  );
}
