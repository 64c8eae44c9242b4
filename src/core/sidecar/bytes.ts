// A sidecar's bytes, kept as the analyst (or their editor, or git) wrote them: strict UTF-8, so a file in
// another encoding is refused with its place rather than decoded into U+FFFD and saved that way; the
// byte-order mark and the line endings (LF or CRLF) noted on reading and written back on saving.
import type { SidecarProblem } from './model';

export interface SidecarFormat {
  bom: boolean;
  crlf: boolean;
}

export type DecodedSidecar = { ok: true; text: string; format: SidecarFormat } | { ok: false; problem: SidecarProblem };

export const DEFAULT_FORMAT: SidecarFormat = { bom: false, crlf: false };

/** A lead byte's continuation count and the range of its first continuation byte (RFC 3629, table 3-7). */
function leadByte(c: number): [number, number, number] | null {
  if (c >= 0xc2 && c <= 0xdf) return [1, 0x80, 0xbf];
  if (c === 0xe0) return [2, 0xa0, 0xbf];
  if (c === 0xed) return [2, 0x80, 0x9f]; // no UTF-16 surrogates
  if (c >= 0xe1 && c <= 0xef) return [2, 0x80, 0xbf];
  if (c === 0xf0) return [3, 0x90, 0xbf];
  if (c === 0xf4) return [3, 0x80, 0x8f]; // nothing above U+10FFFF
  if (c >= 0xf1 && c <= 0xf3) return [3, 0x80, 0xbf];
  return null;
}

/** Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629), or -1. */
export function invalidUtf8At(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const lead = leadByte(c);
    if (!lead) return i;
    const [need, min, max] = lead;
    if (i + need >= n) return i; // cut short at the end of the file
    if (b[i + 1] < min || b[i + 1] > max) return i;
    for (let k = 2; k <= need; k++) if (b[i + k] < 0x80 || b[i + k] > 0xbf) return i;
    i += need + 1;
  }
  return -1;
}

function lineAndColumn(b: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (b[i] === 0x0a) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Decodes a sidecar's bytes; text comes back with LF line ends and no BOM, the format says what they were. */
export function decodeSidecarBytes(bytes: Uint8Array): DecodedSidecar {
  const bad = invalidUtf8At(bytes);
  if (bad >= 0) {
    const { line, column } = lineAndColumn(bytes, bad);
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      problem: {
        line,
        column,
        message: `the annotations file is not valid UTF-8 (byte 0x${hex} at line ${line}, column ${column}); it was probably saved in another encoding, such as Latin-1. It is not loaded and never overwritten: save it again as UTF-8`,
      },
    };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  const firstBreak = text.indexOf('\n');
  const crlf = firstBreak > 0 && text.charCodeAt(firstBreak - 1) === 13;
  if (text.includes('\r\n')) text = text.replace(/\r\n/g, '\n');
  return { ok: true, text, format: { bom, crlf } };
}

/** The bytes to write for `text` (LF line ends, as the serializer makes it) in the file's own format. */
export function encodeSidecarText(text: string, format: SidecarFormat): Uint8Array {
  const body = new TextEncoder().encode(format.crlf ? text.replace(/\r?\n/g, '\r\n') : text);
  if (!format.bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
