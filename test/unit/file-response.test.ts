/**
 * The endpoints' file answers (src/lib/page-cache/file-response.ts): the same bytes whoever reads
 * them, and the page cache's middleware takes the bytes a file was made from instead of a copy.
 */
import { describe, expect, it } from 'vitest';
import { fileResponse, responseBytes } from '../../src/lib/page-cache/file-response';

describe('fileResponse', () => {
  it('answers text as its UTF-8 bytes with the Content-Type given, as a text body would', async () => {
    const text = 'Сроки «дорожной карты»;\r\nитого — 3\ud800 школы';
    const response = fileResponse(text, 'text/csv; charset=utf-8');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const read = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(read).equals(Buffer.from(await new Response(text).arrayBuffer()))).toBe(true);
  });

  it('gives the middleware the bytes it was made from, not a copy', async () => {
    const bytes = new Uint8Array(Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'));
    const response = fileResponse(bytes, 'text/calendar; charset=utf-8');
    const taken = await responseBytes(response);
    expect(taken).toBe(bytes);
  });

  it('reads a Response it did not make, and one whose body was already read', async () => {
    const other = new Response('Положение');
    expect(Buffer.from(await responseBytes(other)).toString('utf8')).toBe('Положение');
    const response = fileResponse('Приказ № 5', 'text/plain; charset=utf-8');
    const clone = response.clone();
    await response.text();
    expect(response.bodyUsed).toBe(true);
    await expect(responseBytes(response)).rejects.toThrow();
    expect(Buffer.from(await responseBytes(clone)).toString('utf8')).toBe('Приказ № 5');
  });

  it('answers an empty file with an empty body', async () => {
    expect((await fileResponse('', 'text/plain').arrayBuffer()).byteLength).toBe(0);
    expect((await responseBytes(fileResponse('', 'text/plain'))).length).toBe(0);
  });
});
