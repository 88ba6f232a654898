import { useEffect, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useUser } from '../session/store.ts';
import { UpdateBanner } from '../pwa/update-banner.tsx';
import { SignOutButton } from './sign-out-dialog.tsx';
import { placesFor } from './navigation.ts';
import { useT } from '../i18n/locale.ts';
import { useRejectedCount, useSyncStatus, useUnsentCount } from '../ui/use-sync-status.ts';

function SyncIndicator() {
  const t = useT();
  const status = useSyncStatus();
  const unsent = useUnsentCount();
  const rejected = useRejectedCount();
  const label =
    status.phase === 'syncing'
      ? t('Đang đồng bộ…')
      : status.phase === 'offline'
        ? t('Ngoại tuyến')
        : status.phase === 'error'
          ? t('Lỗi đồng bộ')
          : unsent > 0
            ? t('{n} chưa gửi', { n: unsent })
            : t('Đã đồng bộ');
  return (
    <Link
      href="/sync"
      className={`sync-indicator sync-indicator--${status.phase}`}
      aria-label={t('Trạng thái đồng bộ: {label}', { label })}
    >
      {label}
      {rejected > 0 && (
        <span className="badge badge--rejected">{t('{n} bị từ chối', { n: rejected })}</span>
      )}
    </Link>
  );
}

/** A phone whose clock runs ahead would have its edits win unfairly; the server clamps them. */
function ClockWarning() {
  const t = useT();
  const { clockAheadMs } = useSyncStatus();
  if (clockAheadMs < 2 * 60_000) return null;
  return (
    <p className="warning banner" role="alert">
      {t(
        'Đồng hồ của máy đang chạy nhanh khoảng {n} phút so với máy chủ. Hãy chỉnh lại ngày giờ trong phần Cài đặt của điện thoại.',
        { n: Math.round(clockAheadMs / 60_000) },
      )}
    </p>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const user = useUser();
  // The signed-in shell is on screen and answering: what `npm run bench` times as a warm start.
  useEffect(() => {
    if (performance.getEntriesByName('ddte:ready').length === 0) performance.mark('ddte:ready');
  }, []);
  const [location] = useLocation();
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">{t('Diễn đàn trẻ em')}</span>
        <SyncIndicator />
      </header>
      <UpdateBanner />
      <ClockWarning />
      <main className="content">{children}</main>
      <nav className="tabbar" aria-label={t('Chính')}>
        {placesFor(user.role, true).map(({ href, label }) => {
          const here = href === '/' ? location === '/' : location.startsWith(href);
          return (
            <Link
              key={href}
              href={href}
              className={`${here ? 'active' : ''}${href === '/more' ? ' tabbar__more' : ''}`}
              aria-current={here ? 'page' : undefined}
            >
              {t(label)}
            </Link>
          );
        })}
        {/* On a PC there is room for every screen in the bar. */}
        {placesFor(user.role, false).map(({ href, label }) => (
          <Link
            key={href}
            href={href}
            className={`tabbar__wide${location.startsWith(href) ? ' active' : ''}`}
            aria-current={location.startsWith(href) ? 'page' : undefined}
          >
            {t(label)}
          </Link>
        ))}
      </nav>
      <footer className="footer">
        {user.displayName} · <SignOutButton />
      </footer>
    </div>
  );
}
