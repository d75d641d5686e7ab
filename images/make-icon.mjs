// Draws images/icon.png (128×128): a seed on a green rounded square. Run: node images/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const GREEN = [46, 125, 50];
const SEED = [255, 241, 204];
const LINE = [121, 85, 72];

/** Coverage of a pixel by a shape, from 4×4 samples, so edges are smooth. */
function coverage(x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) hits += inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4) ? 1 : 0;
  return hits / 16;
}

const roundedSquare = (x, y) => {
  const r = 24, lo = 4 + r, hi = SIZE - 4 - r;
  const dx = Math.max(lo - x, 0, x - hi), dy = Math.max(lo - y, 0, y - hi);
  return x >= 4 && x <= SIZE - 4 && y >= 4 && y <= SIZE - 4 && dx * dx + dy * dy <= r * r;
};
// A seed: an ellipse tilted by 35°, with a groove along its long axis.
const tilt = (x, y) => {
  const a = (-35 * Math.PI) / 180, cx = x - 64, cy = y - 64;
  return [cx * Math.cos(a) - cy * Math.sin(a), cx * Math.sin(a) + cy * Math.cos(a)];
};
const seed = (x, y) => { const [u, v] = tilt(x, y); return (u / 44) ** 2 + (v / 27) ** 2 <= 1; };
const groove = (x, y) => { const [u, v] = tilt(x, y); return Math.abs(v) <= 2.5 && Math.abs(u) <= 30; };

const mix = (under, over, alpha) => under.map((c, i) => Math.round(c * (1 - alpha) + over[i] * alpha));
const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = [0]; // filter type: none
  for (let x = 0; x < SIZE; x++) {
    let rgb = mix(GREEN, SEED, coverage(x, y, seed));
    rgb = mix(rgb, LINE, coverage(x, y, groove));
    row.push(...rgb, Math.round(255 * coverage(x, y, roundedSquare)));
  }
  rows.push(Buffer.from(row));
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => (bytes.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0); header.writeUInt32BE(SIZE, 4);
header[8] = 8; header[9] = 6; // 8-bit RGBA
writeFileSync(new URL('icon.png', import.meta.url), Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]));
