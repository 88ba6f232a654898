// With TLS on, a plain-HTTP port that only sends browsers to the HTTPS address (308 keeps the
// method), so a phone given "http://…" still ends where the app works. It also hands out the
// office's certificate authority at /ca.crt, which a phone must install before it trusts HTTPS.
import { createServer, type Server } from 'node:http';

export function redirectToHttps(httpsPort: number, caCertificate?: Buffer): Server {
  return createServer((request, response) => {
    if (caCertificate && request.url === '/ca.crt') {
      response.writeHead(200, {
        'content-type': 'application/x-x509-ca-cert',
        'content-disposition': 'attachment; filename="chung-chi-van-phong.crt"',
      });
      response.end(caCertificate);
      return;
    }
    const host = (request.headers.host ?? 'localhost').replace(/:\d+$/, '');
    const target = `https://${host}${httpsPort === 443 ? '' : `:${httpsPort}`}${request.url ?? '/'}`;
    response.writeHead(308, { location: target, 'content-type': 'text/plain; charset=utf-8' });
    response.end(`Mở bằng địa chỉ an toàn / use the secure address: ${target}\n`);
  });
}
