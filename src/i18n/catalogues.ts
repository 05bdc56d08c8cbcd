import type { ClaimMessages } from './claim/en.js';
import { en, type Messages } from './locales/en.js';
import type { MyBadgesMessages } from './my-badges/en.js';
import type { OrganiserMessages } from './organiser/en.js';
import type { PlaylistMessages } from './playlist/en.js';
import type { ScannerMessages } from './scanner/en.js';
import type { VerifyMessages } from './verify/en.js';

export type { Messages };

/**
 * The words of the elements loaded on demand, each set loaded with its element (`withOwnMessages`):
 * a city changes and translates them as it does the kit's own.
 */
export type ElementMessages = ClaimMessages & ScannerMessages & VerifyMessages & OrganiserMessages & PlaylistMessages & MyBadgesMessages;

/**
 * A city's own words: catalogues for languages the kit does not ship, and messages changed in
 * any language. Both are keyed by primary language subtag (`lt`, `sv`), as the kit's own
 * catalogues are, so `lt-LT` pages use what was registered for `lt`.
 */
export const registeredCatalogues = new Map<string, Messages & Partial<ElementMessages>>();
export const messageOverrides = new Map<string, Partial<Messages & ElementMessages>>();

/** What the widgets on the page re-render on, so that words registered late still show. */
export const messageListeners = new Set<() => void>();

/** `lt-LT` → `lt`: the subtag catalogues are chosen by. */
export const primaryLanguage = (lang: string): string => lang.toLowerCase().split('-')[0] ?? '';

const changed = () => messageListeners.forEach((listener) => listener());

/**
 * Adds a language the kit has no catalogue for, or replaces the kit's own catalogue for one.
 * The catalogue has the keys and signatures of the English one (`Messages`); a message it lacks
 * (a plain script cannot be type-checked) shows in English.
 *
 * @param lang BCP 47 tag; only its primary subtag counts (`sv-SE` registers `sv`).
 * @param messages Every message of the English catalogue, in that language; the words of the
 *   elements loaded on demand too, where a page shows them (those left out show in English).
 * @example
 * import { registerCatalogue } from 'learning-city-widgets/i18n.js';
 * registerCatalogue('sv', { loading: 'Laddar…', retry: 'Försök igen', … });
 */
export function registerCatalogue(lang: string, messages: Messages & Partial<ElementMessages>): void {
  registeredCatalogues.set(primaryLanguage(lang), { ...en, ...messages });
  changed();
}

/**
 * Changes some messages of one language, the kit's own or a registered one, keeping the rest.
 * Calls add up: a later call changes only the messages it names.
 *
 * @param lang BCP 47 tag; only its primary subtag counts.
 * @param messages The messages to change, with the keys and signatures of the English catalogue
 *   or of an element's own words (`ElementMessages`).
 * @example
 * overrideMessages('en', { getActivityBadge: 'Earn the badge' });
 */
export function overrideMessages(lang: string, messages: Partial<Messages & ElementMessages>): void {
  const key = primaryLanguage(lang);
  messageOverrides.set(key, { ...messageOverrides.get(key), ...messages });
  changed();
}
