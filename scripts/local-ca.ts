// `npm run local-ca -- --host ddte.local --ip 192.168.1.10 [--out certs]`: for an office without
// internet, a certificate authority of its own and a certificate for the server signed by it
// (docs/deploy.md § An office without internet). Phones that install ca.crt trust the server, so
// the app is a secure context: it installs to the home screen and works offline.
// Uses the machine's openssl (on every Debian and Ubuntu server); keeps an existing CA.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    host: { type: 'string', multiple: true, default: [] },
    ip: { type: 'string', multiple: true, default: [] },
    out: { type: 'string', default: 'certs' },
    days: { type: 'string', default: '825' },
  },
});
const hosts = ['localhost', ...values.host];
const ips = ['127.0.0.1', ...values.ip];
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const file = (name: string) => join(out, name);
const openssl = (args: string[]) =>
  execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'inherit'] });

if (!existsSync(file('ca.key'))) {
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:3072',
    '-nodes',
    '-sha256',
    '-days',
    '3650',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.crt'),
    '-subj',
    '/CN=Dien dan tre em - chung chi van phong/O=Dien dan tre em',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
}
const san = [...hosts.map((h) => `DNS:${h}`), ...ips.map((i) => `IP:${i}`)].join(',');
writeFileSync(
  file('server.ext'),
  `basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=${san}\n`,
);
openssl([
  'req',
  '-newkey',
  'rsa:2048',
  '-nodes',
  '-keyout',
  file('server.key'),
  '-out',
  file('server.csr'),
  '-subj',
  `/CN=${hosts.at(-1) ?? 'localhost'}`,
]);
openssl([
  'x509',
  '-req',
  '-in',
  file('server.csr'),
  '-CA',
  file('ca.crt'),
  '-CAkey',
  file('ca.key'),
  '-CAcreateserial',
  '-out',
  file('server.crt'),
  '-days',
  values.days,
  '-sha256',
  '-extfile',
  file('server.ext'),
]);
console.log(`Made in ${out}:
  ca.crt       the office's certificate authority: install it on each phone (docs/deploy.md)
  server.crt   the server's certificate, for ${[...hosts, ...ips].join(', ')}
  server.key   its private key (keep it on the server only)

Start the server with:
  TLS_CERT_FILE=${file('server.crt')} TLS_KEY_FILE=${file('server.key')} TLS_CA_FILE=${file('ca.crt')} \\
  HOST=0.0.0.0 PORT=8443 HTTP_REDIRECT_PORT=8080 npm run start:prod
Phones then open https://${ips.at(-1) ?? hosts.at(-1)}:8443 (http://…:8080 sends them there, and offers ca.crt).`);
