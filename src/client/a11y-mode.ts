/**
 * Version for the visually impaired: the header switch turns it on and off, the panel changes
 * its settings. Every change is applied at once as `data-*` attributes on `<html>` (styles in
 * `src/styles/a11y.css`) and remembered in localStorage. `public/a11y-init.js` applies the stored
 * choice early on the next page. Without JavaScript the switch is a link to /accessibility/.
 */
import {
  A11Y_ATTRIBUTE_NAMES,
  A11Y_OPTIONS,
  A11Y_STORAGE_KEY,
  a11yAttributes,
  parseA11y,
  serializeA11y,
  type A11ySettingName,
  type A11ySettings,
} from '../lib/a11y';

function load(): A11ySettings {
  try {
    return parseA11y(window.localStorage.getItem(A11Y_STORAGE_KEY));
  } catch {
    return parseA11y(null);
  }
}

function save(settings: A11ySettings): void {
  try {
    window.localStorage.setItem(A11Y_STORAGE_KEY, serializeA11y(settings));
  } catch {
    // Private mode or storage disabled: the choice holds for this page only.
  }
}

/** Puts the settings on `<html>` (removing attributes of the previous choice). */
export function applyA11y(settings: A11ySettings, root: HTMLElement = document.documentElement): void {
  for (const name of A11Y_ATTRIBUTE_NAMES) root.removeAttribute(name);
  for (const [name, value] of Object.entries(a11yAttributes(settings))) root.setAttribute(name, value);
}

/** The setting a panel radio button changes (`name="a11y-size"` → `size`), or null. */
function settingOf(input: HTMLInputElement): A11ySettingName | null {
  const name = input.name.replace(/^a11y-/, '');
  return input.type === 'radio' && name in A11Y_OPTIONS ? (name as A11ySettingName) : null;
}

/** Wires the header switch and the settings panel. */
export function initA11yMode(): void {
  document.documentElement.setAttribute('data-js', '');
  const toggles = document.querySelectorAll<HTMLButtonElement>('[data-a11y-toggle]');
  const panel = document.getElementById('a11y-panel');
  let settings = load();

  const render = () => {
    applyA11y(settings);
    toggles.forEach((b) => b.setAttribute('aria-pressed', String(settings.enabled)));
    panel?.querySelectorAll<HTMLInputElement>('input[type="radio"]').forEach((input) => {
      const name = settingOf(input);
      if (name) input.checked = settings[name] === input.value;
    });
  };
  const update = (next: A11ySettings) => {
    settings = next;
    save(settings);
    render();
  };

  const details = panel?.querySelector<HTMLDetailsElement>('[data-a11y-details]');
  toggles.forEach((button) =>
    button.addEventListener('click', () => {
      update({ ...settings, enabled: !settings.enabled });
      // Just turned on: show the settings once; on later pages the panel stays folded.
      if (settings.enabled && details) details.open = true;
    }),
  );
  panel?.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const name = settingOf(input);
    if (name && (A11Y_OPTIONS[name] as readonly string[]).includes(input.value)) update({ ...settings, [name]: input.value });
  });
  panel?.querySelector<HTMLButtonElement>('[data-a11y-off]')?.addEventListener('click', () => {
    update({ ...settings, enabled: false });
    toggles[0]?.focus();
  });
  // Another tab changed the choice: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key !== A11Y_STORAGE_KEY) return;
    settings = parseA11y(event.newValue);
    render();
  });
  render();
}
