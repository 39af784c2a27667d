/**
 * Setka's widgets for Decap CMS (named in the generated config, src/lib/cms/fields.ts and form.ts):
 * - `setka-date`: a date typed as ДД.ММ.ГГГГ (or picked from the browser's own calendar) and
 *   stored as strict ISO; it never guesses a year, and warns when the date is outside the
 *   roadmap's period;
 * - `list` with `setka_prefill: report-rows`: Decap's own list of report rows, pre-filled with the items due from the
 *   school in the chosen month as soon as school and month are chosen (while no row is filled in);
 * - `setka-coordinator`: Decap's own «Кто заполнил» block, pre-filled with the school's coordinator
 *   from the pairing list while it is empty.
 */
import { dueItems, type PreviewData } from '../../lib/cms/preview-data';
import { displayDate, parseTypedDate, todayIso } from '../../lib/cms/date-input';
import { farFromPeriods, lastSubmissionDay } from '../../lib/check/report-rules';
import { formatDateNumeric } from '../../lib/dates';
import { t } from '../../i18n/ru';
import { decapStore, type ComponentClass, type CreateElement, type Decap, type ImmutableList, type ImmutableMap, type WidgetProps } from './decap';

type CreateClass = (spec: Record<string, unknown>) => ComponentClass;

interface Component<S> {
  props: WidgetProps;
  state: S;
  setState(state: Partial<S>): void;
}

function fieldOf(entry: ImmutableMap, name: string): string {
  const value = entry.getIn(['data', name]);
  return typeof value === 'string' ? value : '';
}

/** The period a date field is checked against: the report's roadmap (reports), else every roadmap. */
function dateWarning(props: WidgetProps, iso: string, data: PreviewData | undefined): string | undefined {
  if (!data) return undefined;
  const entry = (decapStore()?.getState().entryDraft?.get('entry') as ImmutableMap | undefined) ?? props.entry;
  const collection = entry.get('collection');
  const name = props.field.get('name');
  if (collection === 'reports' && name === 'submitted') {
    const roadmap = data.roadmaps[fieldOf(entry, 'roadmap')];
    if (!roadmap) return undefined;
    const last = lastSubmissionDay(roadmap.period);
    if (iso >= roadmap.period.start && iso <= last) return undefined;
    return outside(iso, roadmap.period.start, last);
  }
  const periods = Object.values(data.roadmaps).map((r) => r.period);
  const range = farFromPeriods(iso, periods);
  return range ? outside(iso, range.from, range.to) : undefined;
}

function outside(iso: string, start: string, end: string): string {
  return t('cms.date.outside').replace('{date}', formatDateNumeric(iso)).replace('{start}', formatDateNumeric(start)).replace('{end}', formatDateNumeric(end));
}

