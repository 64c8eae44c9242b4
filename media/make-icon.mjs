// Draws media/icon.png (128x128): an article page with highlighted entity spans and an
// annotation marker. Run `node media/make-icon.mjs` after changing it; the PNG is committed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SAMPLES = 4; // per axis, for anti-aliased edges

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), 255];
const NAVY = hex('#1F3A5F');
const PAPER = hex('#F4F1EA');
const INK = hex('#9AA3AF');
const BLUE = hex('#4FC1FF');
const GOLD = hex('#F2C94C');
const TEAL = hex('#4EC9B0');
const CORAL = hex('#F48771');
const WHITE = hex('#FFFFFF');

function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

// Later shapes paint over earlier ones; null = transparent.
function colourAt(x, y) {
  let c = null;
  if (inRoundRect(x, y, 0, 0, 128, 128, 26)) c = NAVY;
  if (inRoundRect(x, y, 26, 18, 94, 110, 6)) c = PAPER;
  // text lines, three of them carrying entity highlights
  const lines = [
    [34, 28, 86, INK], [34, 40, 60, BLUE], [34, 52, 86, INK], [34, 64, 72, GOLD], [34, 76, 86, INK], [34, 88, 66, TEAL],
  ];
  for (const [x0, y0, x1, col] of lines) if (inRoundRect(x, y, x0, y0, x1, y0 + 6, 3)) c = col;
  // annotation marker
  if (inCircle(x, y, 92, 92, 22)) c = NAVY;
  if (inCircle(x, y, 92, 92, 18)) c = CORAL;
  if (inRoundRect(x, y, 83, 89, 101, 95, 3) || inRoundRect(x, y, 89, 83, 95, 101, 3)) c = WHITE;
  return c;
}

function render() {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let py = 0; py < SIZE; py++) {
    raw[py * (SIZE * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < SIZE; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 255; }
        }
      }
      const n = SAMPLES * SAMPLES;
      const o = py * (SIZE * 4 + 1) + 1 + px * 4;
      // average colour over covered samples, coverage as alpha
      const covered = a / 255 || 1;
      raw[o] = Math.round(r / covered);
      raw[o + 1] = Math.round(g / covered);
      raw[o + 2] = Math.round(b / covered);
      raw[o + 3] = Math.round(a / n);
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(render(), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
