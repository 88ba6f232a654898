// Draws the app icons (PNG) with no image library: a green tile with a white speech bubble, the
// children's voice. Run once; the PNGs are committed under public/icons.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [0x0b, 0x6e, 0x4f];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buffer: Buffer): number {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, paint: (x: number, y: number) => number[]): Buffer {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r = 0, g = 0, b = 0] = paint(x / size, y / size);
      const at = y * (size * 3 + 1) + 1 + x * 3;
      raw[at] = r;
      raw[at + 1] = g;
      raw[at + 2] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A speech bubble scaled into the safe zone (inner 80%) so the maskable icon survives any mask. */
function bubble(scale: number) {
  return (x: number, y: number) => {
    const u = (x - 0.5) / scale + 0.5;
    const v = (y - 0.5) / scale + 0.5;
    const inEllipse = ((u - 0.5) / 0.36) ** 2 + ((v - 0.45) / 0.27) ** 2 <= 1;
    const inTail = v > 0.62 && v < 0.84 && u > 0.3 && u < 0.46 && u - 0.3 < (0.84 - v) * 0.75;
    const dot = [0.36, 0.5, 0.64].some((cx) => (u - cx) ** 2 + (v - 0.45) ** 2 < 0.045 ** 2);
    return (inEllipse || inTail) && !dot ? WHITE : GREEN;
  };
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', png(192, bubble(1)));
writeFileSync('public/icons/icon-512.png', png(512, bubble(1)));
writeFileSync('public/icons/icon-maskable-512.png', png(512, bubble(0.7)));
writeFileSync('public/icons/apple-touch-icon.png', png(180, bubble(0.85)));
