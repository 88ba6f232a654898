// What a screen that cannot open shows instead of a blank app. The usual cause on a phone: the
// network went before the service worker had stored every screen (the first minute after sign-in),
// so a screen's code cannot be fetched. The tab bar stays usable, and the screens already opened
// still work; the user is told to connect once and try again.
import { Component, useState, type ReactNode } from 'react';
import { useT } from '../i18n/locale.ts';

interface Props {
  /** The route: a failed screen gives way when the user goes elsewhere. */
  location: string;
  children: ReactNode;
}

function ScreenFailed({ chunk }: { chunk: boolean }) {
  const t = useT();
  // Reloading without network, before the service worker holds the app, would show the browser's
  // own offline page instead of the app.
  const [offline, setOffline] = useState(false);
  const retry = () => {
    if (navigator.onLine) window.location.reload();
    else setOffline(true);
  };
  return (
    <section className="card" role="alert">
      <h1>{t('Chưa mở được màn hình này')}</h1>
      <p>
        {chunk
          ? t(
              'Màn hình này chưa được tải về máy. Hãy kết nối mạng một lần rồi bấm “Thử lại”; sau đó nó mở được cả khi không có mạng.',
            )
          : t(
              'Đã có lỗi khi mở màn hình này. Dữ liệu trên máy vẫn còn nguyên. Hãy bấm “Thử lại”; nếu vẫn lỗi, báo cho cán bộ phụ trách.',
            )}
      </p>
      <button type="button" onClick={retry}>
        {t('Thử lại')}
      </button>
      {offline && <p className="warning">{t('Máy vẫn chưa có mạng.')}</p>}
    </section>
  );
}

/** A module script that could not be fetched: Chromium, Firefox and Safari word it differently. */
function isChunkError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|module script failed|error loading dynamically imported/i.test(
    message,
  );
}

type Failure = 'chunk' | 'render' | null;

/**
 * Catches a screen's failure to load or render. Only a failed boundary resets when the route
 * changes; working screens are not remounted by navigation.
 */
export class ScreenBoundary extends Component<Props, { failed: Failure; at: string }> {
  override state: { failed: Failure; at: string } = { failed: null, at: this.props.location };

  static getDerivedStateFromError(error: unknown) {
    return { failed: isChunkError(error) ? ('chunk' as const) : ('render' as const) };
  }

  static getDerivedStateFromProps(props: Props, state: { failed: Failure; at: string }) {
    return props.location === state.at ? null : { failed: null, at: props.location };
  }

  override render() {
    if (this.state.failed) return <ScreenFailed chunk={this.state.failed === 'chunk'} />;
    return this.props.children;
  }
}
