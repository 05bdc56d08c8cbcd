import { messageOverrides, registeredCatalogues } from './catalogues.js';
import { en as kitEn, type Messages } from './locales/en.js';
import { Catalogues, catalogueLanguage, MESSAGES, type MessageSource } from './localize.js';

/** An element's own words in each language of the kit but English, each loaded on demand. */
export type OwnLoaders<E> = Record<string, () => Promise<E>>;

/**
 * The kit's messages and one element's own words, as one source. The element's words load with
 * it, so that the drop-in's initial load does not carry words only that element shows; the kit's
 * come from the kit's own set, already there for the other widgets on the page. A city's words
 * (`overrideMessages`, `registerCatalogue`) come first for both; a registered catalogue that lacks
 * the element's words leaves them to the element's catalogue for that language.
 */
class WithOwnMessages<E extends object> implements MessageSource<Messages & E> {
  private readonly own: Catalogues<E>;

  constructor(ownEn: E, loaders: OwnLoaders<E>) {
    this.own = new Catalogues(ownEn, loaders);
  }

  has(lang: string): boolean {
    return MESSAGES.has(lang) && this.own.has(lang);
  }

  async load(lang: string): Promise<Messages & E> {
    const [kit, own] = await Promise.all([MESSAGES.load(lang), this.own.load(lang)]);
    return { ...own, ...kit } as Messages & E;
  }

  message<K extends keyof (Messages & E)>(lang: string, key: K): (Messages & E)[K] {
    if (key in kitEn) return MESSAGES.message(lang, key as keyof Messages) as (Messages & E)[K];
    const city = catalogueLanguage(lang);
    const words = (map: Map<string, object>) => (map.get(city) as Partial<Messages & E> | undefined)?.[key];
    return words(messageOverrides) ?? words(registeredCatalogues) ?? (this.own.message(lang, key as keyof E) as (Messages & E)[K]);
  }
}

/**
 * The messages of an element loaded on demand: the kit's, and its own.
 * @param ownEn the element's English messages
 * @param own one loader for each language of the kit other than English
 */
export function withOwnMessages<E extends object>(ownEn: E, own: OwnLoaders<E>): MessageSource<Messages & E> {
  return new WithOwnMessages(ownEn, own);
}

/** Two elements' sets of own words as one: each language's words of both, loaded together. */
export function bothLoaders<A, B>(a: OwnLoaders<A>, b: OwnLoaders<B>): OwnLoaders<A & B> {
  return Object.fromEntries(
    Object.keys(a).map((lang) => [lang, () => Promise.all([a[lang]!(), b[lang]!()]).then(([first, second]) => ({ ...first, ...second }))]),
  );
}
