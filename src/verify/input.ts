// Turns what the visitor gave (a link, pasted JSON, a baked PNG or SVG, a JSON file) into the
// badge document to verify, with the link it came from when there is one.
import { MAX_BYTES, fetchJson, isWebUrl, parseObject, tooLarge } from './fetch.js';
import { Rejected, fail } from './findings.js';

/** A link or pasted JSON, or a file the visitor picked or dropped. */
export type BadgeInput = { text: string } | { file: Blob };

export interface BadgeDocument {
  document: Record<string, unknown>;
  /** Where it was fetched from, and the answer's status (a revoked 2.0 assertion answers 410). */
  url?: string;
  status?: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The `iTXt` keywords of Open Badges 3.0 and 2.0, in the order they are looked for. */
const PNG_KEYWORDS = ['openbadgecredential', 'openbadges'];

/** The text baked into a PNG's `iTXt` chunk (OB 3.0 first, then 2.0), or `undefined`. */
async function unbakePng(bytes: Uint8Array): Promise<string | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const latin1 = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  const found = new Map<string, Promise<string>>();
  for (let offset = 8; offset + 12 <= bytes.length; ) {
    const length = view.getUint32(offset);
    const data = bytes.subarray(offset + 8, Math.min(bytes.length, offset + 8 + length));
    if (latin1(offset + 4, offset + 8) === 'iTXt') {
      const keywordEnd = data.indexOf(0);
      const keyword = latin1(offset + 8, offset + 8 + keywordEnd);
      const compressed = data[keywordEnd + 1] === 1;
      // keyword \0, compression flag and method, language \0, translated keyword \0, text
      const languageEnd = data.indexOf(0, keywordEnd + 3);
      const textStart = data.indexOf(0, languageEnd + 1) + 1;
      if (PNG_KEYWORDS.includes(keyword) && languageEnd > 0 && textStart > 0) {
        const text = data.slice(textStart);
        found.set(keyword, compressed ? new Response(new Blob([text]).stream().pipeThrough(new DecompressionStream('deflate'))).text() : Promise.resolve(new TextDecoder().decode(text)));
      }
    }
    offset += 12 + length;
  }
  const text = found.get(PNG_KEYWORDS[0]!) ?? found.get(PNG_KEYWORDS[1]!);
  return text?.catch(() => {
    throw new Rejected(fail('format', 'verifyMalformed'));
  });
}

/** The credential (OB 3.0) or assertion (OB 2.0: a URL, or JSON) baked into an SVG. */
function unbakeSvg(svg: string): string | undefined {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length > 0 || doc.documentElement.localName !== 'svg') {
    throw new Rejected(fail('format', 'verifyUnknownFile'));
  }
  const credential = doc.getElementsByTagNameNS('*', 'credential')[0];
  if (credential?.textContent?.trim()) return credential.textContent.trim();
  const assertion = doc.getElementsByTagNameNS('*', 'assertion')[0];
  return assertion?.getAttribute('verify') ?? (assertion?.textContent?.trim() || undefined);
}

/** A link, or a document as JSON text, into the document to verify. */
async function fromText(text: string, signal?: AbortSignal): Promise<BadgeDocument> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return { document: parseObject(trimmed) };
  if (!isWebUrl(trimmed)) throw new Rejected(fail('format', 'verifyBadLink'));
  let fetched;
  try {
    fetched = await fetchJson(trimmed, signal);
  } catch (error) {
    if (error instanceof Rejected || signal?.aborted) throw error;
    throw new Rejected(fail('format', 'verifyUnreachable'));
  }
  if (fetched.status === 404) throw new Rejected(fail('format', 'verifyNotFound'));
  if (!fetched.body) throw new Rejected(fail('format', fetched.status >= 400 ? 'verifyUnreachable' : 'verifyNotBadge'));
  return { document: fetched.body, url: trimmed, status: fetched.status };
}

/** Reads the visitor's input; a failure is a {@link Rejected} with the reason. */
export async function readInput(input: BadgeInput, signal?: AbortSignal): Promise<BadgeDocument> {
  if ('text' in input) {
    if (input.text.length > MAX_BYTES) throw tooLarge();
    return fromText(input.text, signal);
  }
  if (input.file.size > MAX_BYTES) throw tooLarge();
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    const baked = await unbakePng(bytes);
    if (baked === undefined) throw new Rejected(fail('format', 'verifyNoBadgeInImage'));
    return fromText(baked, signal);
  }
  const text = new TextDecoder().decode(bytes).trim();
  if (text.startsWith('{')) return { document: parseObject(text) };
  if (text.startsWith('<')) {
    const baked = unbakeSvg(text);
    if (baked === undefined) throw new Rejected(fail('format', 'verifyNoBadgeInImage'));
    return fromText(baked, signal);
  }
  throw new Rejected(fail('format', 'verifyUnknownFile'));
}
