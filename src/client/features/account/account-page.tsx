// "Tài khoản của tôi": who I am, my password, and where I am signed in ("đăng xuất mọi nơi").
import { useEffect, useState } from 'react';
import { isoToDisplay } from '../../i18n/dates.ts';
import { ROLE_LABEL } from '../../i18n/labels.ts';
import { z } from 'zod/mini';
import { sessionInfoSchema, type SessionInfo } from '../../../shared/responses.ts';
import { useT } from '../../i18n/locale.ts';
import { api } from '../../runtime.ts';
import { signOut } from '../../session/sign-in.ts';
import { useUser } from '../../session/store.ts';
import { useUnitName } from '../../ui/use-scope.ts';
import { ChangePasswordForm } from './change-password-form.tsx';
import { Button } from '../../ui/button.tsx';

/** "Chrome trên Android" from a user agent, enough to recognise one's own phone. */
function deviceName(userAgent: string | null): string {
  if (!userAgent) return '—';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : 'Trình duyệt';
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Linux/.test(userAgent)
          ? 'Linux'
          : /Mac OS/.test(userAgent)
            ? 'macOS'
            : '';
  return system ? `${browser} · ${system}` : browser;
}

function Sessions() {
  const t = useT();
  const [sessions, setSessions] = useState<SessionInfo[] | null>(null);
  const [failure, setFailure] = useState('');
  const load = () =>
    api.get('/api/me/sessions', z.array(sessionInfoSchema)).then(setSessions, () => {
      setFailure(t('Cần có mạng để xem các phiên đăng nhập.'));
    });
  useEffect(() => {
    void load();
    // Loaded once when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const end = async (includingThis: boolean) => {
    try {
      await api.post('/api/me/sessions/end', { includingThis });
      if (includingThis) await signOut();
      else await load();
    } catch {
      setFailure(t('Chưa đăng xuất được các thiết bị khác. Hãy thử lại khi có mạng.'));
    }
  };
  return (
    <section className="card" aria-label={t('Nơi đang đăng nhập')}>
      <h2>{t('Nơi đang đăng nhập')}</h2>
      {failure && <p className="warning">{failure}</p>}
      {sessions && (
        <ul className="list">
          {sessions.map((session) => (
            <li key={session.id} className="list__item">
              <strong>{deviceName(session.userAgent)}</strong>
              {session.current && <span className="tag">{t('Thiết bị này')}</span>}
              <small className="muted">
                {t('Đăng nhập {date}, dùng lần cuối {last}', {
                  date: isoToDisplay(session.createdAt.slice(0, 10)),
                  last: isoToDisplay(session.lastUsedAt.slice(0, 10)),
                })}
              </small>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <Button onClick={() => void end(false)}>{t('Đăng xuất các thiết bị khác')}</Button>
        <Button onClick={() => void end(true)}>{t('Đăng xuất mọi nơi')}</Button>
      </div>
    </section>
  );
}

export function AccountPage() {
  const t = useT();
  const user = useUser();
  const unitName = useUnitName(user.unitCode);
  return (
    <section>
      <h1>{t('Tài khoản của tôi')}</h1>
      <div className="card">
        <p>
          <strong>{user.displayName}</strong> ({user.username})
        </p>
        <p className="muted">
          {t(ROLE_LABEL[user.role])} · {unitName}
        </p>
      </div>
      <ChangePasswordForm forced={false} />
      <Sessions />
    </section>
  );
}
