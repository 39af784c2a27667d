/** The few parts of Decap CMS's browser API (window.CMS, window.h) that Setka's admin scripts use. */

/** Immutable.js Map as Decap hands entries to previews and event handlers. */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: Array<string | number>): unknown;
  deleteIn(path: Array<string | number>): ImmutableMap;
  toJS(): unknown;
}

/** React's createElement, which Decap exposes as `window.h`. */
export type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** Props Decap gives a preview template. */
export interface PreviewProps {
  entry: ImmutableMap;
}

export interface Decap {
  init(): void;
  getLocale(locale: string): unknown;
  registerLocale(locale: string, phrases: unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => unknown): void;
  registerEventListener(listener: { name: 'preSave'; handler: (args: { entry: ImmutableMap }) => unknown }): void;
}

declare global {
  interface Window {
    CMS?: Decap;
    h?: CreateElement;
    webpackChunkDecapCms?: unknown[];
  }
}

/** Decap's API, loaded by /admin/decap-cms.js before this module runs. */
export function decap(): { cms: Decap; h: CreateElement } {
  if (!window.CMS || !window.h) throw new Error('Decap CMS не загрузилась: нет /admin/decap-cms.js');
  return { cms: window.CMS, h: window.h };
}