/** Registers the three widgets; `data` gives /admin/preview-data.json once loaded. */
export function registerWidgets(cms: Decap, h: CreateElement, createClass: CreateClass, data: () => PreviewData | undefined): void {
  interface DateState {
    text: string;
  }
  const DateControl = createClass({
    getInitialState(this: Component<DateState>): DateState {
      return { text: displayDate(this.props.value) };
    },
    componentDidMount(this: Component<DateState>) {
      // `default: '{{now}}'` (the report's submission date): today, from the browser's clock.
      if (this.props.value === '{{now}}') this.props.onChange(todayIso());
    },
    componentDidUpdate(this: Component<DateState>, prev: WidgetProps) {
      if (prev.value === this.props.value) return;
      const typed = parseTypedDate(this.state.text);
      if (typed !== this.props.value && this.state.text !== this.props.value) this.setState({ text: displayDate(this.props.value) });
    },
    isValid(this: Component<DateState>) {
      const text = this.state.text.trim();
      if (!text || parseTypedDate(text)) return true;
      return { error: { message: t('cms.date.invalid') } };
    },
    render(this: Component<DateState>) {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange } = this.props;
      const iso = parseTypedDate(this.state.text);
      const warning = iso ? dateWarning(this.props, iso, data()) : undefined;
      const hintId = `${forID}-setka-date`;
      return h(
        'div',
        { className: classNameWrapper, 'data-setka-date': '' },
        h('input', {
          id: forID,
          type: 'text',
          inputMode: 'numeric',
          autoComplete: 'off',
          placeholder: 'ДД.ММ.ГГГГ',
          value: this.state.text,
          'aria-describedby': warning ? hintId : undefined,
          style: { border: 0, outline: 'none', font: 'inherit', width: '100%', background: 'transparent' },
          onFocus: setActiveStyle,
          onBlur: () => {
            setInactiveStyle();
            if (iso) this.setState({ text: displayDate(iso) });
          },
          onChange: (event: { target: { value: string } }) => {
            const text = event.target.value;
            this.setState({ text });
            const parsed = parseTypedDate(text);
            // What is stored is exactly the typed date, or the raw text (refused by the form and the check).
            onChange(parsed ?? (text.trim() ? text : ''));
          },
        }),
        warning && h('p', { id: hintId, role: 'status', style: { margin: '0.4em 0 0', padding: '0.3em 0.6em', background: '#fff4ce', color: '#5c4400', fontWeight: 700 } }, warning),
      );
    },
  });
  cms.registerWidget('setka-date', DateControl, (props: { value?: unknown }) => h('span', null, displayDate(props.value)));

  const list = cms.getWidget('list');
  const object = cms.getWidget('object');
  if (!list || !object) throw new Error('Decap CMS: нет встроенных виджетов list/object');

  /**
   * The entry being edited, fresh: a widget re-renders only when its own value changes, so the
   * pre-filling widgets listen to Decap's store for school, month and roadmap.
   */
  interface Listening {
    unsubscribe?: () => void;
    prefill(): void;
  }
  const listen = (self: Listening) => {
    const store = decapStore();
    if (store) self.unsubscribe = store.subscribe(() => setTimeout(() => self.prefill(), 0));
    setTimeout(() => self.prefill(), 0);
  };
  const currentEntry = (props: WidgetProps): ImmutableMap => {
    const draft = decapStore()?.getState().entryDraft;
    return (draft?.get('entry') as ImmutableMap | undefined) ?? props.entry;
  };

  interface RowsState {
    generation: number;
    note: string;
  }
  /** Rows nobody has filled in yet (only an item number, or nothing): safe to replace. */
  const untouched = (value: unknown): boolean => {
    const rows = value && typeof (value as ImmutableList).toJS === 'function' ? ((value as ImmutableList).toJS() as Array<Record<string, unknown>>) : [];
    return rows.every((row) => !row || Object.entries(row).every(([k, v]) => k === 'item' || v === undefined || v === null || v === ''));
  };
  const prefillsRows = (props: WidgetProps) => props.field.get('setka_prefill') === 'report-rows';
  const RowsControl = createClass({
    getInitialState(): RowsState {
      return { generation: 0, note: '' };
    },
    componentDidMount(this: Component<RowsState> & Listening) {
      if (prefillsRows(this.props)) listen(this);
    },
    componentWillUnmount(this: Listening) {
      this.unsubscribe?.();
    },
    prefill(this: Component<RowsState> & { lastKey?: string }) {
      const index = data();
      const entry = currentEntry(this.props);
      const school = fieldOf(entry, 'school');
      const month = fieldOf(entry, 'month');
      const roadmap = fieldOf(entry, 'roadmap');
      if (!index || !school || !month || !roadmap) return;
      const key = `${roadmap}|${school}|${month}`;
      if (key === this.lastKey) return;
      const first = this.lastKey === undefined;
      this.lastKey = key;
      // An existing report opens as it was saved; a new one is filled while nothing is typed in.
      if ((first && entry.get('newRecord') === false) || !untouched(this.props.value)) return;
      const items = dueItems(index, roadmap, school, month);
      const emptyRow = (entry.get('data') as ImmutableMap).clear();
      let rows = (entry.get('data') as ImmutableMap).toList().clear();
      for (const item of items) rows = rows.push(emptyRow.set('item', item));
      if (items.length > 0) this.props.onChange(rows);
      this.setState({
        generation: this.state.generation + 1,
        note: items.length > 0 ? t('cms.rows.prefilled').replace('{count}', String(items.length)) : t('cms.rows.none'),
      });
    },
    render(this: Component<RowsState>) {
      if (!prefillsRows(this.props)) return h(list.control, this.props);
      return h(
        'div',
        null,
        this.state.note && h('p', { role: 'status', 'data-setka-prefill': '', style: { margin: '0 0 0.6em', color: '#1f4d2b' } }, this.state.note),
        // A new key remounts Decap's list so its row bookkeeping matches the new rows.
        h(list.control, { ...this.props, key: this.state.generation }),
      );
    },
  });
  // Decap's own `list`, wrapped: only a list marked `setka_prefill` behaves differently.
  cms.registerWidget('list', RowsControl, list.preview);

  interface PersonState {
    generation: number;
  }
  const blankPerson = (value: unknown): boolean => {
    const person = value && typeof (value as ImmutableMap).toJS === 'function' ? ((value as ImmutableMap).toJS() as Record<string, unknown>) : {};
    return !person.name && !person.position;
  };
  const CoordinatorControl = createClass({
    getInitialState(): PersonState {
      return { generation: 0 };
    },
    componentDidMount(this: Component<PersonState> & Listening) {
      listen(this);
    },
    componentWillUnmount(this: Listening) {
      this.unsubscribe?.();
    },
    prefill(this: Component<PersonState> & { lastSchool?: string; filled?: string }) {
      const index = data();
      const entry = currentEntry(this.props);
      const { value, onChange } = this.props;
      const school = fieldOf(entry, 'school');
      if (!index || !school || school === this.lastSchool) return;
      this.lastSchool = school;
      const coordinator = index.schools[school]?.coordinator;
      const current = value && typeof (value as ImmutableMap).toJS === 'function' ? JSON.stringify((value as ImmutableMap).toJS()) : '';
      // Fill while empty, or replace what was filled for the school chosen before.
      if (!coordinator || !(blankPerson(value) || current === this.filled)) return;
      const person = (entry.get('data') as ImmutableMap).clear().set('name', coordinator.name).set('position', coordinator.position);
      this.filled = JSON.stringify({ name: coordinator.name, position: coordinator.position });
      onChange(person);
      this.setState({ generation: this.state.generation + 1 });
    },
    render(this: Component<PersonState>) {
      return h(object.control, { ...this.props, key: this.state.generation });
    },
  });
  cms.registerWidget('setka-coordinator', CoordinatorControl, object.preview);
}
