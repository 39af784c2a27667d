import { HtmlValidate, type ConfigData } from 'html-validate';
import type { BuiltSite } from './site';

/**
 * Every html-validate rule the project turns off or narrows (in `.htmlvalidate.json`), with the
 * reason. A test keeps this table and the config in step: no rule changes silently.
 */
export const HTML_RULE_CHANGES: Readonly<Record<string, string>> = {
  'prefer-native-element':
    'кроме role="region": обёртка широкой таблицы — прокручиваемая область с названием (<div role="region" tabindex="0" aria-label>), а не самостоятельный раздел документа, для которого есть <section>',
  'long-title':
    'заголовок страницы — официальное название документа дословно («Об организации сетевого взаимодействия …») и имя организации; сокращать его нельзя, а правило лишь поисковая рекомендация, не ошибка разметки',
};

/** One HTML validation error. */
export interface HtmlProblem {
  page: string;
  line: number;
  column: number;
  rule: string;
  /** Message from html-validate (English) with the page and position. */
  message: string;
}

/** Validates every page of a built site against the given html-validate config; returns every error. */
export function validatePages(site: BuiltSite, config: ConfigData): HtmlProblem[] {
  const validator = new HtmlValidate(config);
  const problems: HtmlProblem[] = [];
  for (const page of site.pages) {
    const report = validator.validateStringSync(site.read(page), page);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity < 2) continue;
        problems.push({ page, line: m.line, column: m.column, rule: m.ruleId, message: `${page}:${m.line}:${m.column} [${m.ruleId}] ${m.message}` });
      }
    }
  }
  return problems;
}
