import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { messageListeners, messageOverrides, primaryLanguage, registeredCatalogues } from './catalogues.js';
import { en, type Messages } from './locales/en.js';

/**
 * Catalogues other than English are loaded on demand, each in a chunk of its own, so a page
 * pays only for the languages it shows.
 */
const loaders: Record<string, () => Promise<Messages>> = {
  lt: () => import('./locales/lt.js').then((m) => m.lt),
  et: () => import('./locales/et.js').then((m) => m.et),
  lv: () => import('./locales/lv.js').then((m) => m.lv),
  it: () => import('./locales/it.js').then((m) => m.it),
  nl: () => import('./locales/nl.js').then((m) => m.nl),
  ro: () => import('./locales/ro.js').then((m) => m.ro),
  de: () => import('./locales/de.js').then((m) => m.de),
  fr: () => import('./locales/fr.js').then((m) => m.fr),
  es: () => import('./locales/es.js').then((m) => m.es),
  pt: () => import('./locales/pt.js').then((m) => m.pt),
  sl: () => import('./locales/sl.js').then((m) => m.sl),
  fi: () => import('./locales/fi.js').then((m) => m.fi),
  pl: () => import('./locales/pl.js').then((m) => m.pl),
  uk: () => import('./locales/uk.js').then((m) => m.uk),
  ar: () => import('./locales/ar.js').then((m) => m.ar),
};

const loaded = new Map<string, Messages>([['en', en]]);
const loading = new Map<string, Promise<Messages | undefined>>();

/** Languages written right to left (by primary subtag). */
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi']);

/** The languages with a catalogue of their own. */
export const LANGUAGES = ['en', ...Object.keys(loaders)];

/** `lt-LT` → `lt` → `en`: the catalogue to use for a BCP 47 tag. */
export function catalogueLanguage(lang: string): string {
  const base = primaryLanguage(lang);
  return base in loaders || base === 'en' || registeredCatalogues.has(base) ? base : 'en';
}

/**
 * A tag `Intl` accepts: CMS pages often say `en_US`, which would make every `Intl` call throw,
 * so underscores become hyphens and anything still invalid becomes English.
 */
export function canonicalLanguage(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang.replaceAll('_', '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Loads (once) the catalogue for a language; resolves to English where there is none. */
export async function loadCatalogue(lang: string): Promise<Messages> {
  const key = catalogueLanguage(lang);
  const cached = registeredCatalogues.get(key) ?? loaded.get(key);
  if (cached) return cached;
  let pending = loading.get(key);
  if (!pending) {
    pending = loaders[key]!().then(
      (messages) => (loaded.set(key, messages), messages),
      () => undefined, // a chunk that failed to load leaves English in place
    );
    loading.set(key, pending);
  }
  return (await pending) ?? en;
}

/** Keys of the messages that are plain text, without arguments. */
export type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

type Args<K extends keyof Messages> = Messages[K] extends (...args: infer A) => string ? A : [];

/**
 * Gives a component its messages in the UI language, `dir` for right-to-left languages, and
 * re-renders the host when the language changes or its catalogue arrives.
 */
export class LocalizeController implements ReactiveController {
  private shown = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The resolved UI language (the component's configuration decides it). */
    private readonly language: () => string,
  ) {
    host.addController(this);
  }

  private readonly rerender = () => this.host.requestUpdate();

  hostConnected(): void {
    messageListeners.add(this.rerender);
  }

  hostDisconnected(): void {
    messageListeners.delete(this.rerender);
  }

  hostUpdate(): void {
    const lang = this.lang;
    if (lang === this.shown) return;
    this.shown = lang;
    if (!loaded.has(catalogueLanguage(lang))) {
      void loadCatalogue(lang).then(() => this.host.requestUpdate());
    }
  }

  /** The UI language as configured (BCP 47), used for `Intl` formatting. */
  get lang(): string {
    return canonicalLanguage(this.language());
  }

  get dir(): 'ltr' | 'rtl' {
    return RTL.has(this.lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
  }

  /**
   * A message in the UI language, falling back to English while its catalogue loads. Bound, so
   * templates may take it apart: `const { term } = this.localize`.
   */
  readonly term = <K extends keyof Messages>(key: K, ...args: Args<K>): string => {
    const language = catalogueLanguage(this.lang);
    const messages = registeredCatalogues.get(language) ?? loaded.get(language) ?? en;
    const message = (messageOverrides.get(language)?.[key] ?? messages[key]) as string | ((...a: Args<K>) => string);
    return typeof message === 'function' ? message(...args) : message;
  };
}
