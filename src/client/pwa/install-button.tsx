import { useState, useSyncExternalStore } from 'react';
import { installStore } from './install-store.ts';
import { useT } from '../i18n/locale.ts';
import { Button } from '../ui/button.tsx';

/** "Cài đặt ứng dụng" where the browser offers it; on iOS, how to add the app to the home screen. */
export function InstallButton() {
  const t = useT();
  const state = useSyncExternalStore(installStore.subscribe, installStore.state);
  const [guideOpen, setGuideOpen] = useState(false);
  if (state === 'installed' || state === 'unavailable') return null;
  if (state === 'prompt') {
    return (
      <div className="card install">
        <p>{t('Cài ứng dụng lên màn hình chính để mở nhanh và dùng khi không có mạng.')}</p>
        <Button primary onClick={() => void installStore.install()}>
          {t('Cài đặt ứng dụng')}
        </Button>
      </div>
    );
  }
  return (
    <div className="card install">
      <p>
        {t(
          'Trên iPhone/iPad, hãy thêm ứng dụng vào Màn hình chính: nếu không, Safari có thể xoá dữ liệu chưa gửi sau 7 ngày không mở.',
        )}
      </p>
      <Button onClick={() => setGuideOpen(!guideOpen)}>{t('Thêm vào Màn hình chính')}</Button>
      {guideOpen && (
        <ol className="install__steps">
          <li>{t('Mở trang này bằng Safari.')}</li>
          <li>{t('Chạm nút “Chia sẻ” (hình vuông có mũi tên lên).')}</li>
          <li>{t('Chọn “Thêm vào MH chính” rồi chạm “Thêm”.')}</li>
        </ol>
      )}
    </div>
  );
}
