// A screen's search on the device: the box, then what it found (or that it found nothing). The
// screen says what a result looks like; the search itself is db/queries.ts.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import type { EntityName } from '../../shared/entity-names.ts';
import { SEARCH_PAGE, search } from '../db/queries.ts';
import type { EntityRows } from '../db/schema.ts';
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
  more,
  onMore,
  empty,
  children,
}: {
  count: number;
  /** Whether more matched than are shown, and how to show them. */
  more: boolean;
  onMore: () => void;
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
        {t('Kết quả tìm kiếm')} <span className="count">({more ? `${count}+` : count})</span>
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
      {more && (
        <button type="button" className="button" onClick={onMore}>
          {t('Xem thêm kết quả')}
        </button>
      )}
    </section>
  );
}

export interface DeviceSearchState<T> {
  query: string;
  setQuery: (query: string) => void;
  /** What the query found, up to the results shown; null while nothing is typed. */
  found: T[] | null;
  /** Whether more matched than `found` holds. */
  more: boolean;
  showMore: () => void;
}

/**
 * A screen's search of the device's records of `entity`: what is typed, and what it found (null
 * while nothing is typed), from the words index: no network, no scan of every record. The first
 * SEARCH_PAGE results show at once, more on asking; one more than shown is read, to know whether
 * there are more.
 */
export function useDeviceSearch<E extends EntityName>(entity: E): DeviceSearchState<EntityRows[E]> {
  const [query, setQueryState] = useState('');
  const [shown, setShown] = useState(SEARCH_PAGE);
  const read = useLiveQuery(
    () => (query.trim() === '' ? null : search(db, entity, query, shown + 1)),
    [entity, query, shown],
    null,
  );
  const setQuery = (next: string) => {
    setQueryState(next);
    setShown(SEARCH_PAGE);
  };
  return {
    query,
    setQuery,
    found: read ? read.slice(0, shown) : null,
    more: read !== null && read.length > shown,
    showMore: () => setShown((current) => current + SEARCH_PAGE),
  };
}

/** The box of a device search and, once something is typed, what it found. */
export function DeviceSearch<T>({
  search: { query, setQuery, found, more, showMore },
  label,
  empty,
  children,
}: {
  search: DeviceSearchState<T>;
  label: string;
  /** What to say when nothing matched (translated already). */
  empty: string;
  /** One result, as a list item with its key. */
  children: (row: T) => ReactNode;
}) {
  const t = useT();
  return (
    <>
      <SearchBox
        label={label}
        placeholder={t('{label} (gõ không dấu cũng được)…', { label })}
        value={query}
        onChange={setQuery}
      />
      {found && (
        <SearchResults count={found.length} more={more} onMore={showMore} empty={empty}>
          {found.map(children)}
        </SearchResults>
      )}
    </>
  );
}
