import { html, nothing, render, type TemplateResult } from 'lit';
import { LANGS, type Lang } from '../core/definition/types.js';
import { langReady, loadLang, t, text } from '../i18n/index.js';
import '../elements/form/form.js';
import '../elements/update-banner/update-banner.js';
import { registerServiceWorker, type UpdateReady } from '../sync/service-worker.js';
import { loadProcedureIndex, type ProcedureEntry } from './procedures.js';
import { applyTheme, storedTheme, THEMES, type Theme } from './theme.js';

/**
 * The demo portal: a list of procedures with the drafts kept on this device, and one `<dvc-form>` at a time, routed
 * by the URL hash (`#/<procedure id>` for a new form, `#/<procedure id>/<draft id>` once it is saved) so that Back
 * works, a link opens a procedure directly, and a reload resumes the draft. It renders into the light DOM with plain CSS
 * (demo.css) because it is a page, not a reusable element; everything it says comes from src/i18n.
 */

const LANG_STORAGE_KEY = 'dvc-kit-demo-lang';
/**
 * Where submissions go: the submission API of `dvc-kit serve`, which serves this demo (`npm start`). A portal sets its
 * own back office's URL here (docs/submission-api.md).
 */
const ENDPOINT = '/api/v1';
const app = document.getElementById('app')!;
/** The procedures of forms/index.json, by id; empty until the index is read. */
const summaries = new Map<string, ProcedureEntry>();
/** Until the index is read, a deep link cannot tell an unknown procedure from one not listed yet. */
let indexState: 'loading' | 'ready' | 'failed' = 'loading';
/** What the page says, in each state of the index, where a procedure or the list cannot be shown yet or at all. */
const MISSING = { loading: 'loadingProcedures', ready: 'procedureNotFound', failed: 'proceduresLoadFailed' } as const;
let lang: Lang = storedLang() ?? 'vi';
let theme: Theme = storedTheme();
// Set before the first render, so that a remembered theme never flashes the default one.
applyTheme(theme);
/** The embed snippet's module, loaded the first time a person opens the section (see onEmbedToggle). */
let embed: typeof import('./embed.js') | undefined;
interface Route {
  procedure: string;
  /** A saved draft to resume; undefined for a new form. */
  draftId?: string;
}

/** The procedure shown, or undefined for the list. */
let route: Route | undefined = routeFromHash();
/** A new version of the app that waits for the person's go-ahead (see onUpdateAccepted). */
let pendingUpdate: UpdateReady | undefined;
let updateBannerOpen = false;
let updateSaveFailed = false;
let applyingUpdate = false;
let offlineReady = false;

function storedLang(): Lang | undefined {
  try {
    const value = localStorage.getItem(LANG_STORAGE_KEY);
    return LANGS.find((l) => l === value);
  } catch {
    // Storage may be disabled (private mode, embedded views); the default language is then fine.
    return undefined;
  }
}

function routeFromHash(): Route | undefined {
  const match = /^#\/([a-z0-9-]+)(?:\/([A-Za-z0-9-]+))?\/?$/.exec(location.hash);
  if (!match) return undefined;
  return { procedure: match[1], draftId: match[2] === 'new' ? undefined : match[2] };
}

function sameRoute(a: Route | undefined, b: Route | undefined): boolean {
  return a?.procedure === b?.procedure && a?.draftId === b?.draftId;
}

/**
 * A new form got its draft id with its first save: the address now names the draft, so that a reload or a shared
 * tablet's next person finds it. The same form element stays (replaceState fires no hashchange).
 */
function onDraftSaved(event: Event): void {
  const { draftId } = event as Event & { draftId: string };
  if (!route || route.draftId === draftId) return;
  route = { ...route, draftId };
  history.replaceState(history.state, '', `#/${route.procedure}/${draftId}`);
  update();
}

/** "Fix the application" on a submission the authority sent back: its draft opens in the form. */
function onSubmissionFix(event: Event): void {
  const { procedureId, draftId } = event as Event & { procedureId: string; draftId: string };
  location.hash = `#/${procedureId}/${draftId}`;
}

