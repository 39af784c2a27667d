/** The few parts of Decap CMS's browser API (window.CMS, window.h) that Setka's admin scripts use. */

/** Immutable.js Map as Decap hands entries to previews and event handlers. */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: Array<string | number>): unknown;
  deleteIn(path: Array<string | number>): ImmutableMap;
  set(key: string | number, value: unknown): ImmutableMap;
  clear(): ImmutableMap;
  toList(): ImmutableList;
  toJS(): unknown;
}

/** Immutable.js List, as Decap keeps list values. */
export interface ImmutableList {
  clear(): ImmutableList;
  push(value: unknown): ImmutableList;
  size: number;
  toJS(): unknown;
}

/** Props Decap gives a widget's control component. */
export interface WidgetProps {
  value: unknown;
  entry: ImmutableMap;
  field: ImmutableMap;
  forID: string;
  classNameWrapper: string;
  onChange(value: unknown): void;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  [key: string]: unknown;
}

/** A component class made by `createClass` (React's create-react-class, exposed by Decap). */
export type ComponentClass = unknown;

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
  registerEventListener(listener: { name: 'preSave' | 'postSave'; handler: (args: { entry: ImmutableMap }) => unknown }): void;
  registerWidget(name: string, control: ComponentClass, preview?: unknown): void;
  getWidget(name: string): { control: ComponentClass; preview?: unknown } | undefined;
  registerCustomFormat(name: string, extension: string, formatter: { fromFile(content: string): unknown; toFile(data: unknown, sortedKeys?: string[], comments?: Record<string, string>): string }): void;
}

declare global {
  interface Window {
    CMS?: Decap;
    h?: CreateElement;
    createClass?: (spec: Record<string, unknown>) => ComponentClass;
    webpackChunkDecapCms?: unknown[];
  }
}

/** The part of Decap's Redux store the widgets read: the entry being edited, fresh on every change. */
export interface DecapStore {
  getState(): { entryDraft?: ImmutableMap };
  subscribe(listener: () => void): () => void;
}

/**
 * Decap's Redux store, found through React's fiber of a node Decap drew (its `Provider` holds
 * it). A widget re-renders only when its own value changes, so a field that depends on others
 * (the report rows on school and month) listens to the store. Undefined if not found.
 */
export function decapStore(from: Element | null = document.querySelector('#nc-root *')): DecapStore | undefined {
  if (!from) return undefined;
  const key = Object.keys(from).find((k) => k.startsWith('__reactFiber$'));
  type Fiber = { return: Fiber | null; memoizedProps?: { store?: DecapStore } | null };
  for (let fiber = key ? ((from as unknown as Record<string, Fiber>)[key] ?? null) : null; fiber; fiber = fiber.return) {
    const store = fiber.memoizedProps?.store;
    if (store && typeof store.getState === 'function' && typeof store.subscribe === 'function') return store;
  }
  return undefined;
}

/** Decap's API, loaded by /admin/decap-cms.js before this module runs. */
export function decap(): { cms: Decap; h: CreateElement; createClass: (spec: Record<string, unknown>) => ComponentClass } {
  if (!window.CMS || !window.h || !window.createClass) throw new Error('Decap CMS не загрузилась: нет /admin/decap-cms.js');
  return { cms: window.CMS, h: window.h, createClass: window.createClass };
}
