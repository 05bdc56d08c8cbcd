import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { messageListeners, messageOverrides, primaryLanguage, registeredCatalogues } from './catalogues.js';
import { memo } from './format.js';
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
export const canonicalLanguage = memo((lang: string): string => {
  try {
    return Intl.getCanonicalLocales(lang.replaceAll('_', '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
});

/** Where a component's messages come from: what `LocalizeController` asks of a set of catalogues. */
export interface MessageSource<M extends object> {
  /** Whether the catalogue for a language is here (or there is none to load). */
  has(lang: string): boolean;
  /** Loads (once) the catalogue for a language; resolves to it, English where there is none. */
  load(lang: string): Promise<M>;
  /** One message in a language: a city's words first, then the catalogue, then English. */
  message<K extends keyof M>(lang: string, key: K): M[K];
}

/**
 * One set of catalogues: English built in, every other language loaded (once) on demand. The
 * kit's messages are one set; an element whose messages should not weigh on every page (the
 * drop-in's initial load carries English) keeps its own set, loaded with its chunk (own-messages.ts).
 */
export class Catalogues<M extends object> implements MessageSource<M> {
  private readonly loaded: Map<string, M>;
  private readonly loading = new Map<string, Promise<M | undefined>>();

  constructor(
    private readonly en: M,
    /** One loader for each language of {@link LANGUAGES} other than English. */
    private readonly loaders: Record<string, () => Promise<M>>,
    /** A city's own words (`registerCatalogue`, `overrideMessages`), where this set takes them. */
    private readonly custom?: { catalogues: Map<string, M>; overrides: Map<string, Partial<M>> },
  ) {
    this.loaded = new Map([['en', en]]);
  }

  /** The catalogue for a language if it has arrived, English until then. */
  get(lang: string): M {
    const key = catalogueLanguage(lang);
    return this.custom?.catalogues.get(key) ?? this.loaded.get(key) ?? this.en;
  }

  /**
   * One message in a language: a city's override first, then the catalogue, then English (a
   * city's registered catalogue may lack the words of an element's own set).
   */
  message<K extends keyof M>(lang: string, key: K): M[K] {
    return (this.custom?.overrides.get(catalogueLanguage(lang))?.[key] as M[K] | undefined) ?? this.get(lang)[key] ?? this.en[key];
  }

  has(lang: string): boolean {
    const key = catalogueLanguage(lang);
    return this.loaded.has(key) || !!this.custom?.catalogues.has(key);
  }

  /** Loads (once) the catalogue for a language; resolves to English where there is none. */
  async load(lang: string): Promise<M> {
    const key = catalogueLanguage(lang);
    const cached = this.custom?.catalogues.get(key) ?? this.loaded.get(key);
    if (cached) return cached;
    const loader = this.loaders[key];
    if (!loader) return this.en; // a language registered for the kit's messages only
    let pending = this.loading.get(key);
    if (!pending) {
      pending = loader().then(
        (messages) => (this.loaded.set(key, messages), messages),
        () => undefined, // a chunk that failed to load leaves English in place
      );
      this.loading.set(key, pending);
    }
    return (await pending) ?? this.en;
  }
}

/** The kit's messages. */
export const MESSAGES = new Catalogues(en, loaders, { catalogues: registeredCatalogues, overrides: messageOverrides });

/** Loads (once) the kit's catalogue for a language; resolves to English where there is none. */
export const loadCatalogue = (lang: string): Promise<Messages> => MESSAGES.load(lang);

/** Keys of the messages that are plain text, without arguments. */
export type TextKey<M = Messages> = { [K in keyof M]: M[K] extends string ? K : never }[keyof M];

type Args<M, K extends keyof M> = M[K] extends (...args: infer A) => string ? A : [];

/**
 * Gives a component its messages in the UI language, `dir` for right-to-left languages, and
 * re-renders the host when the language changes or its catalogue arrives.
 */
export class LocalizeController<M extends object = Messages> implements ReactiveController {
  private shown = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The resolved UI language (the component's configuration decides it). */
    private readonly language: () => string,
    private readonly catalogues: MessageSource<M>,
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
    if (!this.catalogues.has(lang)) {
      void this.catalogues.load(lang).then(() => this.host.requestUpdate());
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
  readonly term = <K extends keyof M>(key: K, ...args: Args<M, K>): string => {
    const message = this.catalogues.message(this.lang, key) as string | ((...a: Args<M, K>) => string);
    return typeof message === 'function' ? message(...args) : message;
  };
}