function onDraftSelected(event: Event): void {
  const { procedureId, draftId } = event as Event & { procedureId: string; draftId: string };
  location.hash = `#/${procedureId}/${draftId}`;
}

function setLang(next: Lang): void {
  lang = next;
  try {
    localStorage.setItem(LANG_STORAGE_KEY, next);
  } catch {
    // Not remembering the choice is acceptable; the page still switches.
  }
  update();
}

function onLangChange(event: Event): void {
  const value = (event.target as HTMLSelectElement).value;
  setLang(LANGS.find((l) => l === value) ?? 'vi');
}

function onThemeChange(event: Event): void {
  const value = (event.target as HTMLSelectElement).value;
  theme = THEMES.find((name) => name === value) ?? 'default';
  applyTheme(theme, true);
  update();
}

function onEmbedToggle(event: Event): void {
  if (embed || !(event.target as HTMLDetailsElement).open) return;
  import('./embed.js').then(
    (module) => {
      embed = module;
      update();
    },
    () => {
      // Offline before the chunk was cached: closing and opening the section again retries.
    },
  );
}

/** The skip link moves focus itself: following `#main` would replace the route in the hash. */
function onSkip(event: Event): void {
  event.preventDefault();
  focusMain();
}

/** Puts focus on the new view's heading (so a screen reader announces it), or on `<main>` when there is none. */
function focusMain(): void {
  const main = document.getElementById('main');
  const target = main?.querySelector<HTMLElement>('h1') ?? main;
  target?.focus();
  main?.scrollIntoView();
}

/**
 * The person accepted the new version. Every open form saves its draft first; only when all have saved does the
 * page switch, because the switch reloads it. If one cannot save (a full disk, say), nothing reloads: the banner
 * stays, says why, and what was typed stays on screen.
 */
async function onUpdateAccepted(): Promise<void> {
  if (!pendingUpdate || applyingUpdate) return;
  applyingUpdate = true;
  updateSaveFailed = false;
  update();
  try {
    await Promise.all([...document.querySelectorAll('dvc-form')].map((form) => form.saveNow()));
  } catch {
    applyingUpdate = false;
    updateSaveFailed = true;
    update();
    return;
  }
  await pendingUpdate.apply();
  // The reload follows once the new version controls the page; until then a second press only asks again.
  applyingUpdate = false;
}

function onUpdateDismissed(): void {
  updateBannerOpen = false;
  updateSaveFailed = false;
  update();
  // The button that had focus is gone with the banner; the person carries on from the page's heading.
  focusMain();
}

function renderHeader(): TemplateResult {
  return html`
    <a class="skip-link" href="#main" @click=${onSkip}>${t(lang, 'skipToContent')}</a>
    <header class="site-header">
      <div class="container header-row">
        <div>
          <p class="brand"><a href="#/">${t(lang, 'appName')}</a></p>
          <p class="tagline">${t(lang, 'appTagline')}</p>
        </div>
        <div class="switches">
          <div class="switch">
            <label for="language">${t(lang, 'languageLabel')}</label>
            <select id="language" @change=${onLangChange}>
              <option value="vi" lang="vi" ?selected=${lang === 'vi'}>${t(lang, 'languageNameVi')}</option>
              <option value="en" lang="en" ?selected=${lang === 'en'}>${t(lang, 'languageNameEn')}</option>
            </select>
          </div>
          <div class="switch">
            <label for="theme">${t(lang, 'themeLabel')}</label>
            <select id="theme" @change=${onThemeChange}>
              <option value="default" ?selected=${theme === 'default'}>${t(lang, 'themeDefault')}</option>
              <option value="province" ?selected=${theme === 'province'}>${t(lang, 'themeProvince')}</option>
            </select>
          </div>
        </div>
      </div>
    </header>
  `;
}

function renderSummary(summary: ProcedureEntry): TemplateResult {
  // A definition the build could not read is listed by its id; opening it shows why it cannot be used.
  return html`
    <li class="procedure">
      <h2><a href="#/${summary.id}">${summary.title ? text(summary.title, lang) : summary.id}</a></h2>
      ${summary.description ? html`<p>${text(summary.description, lang)}</p>` : nothing}
    </li>
  `;
}

