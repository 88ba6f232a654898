// Opened over plain HTTP from another machine (http://192.168.1.10:8080), the page is not a secure
// context: the browser gives it no service worker, no install, no offline and no crypto.randomUUID,
// and the app would fail half-way. It says so instead, in plain Vietnamese, and what to open.
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function insecureContextMessage(location: Location, secure: boolean): string | null {
  if (secure) return null;
  const https = escape(`https://${location.host}${location.pathname}`);
  return (
    `<main class="login"><div class="card">` +
    `<h1>Cần mở bằng địa chỉ an toàn (https)</h1>` +
    `<p>Trình duyệt chỉ cho ứng dụng làm việc khi không có mạng nếu trang được mở bằng địa chỉ bắt đầu bằng <strong>https://</strong>.</p>` +
    `<p>Hãy mở: <a href="${https}">${https}</a></p>` +
    `<p class="muted">Nếu địa chỉ đó không mở được, hãy nhờ người quản trị máy chủ cài chứng chỉ theo hướng dẫn (docs/deploy.md) ` +
    `và cài chứng chỉ của văn phòng vào điện thoại.</p>` +
    `<p class="muted" lang="en">This page needs a secure (https) address to work offline and be installed. Open ${https}</p>` +
    `</div></main>`
  );
}
