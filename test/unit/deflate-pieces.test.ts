import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32, inflateRawSync } from 'node:zlib';
import { crc32Combine, join, piece } from '../../src/lib/export/deflate-pieces';

describe('deflate pieces', () => {
  it('joined pieces inflate to their contents in order, with the size and CRC-32 of the whole', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), fc.constant('')), { maxLength: 8 }), (texts) => {
        const joined = join(texts.map((t) => piece(t)));
        const whole = Buffer.from(texts.join(''), 'utf8');
        expect(inflateRawSync(Buffer.concat(joined.chunks)).equals(whole)).toBe(true);
        expect(joined.size).toBe(whole.length);
        expect(joined.crc).toBe(crc32(whole));
      }),
      { numRuns: 100 },
    );
  });

  it('a piece used twice, and a piece of 300 KB (more than the 32 KB window) between others', () => {
    const big = 'Проведение семинара <w:t>для педагогов</w:t> '.repeat(7000);
    const small = piece('школа «Журавлевская»');
    const joined = join([piece(big), small, piece(big), small]);
    expect(inflateRawSync(Buffer.concat(joined.chunks)).toString('utf8')).toBe(`${big}школа «Журавлевская»${big}школа «Журавлевская»`);
  });

  it('crc32Combine agrees with zlib on the joined bytes, and for a 5 MB second part', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), fc.uint8Array({ maxLength: 70_000 }), (a, b) => {
        expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(Buffer.concat([a, b])));
      }),
      { numRuns: 300 },
    );
    const zeros = Buffer.alloc(5_000_000);
    expect(crc32Combine(crc32('a'), crc32(zeros), zeros.length)).toBe(crc32(Buffer.concat([Buffer.from('a'), zeros])));
  });
});
