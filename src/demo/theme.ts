/**
 * The demo's look: the kit's default theme or an invented provincial portal's (src/demo/themes/). Both stylesheets
 * are always loaded and keyed on `<html data-theme>`, so switching is one attribute change, with no reload and no
 * request, and works under the page's `style-src 'self'` policy (no inline styles). The choice is remembered on the
 * device like the language.
 */
export const THEMES = ['default', 'province'] as const;
export type Theme = (typeof THEMES)[number];

const THEME_STORAGE_KEY = 'dvc-kit-demo-theme';

export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return THEMES.find((theme) => theme === value) ?? 'default';
  } catch {
    // Storage may be disabled (private mode, embedded views); the default look is then fine.
    return 'default';
  }
}

/** Shows the page in `theme`, and remembers it when `remember` is set (a choice the person made). */
export function applyTheme(theme: Theme, remember = false): void {
  document.documentElement.dataset.theme = theme;
  if (!remember) return;
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not remembering the choice is acceptable; the page still switches.
  }
}
