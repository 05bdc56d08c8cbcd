// Baked badge images: the credential (Open Badges 3.0) or the assertion (2.0) carried inside the
// badge image itself, so the image alone can be verified. PNG keeps it in an `iTXt` chunk, SVG in
// an element of the Open Badges namespace.
import { crc32 } from 'node:zlib';
import { escapeXml } from './media.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The `iTXt` keywords: Open Badges 3.0 credentials and 2.0 assertions. */
export const PNG_KEYWORD = { credential: 'openbadgecredential', assertion: 'openbadges' };

/** @param {Buffer} png */
function* chunks(png) {
  if (png.length < PNG_SIGNATURE.length || !png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('Not a PNG image.');
  let offset = PNG_SIGNATURE.length;
  while (offset + 12 <= png.length) {
    const length = png.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > png.length) throw new Error('The PNG image is truncated.');
    yield { type: png.toString('latin1', offset + 4, offset + 8), data: png.subarray(offset + 8, offset + 8 + length), start: offset, end };
    offset = end;
  }
}

/** An uncompressed `iTXt` chunk: keyword, flags, empty language and translated keyword, UTF-8 text. */
function iTxtChunk(keyword, text) {
  const data = Buffer.concat([Buffer.from(`${keyword}\0\0\0\0\0`, 'latin1'), Buffer.from(text, 'utf8')]);
  const typeAndData = Buffer.concat([Buffer.from('iTXt', 'latin1'), data]);
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  typeAndData.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return chunk;
}

/** The keyword of an `iTXt` chunk's data. */
const iTxtKeyword = (data) => data.toString('latin1', 0, Math.max(0, data.indexOf(0)));

/**
 * Bakes `text` (a credential's JSON, or an assertion's URL or JSON) into a PNG under `keyword`,
 * right before `IEND`, replacing an earlier one of the same keyword (a badge carries one).
 * @param {Buffer} png
 * @param {string} keyword one of {@link PNG_KEYWORD}
 * @param {string} text
 */
export function bakePng(png, keyword, text) {
  const parts = [PNG_SIGNATURE];
  for (const chunk of chunks(png)) {
    if (chunk.type === 'iTXt' && iTxtKeyword(chunk.data) === keyword) continue;
    if (chunk.type === 'IEND') parts.push(iTxtChunk(keyword, text));
    parts.push(png.subarray(chunk.start, chunk.end));
  }
  return Buffer.concat(parts);
}

/**
 * The text baked into a PNG under `keyword`, or `undefined`.
 * @param {Buffer} png
 * @param {string} keyword
 */
export function unbakePng(png, keyword) {
  for (const { type, data } of chunks(png)) {
    if (type !== 'iTXt' || iTxtKeyword(data) !== keyword) continue;
    // keyword \0, compression flag, compression method, language \0, translated keyword \0, text
    let offset = keyword.length + 3;
    if (data[keyword.length + 1] !== 0) throw new Error('Compressed Open Badges text is not supported.');
    offset = data.indexOf(0, offset) + 1;
    offset = data.indexOf(0, offset) + 1;
    return data.toString('utf8', offset);
  }
  return undefined;
}

const SVG_NAMESPACE = { credential: 'https://purl.imsglobal.org/ob/v3p0', assertion: 'http://openbadges.org' };

/** CDATA cannot hold `]]>`: split it across two sections. */
const cdata = (text) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/**
 * Bakes into an SVG image: Open Badges 3.0 as `<openbadges:credential>` with the credential's JSON,
 * 2.0 as `<openbadges:assertion verify="…">` with the assertion URL.
 * @param {string} svg
 * @param {{ credential: object } | { assertionUrl: string }} content
 */
export function bakeSvg(svg, content) {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('Not an SVG image.');
  const v3 = 'credential' in content;
  const selfClosing = open[0].endsWith('/>');
  const attributes = open[0].replace(/\s*\/?>$/, '').replace(/\sxmlns:openbadges=("[^"]*"|'[^']*')/, '');
  const tag = `${attributes} xmlns:openbadges="${v3 ? SVG_NAMESPACE.credential : SVG_NAMESPACE.assertion}">`;
  const element = v3
    ? `<openbadges:credential>${cdata(JSON.stringify(content.credential))}</openbadges:credential>`
    : `<openbadges:assertion verify="${escapeXml(content.assertionUrl)}"></openbadges:assertion>`;
  const rest = selfClosing
    ? `</svg>${svg.slice(open.index + open[0].length)}`
    : svg.slice(open.index + open[0].length).replace(/<openbadges:(credential|assertion)\b[\s\S]*?<\/openbadges:\1>/g, '');
  return `${svg.slice(0, open.index)}${tag}${element}${rest}`;
}

/**
 * The credential baked into an SVG by {@link bakeSvg}, parsed, or `undefined`.
 * @param {string} svg
 */
export function unbakeSvg(svg) {
  const element = /<openbadges:credential\b[^>]*>([\s\S]*?)<\/openbadges:credential>/.exec(svg);
  if (!element) return undefined;
  return JSON.parse(element[1].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1'));
}
