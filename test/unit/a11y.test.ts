import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { A11Y_STORAGE_KEY, DEFAULT_A11Y, a11yAttributes, parseA11y, serializeA11y } from '../../src/lib/a11y';

describe('parseA11y', () => {
  it.each([
    [null, DEFAULT_A11Y],
    ['', DEFAULT_A11Y],
    ['not json', DEFAULT_A11Y],
    ['null', DEFAULT_A11Y],
    ['5', DEFAULT_A11Y],
    ['{"enabled":"yes"}', DEFAULT_A11Y],
    ['{"enabled":true}', { ...DEFAULT_A11Y, enabled: true }],
    ['{"enabled":true,"size":"200","scheme":"blue","spacing":"wider","images":"off"}', { enabled: true, size: '200', scheme: 'blue', spacing: 'wider', images: 'off' }],
    ['{"enabled":true,"size":"999","scheme":"red","spacing":1,"images":null}', { ...DEFAULT_A11Y, enabled: true }],
  ])('%j', (raw, expected) => expect(parseA11y(raw)).toEqual(expected));

  it('round-trips through serializeA11y', () => {
    const s = { enabled: true, size: '175', scheme: 'wb', spacing: 'wide', images: 'off' } as const;
    expect(parseA11y(serializeA11y(s))).toEqual(s);
  });
});

describe('a11yAttributes', () => {
  it('sets nothing while the version is off', () => expect(a11yAttributes({ ...DEFAULT_A11Y, scheme: 'wb' })).toEqual({}));
  it('sets the mode and every choice when on', () =>
    expect(a11yAttributes({ ...DEFAULT_A11Y, enabled: true, scheme: 'wb' })).toEqual({
      'data-a11y': 'on',
      'data-a11y-size': '150',
      'data-a11y-scheme': 'wb',
      'data-a11y-spacing': 'normal',
      'data-a11y-images': 'on',
    }));
});

/** Runs public/a11y-init.js against a fake document and storage; returns the attributes it set. */
function runInit(stored: string | null, storageThrows = false): Record<string, string> {
  const attrs: Record<string, string> = {};
  const window = {
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('SecurityError');
        return key === A11Y_STORAGE_KEY ? stored : null;
      },
    },
  };
  const document = { documentElement: { setAttribute: (k: string, v: string) => (attrs[k] = v) } };
  runInNewContext(readFileSync('public/a11y-init.js', 'utf8'), { window, document, JSON });
  return attrs;
}

describe('public/a11y-init.js applies the same attributes as src/lib/a11y.ts', () => {
  it.each([
    null,
    'garbage',
    '{"enabled":false,"scheme":"wb"}',
    '{"enabled":true}',
    '{"enabled":true,"size":"200","scheme":"blue","spacing":"wider","images":"off"}',
    '{"enabled":true,"size":"175","scheme":"wb","spacing":"wide","images":"on"}',
    '{"enabled":true,"size":"1","scheme":"<b>","spacing":"x","images":"y"}',
  ])('%j', (stored) => {
    const { 'data-js': js, ...rest } = runInit(stored);
    expect(js).toBe('');
    expect(rest).toEqual(a11yAttributes(parseA11y(stored)));
  });
  it('does not fail when storage is unavailable', () => expect(runInit(null, true)).toEqual({ 'data-js': '' }));
});
