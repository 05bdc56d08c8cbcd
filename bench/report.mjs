// The results as Markdown tables, and whether each target holds.
import { ENGINE_CARDS, ENGINE_VARIANTS, ENGINES } from './engines.mjs';
import { COUNTS, LIST_SIZE, LIST_VARIANTS, VARIANTS } from './load.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (s) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const NAMES = { static: 'static HTML', prerendered: 'full cards as static HTML', floor: 'IndexedDB floor', iframe: 'iframe per card', shoelace: 'Shoelace card', lcw: 'activity-card' };
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const yes = (ok) => (ok ? 'holds' : '**misses**');

export function report(r) {
  const { bytes, timing, list, shift, heap, qr, api } = r;
  const out = [`Run ${r.date} · ${r.machine.cpus} × ${r.machine.cpu} · Chromium ${r.browser} · node ${r.machine.node} · ${r.settings.runs} runs per timing · ${r.seconds} s in all`];
  if (r.partial) out.push(`\nThe ${r.partial.sections.join(' and ')} tables come from a later run of those sections only (${r.partial.date}).`);

  out.push('\n### Bytes\n', table(['what', 'gzip', 'brotli'], [
    ['drop-in bundle, initial load (no QR chunk)', kb(bytes.dropIn.gzip), kb(bytes.dropIn.brotli)],
    ['drop-in bundle with the QR chunk and its decoder', kb(bytes.dropInWithQr.gzip), kb(bytes.dropInWithQr.brotli)],
    ['Lit alone (LitElement, html, css), the floor', kb(bytes.lit.gzip), kb(bytes.lit.brotli)],
    ['Shoelace card (`sl-card`), the peer', kb(bytes.shoelaceCard.gzip), kb(bytes.shoelaceCard.brotli)],
    ...bytes.chunks.map((c) => [`\`${c.name}\``, kb(c.gzip), kb(c.brotli)]),
  ]));

  const rows = [];
  for (const n of COUNTS) {
    for (const warmth of ['cold', 'warm']) {
      const base = timing[`static/${n}/${warmth}`].time.median;
      rows.push([`${n} ${warmth}`, ...VARIANTS.map((v) => {
        const t = timing[`${v}/${n}/${warmth}`].time;
        return v === 'static' ? ms(t) : `${(t.median / base).toFixed(2)}× · ${ms(t)}`;
      })]);
    }
  }
  out.push('\n### Time to content (median, min–max; ratio to static HTML)\n', table(['cards', ...VARIANTS.map((v) => NAMES[v])], rows));

  const lcw = (key) => timing[`lcw/${key}`];
  // What the 100 cards read: the seeded activities in turn, so fewer distinct ones than cards.
  const shown = r.distinct ? ` (${r.distinct.activities} distinct activities, ${r.distinct.badges} distinct badges)` : '';
  out.push('\n### API requests, layout shift, long tasks\n', table(['measure', ...VARIANTS.map((v) => NAMES[v])], [
    [`API requests, 100 cards cold${shown}, until the network is idle`, ...VARIANTS.map((v) => timing[`${v}/100/cold`].requests.median)],
    ['API requests, 100 cards warm, before content', ...VARIANTS.map((v) => timing[`${v}/100/warm`].requestsAtContent.median)],
    ['API requests, 100 cards warm, until the network is idle', ...VARIANTS.map((v) => timing[`${v}/100/warm`].requests.median)],
    ['layout shift, 10 cards in page text (max of runs)', ...VARIANTS.map((v) => shift[v].max.toFixed(4))],
    ['long tasks, 100 cards cold (median count, ms)', ...VARIANTS.map((v) => `${timing[`${v}/100/cold`].longTasks.median} · ${timing[`${v}/100/cold`].longTaskMs.median.toFixed(0)} ms`)],
  ]));

  out.push(...listTable(list));
  out.push(...engineTables(r.engines));

  out.push('\n### Heap after mount/unmount cycles (after GC)\n', table(['what', 'cycles', 'before', 'after', 'growth', 'camera tracks left live'], [
    ['`activity-card`', heap.card.cycles, kb(heap.card.before), kb(heap.card.after), kb(heap.card.growth), '–'],
    ['`qr-scanner` start/stop with the fake camera', heap.scanner.cycles, kb(heap.scanner.before), kb(heap.scanner.after), kb(heap.scanner.growth), heap.scanner.tracksLeftLive],
  ]));

  out.push(...qrTables(qr));
  out.push(...lighthouseTables(r.lighthouse));

  out.push(`\n### Reference server (autocannon, 10 connections, ${r.settings.seconds} s each, loopback)\n`, table(['request', 'req/s', 'p50', 'p99', 'non-2xx'], Object.entries(api).map(([k, v]) => [k, v.requestsPerSecond.toFixed(0), `${v.latencyP50} ms`, `${v.latencyP99} ms`, v.non2xx])));

  const ratio100 = (load) => lcw(`100/${load}`).time.median / timing[`static/100/${load}`].time.median;
  const [warm100, cold100] = [ratio100('warm'), ratio100('cold')];
  out.push('\n### Targets\n', table(['target', 'measured', ''], [
    ['drop-in without the QR chunk ≤ 25 KB gzip', kb(bytes.dropIn.gzip), yes(bytes.dropIn.gzip <= 25 * 1024)],
    ['warm, 100 full cards ≤ 1.5× static HTML', `${warm100.toFixed(2)}×`, yes(warm100 <= 1.5)],
    ['cold, 100 full cards ≤ 2× static HTML', `${cold100.toFixed(2)}×`, yes(cold100 <= 2)],
    ['cold, ≤ 2 API requests for 100 cards', lcw('100/cold').requests.median, yes(lcw('100/cold').requests.max <= 2)],
    ['0 API requests before warm content', lcw('100/warm').requestsAtContent.max, yes(lcw('100/warm').requestsAtContent.max === 0)],
    ['layout shift 0', shift.lcw.max.toFixed(4), yes(shift.lcw.max === 0)],
    ['no card box moves or resizes (Firefox · WebKit)', ['firefox', 'webkit'].map((e) => (r.engines[e].moved.lcw.failed ? 'no content' : px(r.engines[e].moved.lcw.max))).join(' · '), yes(['firefox', 'webkit'].every((e) => !r.engines[e].moved.lcw.failed && r.engines[e].moved.lcw.max === 0))],
    ['heap growth < 1 MB after the cycles (card · scanner)', `${kb(heap.card.growth)} · ${kb(heap.scanner.growth)}`, yes(heap.card.growth < 2 ** 20 && heap.scanner.growth < 2 ** 20)],
    ['camera released every time', `${heap.scanner.tracksLeftLive} live tracks`, yes(heap.scanner.tracksLeftLive === 0)],
    ...qrTargets(qr),
    ...lighthouseTargets(r.lighthouse),
  ]));
  return out.join('\n');
}

