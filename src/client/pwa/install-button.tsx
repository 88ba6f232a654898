import { useState, useSyncExternalStore } from 'react';
import { installStore } from './install-store.ts';

/** "Cài đặt ứng dụng" where the browser offers it; on iOS, how to add the app to the home screen. */
export function InstallButton() {
  const state = useSyncExternalStore(installStore.subscribe, installStore.state);
  const [guideOpen, setGuideOpen] = useState(false);
  if (state === 'installed' || state === 'unavailable') return null;
  if (state === 'prompt') {
    return (
      <div className="card install">
        <p>Cài ứng dụng lên màn hình chính để mở nhanh và dùng khi không có mạng.</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void installStore.install()}
        >
          Cài đặt ứng dụng
        </button>
      </div>
    );
  }
  return (
    <div className="card install">
      <p>
        Trên iPhone/iPad, hãy thêm ứng dụng vào Màn hình chính: nếu không, Safari có thể xoá dữ liệu
        chưa gửi sau 7 ngày không mở.
      </p>
      <button type="button" className="button" onClick={() => setGuideOpen(!guideOpen)}>
        Thêm vào Màn hình chính
      </button>
      {guideOpen && (
        <ol className="install__steps">
          <li>Mở trang này bằng Safari.</li>
          <li>
            Chạm nút <strong>Chia sẻ</strong> (hình vuông có mũi tên lên).
          </li>
          <li>
            Chọn <strong>Thêm vào MH chính</strong> rồi chạm <strong>Thêm</strong>.
          </li>
        </ol>
      )}
    </div>
  );
}
