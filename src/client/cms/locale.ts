import type { Decap } from './decap';

type Phrases = { [key: string]: string | Phrases };

function merge(base: Phrases, changes: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return out;
}

/**
 * Wording changes to Decap's Russian interface: «＋ отчёт» (a full-width plus many fonts
 * lack) becomes «Добавить отчёт» — collections give their singular label in the accusative;
 * «Cтатус» is spelt with a Latin C in Decap 3.16 (screen readers stumble on it).
 */
export const RUSSIAN_CHANGES: Phrases = {
  collection: { collectionTop: { newButton: 'Добавить %{collectionLabel}' } },
  editor: { editorToolbar: { status: 'Статус: %{status}' } },
};

/** Registers Decap's Russian phrases with Setka's changes; must run before `CMS.init()`. */
export function tuneRussian(cms: Decap): void {
  const ru = cms.getLocale('ru') as Phrases | undefined;
  if (ru) cms.registerLocale('ru', merge(ru, RUSSIAN_CHANGES));
}