const STEP_NAMES = {
  scaled: 'as it is, scaled to at most 600 px',
  binarised: 'binarised copy',
  stretched: 'contrast-stretched copy',
  centre: 'centre crop',
};

/** The QR table, and the photo pipeline's steps for the photo-like image. */
export function qrTables(qr) {
  const steps = Object.entries(qr.photo1000.steps ?? {});
  return [
    '\n### QR decoding\n',
    table(['input', 'time', 'read'], [
      ['image file, clean 300 px code', ms(qr.clean300), `${qr.clean300.read}/${qr.clean300.runs}`],
      ['image file, 1000 px photo-like (skew, shading, grain)', ms(qr.photo1000), `${qr.photo1000.read}/${qr.photo1000.runs}`],
      ['fake camera, start() to first lc-scan', ms(qr.camera), `${qr.camera.read}/${qr.camera.runs}`],
    ]),
    '\nEach step of the photo pipeline for the photo-like image (making the copy and reading it; runs that tried it, runs that read the code at it):\n',
    table(['step', 'time', 'tried', 'read at it'], steps.map(([step, s]) => [STEP_NAMES[step] ?? step, ms(s), s.runs, s.read])),
  ];
}

/** Photos: every run reads the code, each within a second. */
const qrTargets = (qr) => [
  ['QR from a 1000 px photo-like image: every run read, each under 1 s', `${qr.photo1000.read}/${qr.photo1000.runs}, slowest ${qr.photo1000.max.toFixed(0)} ms`, yes(qr.photo1000.read === qr.photo1000.runs && qr.photo1000.max < 1000)],
];

const CATEGORY_NAMES = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices', seo: 'SEO' };
/** Lighthouse's targets on every demo page. */
const LIGHTHOUSE_TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

/** The Lighthouse table: each demo page's four scores and layout shift, and what cost points. */
export function lighthouseTables(lighthouse) {
  const pages = Object.entries(lighthouse.pages);
  return [
    `\n### Lighthouse on the demo pages (mobile, Lighthouse ${lighthouse.version}, the median of ${lighthouse.runs ?? 1} runs per page)\n`,
    table(['page', ...Object.values(CATEGORY_NAMES), 'performance, lowest–highest run', 'layout shift'], pages.map(([name, p]) => [
      p.error ? `\`/${name}\` (**${p.error}**)` : `\`/${name}\``,
      ...Object.keys(CATEGORY_NAMES).map((c) => (p.scores[c] >= LIGHTHOUSE_TARGETS[c] ? String(p.scores[c]) : `**${p.scores[c]}**`)),
      p.performanceRange ? p.performanceRange.join('–') : '',
      p.layoutShift.toFixed(3),
    ])),
    '\nWhat cost points outside performance (audit ids; performance is the sum of its timing metrics):\n',
    table(['page', 'audits below full score'], pages.map(([name, p]) => [`\`/${name}\``, p.failing.filter((f) => !f.startsWith('performance:')).join(', ') || '–'])),
  ];
}