function renderList(): TemplateResult {
  // The drafts and submissions lists read IndexedDB (Dexie): loaded here, not with the first page a form needs.
  void import('../elements/drafts/drafts.js');
  void import('../elements/outbox/outbox.js');
  return html`
    <h1 tabindex="-1">${t(lang, 'procedures')}</h1>
    ${
      indexState === 'ready'
        ? html`<ul class="procedures">
            ${[...summaries.values()].map(renderSummary)}
          </ul>`
        : html`<p role=${indexState === 'failed' ? 'alert' : nothing}>${t(lang, MISSING[indexState])}</p>`
    }
    <dvc-drafts lang=${lang} @dvc-draft-selected=${onDraftSelected}></dvc-drafts>
    <dvc-outbox lang=${lang} endpoint=${ENDPOINT} @dvc-submission-fix=${onSubmissionFix}></dvc-outbox>
  `;
}

function renderProcedure(summary: ProcedureEntry | undefined): TemplateResult {
  const back = html`<p class="back"><a href="#/">${t(lang, 'allProcedures')}</a></p>`;
  if (!summary) {
    return html`${back}
      <h1 tabindex="-1">${t(lang, MISSING[indexState])}</h1>`;
  }
  // The form titles each step with an <h2> under a caption naming the procedure; the page supplies the <h1>, hidden
  // because the caption already shows the same words.
  const title = summary.title ? text(summary.title, lang) : summary.id;
  return html`${back}
    <h1 class="visually-hidden" tabindex="-1">${title}</h1>
    <dvc-form
      procedure=${summary.url}
      lang=${lang}
      draft-id=${route?.draftId ?? ''}
      endpoint=${ENDPOINT}
      @dvc-draft-saved=${onDraftSaved}
    ></dvc-form>
    <details class="embed" @toggle=${onEmbedToggle}>
      <summary>${t(lang, 'embedTitle')}</summary>
      ${embed ? embed.renderEmbed({ id: summary.id, title, lang, refresh: update }) : nothing}
    </details>`;
}

function update(): void {
  // English is a lazy chunk: the page is drawn once its strings are here (from the service worker cache offline).
  if (!langReady(lang)) {
    loadLang(lang).then(update, () => setLang('vi'));
    return;
  }
  const summary = route ? summaries.get(route.procedure) : undefined;
  document.documentElement.lang = lang;
  let title = t(lang, 'procedures');
  if (route && !summary) title = t(lang, MISSING[indexState]);
  else if (summary) title = summary.title ? text(summary.title, lang) : summary.id;
  document.title = `${title} – ${t(lang, 'appName')}`;
  render(
    html`
      ${renderHeader()}
      <div class="container app-notices">
        <dvc-update-banner
          lang=${lang}
          ?open=${updateBannerOpen}
          error=${updateSaveFailed ? t(lang, 'updateSaveFailed') : ''}
          @dvc-update-accepted=${onUpdateAccepted}
          @dvc-update-dismissed=${onUpdateDismissed}
        ></dvc-update-banner>
        <p class="app-status" role="status">${offlineReady ? t(lang, 'offlineReady') : nothing}</p>
      </div>
      <main id="main" tabindex="-1">
        <div class="container">${route ? renderProcedure(summary) : renderList()}</div>
      </main>
    `,
    app,
  );
}

window.addEventListener('hashchange', () => {
  const next = routeFromHash();
  // Only `#/…` hashes are routes; any other fragment (a heading link, say) leaves the page as it is.
  if (sameRoute(next, route) || (next === undefined && location.hash !== '' && !location.hash.startsWith('#/'))) return;
  route = next;
  update();
  focusMain();
});

async function loadProcedures(): Promise<void> {
  try {
    for (const entry of await loadProcedureIndex()) summaries.set(entry.id, entry);
    indexState = 'ready';
  } catch {
    indexState = 'failed';
  }
  update();
}

update();
void loadProcedures();
registerServiceWorker({
  onUpdateReady(ready) {
    pendingUpdate = ready;
    updateBannerOpen = true;
    update();
  },
  onOfflineReady() {
    offlineReady = true;
    update();
  },
}).catch(() => {
  // Without a service worker the demo still works online; the next visit tries to register again.
});
