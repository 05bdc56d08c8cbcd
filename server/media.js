// Small generated SVG images (activity covers, badge images, organiser logos), so the sample
// data has pictures without depending on the internet.

/** Escapes text for XML and HTML content and attribute values. */
export const escapeXml = (value) =>
  String(value).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]);

/** Up to `max` initials of a name's capitalised or longer words: `Future skills in learning cities` → `FS`. */
function initials(name, max = 2) {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word) || (/^\p{L}/u.test(word) && word.length > 3))
    .slice(0, max)
    .map((word) => word[0].toUpperCase())
    .join('');
}

function svg(width, height, label, body) {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="img" aria-label="${escapeXml(label)}">${body}</svg>`
  );
}

/**
 * A 16:9 cover: a gradient with a skyline of learning "blocks" and the city or theme name.
 * @param {{ label: string, colors: [string, string] }} cover
 */
export function coverSvg({ label, colors: [dark, light] }) {
  const blocks = [40, 90, 60, 120, 80, 140, 70, 100, 50]
    .map((h, i) => `<rect x="${20 + i * 68}" y="${300 - h}" width="52" height="${h}" rx="6" fill="${light}" opacity="${0.35 + (i % 3) * 0.2}"/>`)
    .join('');
  // A gradient id of its own, in case several covers are ever inlined in one document.
  const gradient = `cover-${dark.replace('#', '')}`;
  return svg(
    640,
    360,
    label,
    `<defs><linearGradient id="${gradient}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/>` +
      `<stop offset="1" stop-color="${dark}" stop-opacity="0.75"/></linearGradient></defs>` +
      `<rect width="640" height="360" fill="url(#${gradient})"/><circle cx="540" cy="80" r="44" fill="${light}" opacity="0.9"/>${blocks}` +
      `<rect y="300" width="640" height="60" fill="${dark}"/>` +
      `<text x="32" y="342" font-family="system-ui, sans-serif" font-size="30" font-weight="700" fill="#fff">${escapeXml(label)}</text>`,
  );
}

/** What a cover shows, for its `alt` text. */
export const coverAlt = ({ label }) => `${label}: an illustrated city skyline of blocks under a sun`;

/** What a badge image shows, for its `alt` text. */
export const badgeAlt = ({ name }) => `A round badge with a ribbon and the initials ${initials(name)}`;

/**
 * A round badge with a ribbon and the badge's initials.
 * @param {{ name: string, color: string }} badge
 */
export function badgeSvg({ name, color }) {
  return svg(
    256,
    256,
    name,
    `<path d="M88 170 L64 250 L100 232 L118 256 L128 180 Z M168 170 L192 250 L156 232 L138 256 L128 180 Z" fill="${color}" opacity="0.8"/>` +
      `<circle cx="128" cy="112" r="104" fill="${color}"/><circle cx="128" cy="112" r="86" fill="none" stroke="#fff" stroke-width="6" stroke-dasharray="4 8"/>` +
      `<text x="128" y="132" text-anchor="middle" font-family="system-ui, sans-serif" font-size="60" font-weight="700" fill="#fff">` +
      `${escapeXml(initials(name))}</text>`,
  );
}

/**
 * A square logo with the organisation's initials.
 * @param {{ name: string, color: string }} organisation
 */
export function logoSvg({ name, color }) {
  return svg(
    96,
    96,
    name,
    `<rect width="96" height="96" rx="20" fill="${color}"/>` +
      `<text x="48" y="60" text-anchor="middle" font-family="system-ui, sans-serif" font-size="34" font-weight="700" fill="#fff">` +
      `${escapeXml(initials(name, 3))}</text>`,
  );
}