function lighthouseTargets(lighthouse) {
  const pages = Object.entries(lighthouse.pages);
  const rows = Object.entries(LIGHTHOUSE_TARGETS).map(([c, target]) => {
    const below = pages.filter(([, p]) => p.scores[c] < target).map(([name]) => name);
    return [`Lighthouse ${CATEGORY_NAMES[c]} ≥ ${target} on every demo page`, below.length ? `below on ${below.join(', ')}` : 'every page', yes(below.length === 0)];
  });
  const shifting = pages.filter(([, p]) => p.layoutShift > 0).map(([name, p]) => `${name} ${p.layoutShift.toFixed(3)}`);
  rows.push(['Lighthouse layout shift 0 on every demo page', shifting.length ? shifting.join(', ') : 'every page', yes(shifting.length === 0)]);
  return rows;
}

/** `activity-list`'s first page beside as many separate cards and static HTML, taking turns. */
function listTable(list) {
  if (!list) return []; // results of a run from before this table
  const key = (v, warmth) => `${v}/${LIST_SIZE}/${warmth}`;
  const time = (warmth) => (v) => {
    const t = list[key(v, warmth)].time;
    return v === 'static' ? ms(t) : `${(t.median / list[key('static', warmth)].time.median).toFixed(2)}× · ${ms(t)}`;
  };
  const head = ['', ...LIST_VARIANTS.map((v) => (v === 'lcw' ? `${LIST_SIZE} separate \`activity-card\`s` : v === 'list' ? `\`activity-list\` limit=${LIST_SIZE}` : NAMES[v]))];
  return [
    `\n### One page of ${LIST_SIZE} activities: \`activity-list\` (median, min–max; ratio to static HTML)\n`,
    table(head, [
      ['cold', ...LIST_VARIANTS.map(time('cold'))],
      ['warm', ...LIST_VARIANTS.map(time('warm'))],
      ['API requests cold, until the network is idle', ...LIST_VARIANTS.map((v) => list[key(v, 'cold')].requests.median)],
      ['API requests warm, before content', ...LIST_VARIANTS.map((v) => list[key(v, 'warm')].requestsAtContent.median)],
    ]),
  ];
}

/** The tables of the sections a partial run measured, when there is no full run to merge them into. */
export function sectionTables(r, sections) {
  const out = [];
  if (sections.includes('qr')) out.push(...qrTables(r.qr), '', table(['target', 'measured', ''], qrTargets(r.qr)));
  if (sections.includes('lighthouse')) out.push(...lighthouseTables(r.lighthouse), '', table(['target', 'measured', ''], lighthouseTargets(r.lighthouse)));
  if (sections.includes('engines')) out.push(...engineTables(r.engines));
  if (sections.some((name) => !['qr', 'lighthouse', 'engines'].includes(name))) out.push('\n(Other sections are reported only within a full run.)');
  return out;
}

const ENGINE_NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
const px = (value) => `${value.toFixed(1)} px`;

/** The cross-engine tables: time to content beside static HTML in the same engine, and card boxes. */
export function engineTables(engines) {
  const head = ['', ...ENGINES.flatMap((e) => ENGINE_VARIANTS.map((v) => `${ENGINE_NAMES[e]} · ${NAMES[v]}`))];
  const rows = ['cold', 'warm'].map((warmth) => [
    `${ENGINE_CARDS} ${warmth}`,
    ...ENGINES.flatMap((e) => {
      const t = (v) => engines[e].timing[`${v}/${ENGINE_CARDS}/${warmth}`];
      return ENGINE_VARIANTS.map((v) => {
        if (t(v).failed) return `**no content within 30 s** (${t(v).tried - t(v).failed}/${t(v).tried} loads showed it)`;
        return v === 'static' ? ms(t(v)) : `${(t(v).median / t('static').median).toFixed(2)}× · ${ms(t(v))}`;
      });
    }),
  ]);
  rows.push([
    'largest move or resize of a card box, 10 cards in page text (max of runs)',
    ...ENGINES.flatMap((e) => ENGINE_VARIANTS.map((v) => (engines[e].moved[v].failed ? '**no content**' : px(engines[e].moved[v].max)))),
  ]);
  return [
    `\n### Time to content in each engine (median, min–max; ratio to static HTML in the same engine)\n`,
    ENGINES.map((e) => engines[e].version).join(' · '),
    '',
    table(head, rows),
  ];
}
