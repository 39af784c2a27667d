/**
 * Deflate in pieces that join into one stream. Each piece is compressed on its own: a fresh raw
 * deflate stream ended with a sync flush, so it ends on a byte boundary, has no final block and
 * refers to nothing before it. Pieces written one after another and closed by an empty final
 * block are a valid deflate stream of their contents joined. A piece that recurs in many files
 * (a month's blank that every school's DOCX holds) is compressed once and its bytes reused.
 *
 * The CRC-32 of the joined content is combined from the pieces' CRCs (zlib's crc32_combine), so a
 * piece keeps only its compressed bytes.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** A compressed piece: its deflate bytes (no final block) and the size and CRC-32 of what it holds. */
export interface Piece {
  readonly deflated: Uint8Array<ArrayBuffer>;
  readonly size: number;
  readonly crc: number;
}

/**
 * Content as a piece. Text is encoded as UTF-8 (Node's encoder: several times faster than
 * `TextEncoder` on Cyrillic). `level`: zlib's, 6 by default; a piece shared by many files is
 * worth 9.
 */
export function piece(content: string | Uint8Array, level = 6): Piece {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  if (bytes.length === 0) return EMPTY;
  return { deflated: deflateRawSync(bytes, { level, finishFlush: constants.Z_SYNC_FLUSH }), size: bytes.length, crc: crc32(bytes) };
}

const EMPTY: Piece = { deflated: new Uint8Array(0), size: 0, crc: 0 };

/** The empty final block that ends a joined stream (what zlib writes for no input). */
const FINAL = new Uint8Array(deflateRawSync(new Uint8Array(0)));

/** Pieces joined: the deflate stream as chunks (the final block last), and the size and CRC-32 of the content. */
export function join(pieces: readonly Piece[]): { chunks: Array<Uint8Array<ArrayBuffer>>; size: number; crc: number } {
  const chunks: Array<Uint8Array<ArrayBuffer>> = [];
  let size = 0;
  let crc = 0;
  for (const p of pieces) {
    if (p.size === 0) continue;
    chunks.push(p.deflated);
    crc = crc32Combine(crc, p.crc, p.size);
    size += p.size;
  }
  chunks.push(FINAL);
  return { chunks, size, crc };
}

// CRC-32 combination as zlib does it (crc32.c: multmodp, x2nmodp): polynomial arithmetic modulo
// the CRC polynomial, reflected, with x^(2^k) precomputed.
const POLY = 0xedb88320;

/** a(x)·b(x) modulo p(x). */
function multmodp(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** x^(2^k) modulo p(x), k = 0…31. */
const X2N = (() => {
  const table = new Uint32Array(32);
  let p = 0x40000000; // x^1
  table[0] = p;
  for (let k = 1; k < 32; k++) table[k] = p = multmodp(p, p);
  return table;
})();

/** x^(n·2^k) modulo p(x). */
function x2nmodp(n: number, k: number): number {
  let p = 0x80000000; // x^0
  while (n) {
    if (n & 1) p = multmodp(X2N[k & 31]!, p);
    n = Math.floor(n / 2);
    k++;
  }
  return p;
}

/** CRC-32 of A followed by B, from the CRC-32 of A, the CRC-32 of B and the length of B. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multmodp(x2nmodp(lengthB, 3), crcA) ^ crcB) >>> 0;
}
