// `npm run bench`: what the widgets cost a host page, side by side with the best possible page
// and with peers, in one run so that the ratios hold on a noisy machine. Prints a table, writes
// bench/results.json and the table in BENCHMARKS.md. RUNS, CYCLES, CAMERA_CYCLES, API_SECONDS
// and LIGHTHOUSE_RUNS shorten or lengthen it. ONLY=qr,lighthouse (any of the sections: bytes, load, heap,
// qr, api, engines, lighthouse) measures only those and puts them into the previous run's
// bench/results.json and tables, or only prints their tables when there is no previous run.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { generateFakeCamera } from '../scripts/fake-camera.mjs';
import { measureApi } from './api.mjs';
import { launch } from './browser.mjs';
import { bundle, measureBytes, OUT, PEERS } from './bytes.mjs';
import { measureEngines } from './engines.mjs';
import { measureHeap } from './heap.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measureLoad } from './load.mjs';
import { measureQr } from './qr.mjs';
import { startBenchServer } from './server.mjs';
import { report, sectionTables } from './report.mjs';

const settings = {
  runs: Number(process.env.RUNS) || 5,
  cycles: Number(process.env.CYCLES) || 1000,
  cameraCycles: Number(process.env.CAMERA_CYCLES) || 1000,
  seconds: Number(process.env.API_SECONDS) || 5,
  lighthouseRuns: Number(process.env.LIGHTHOUSE_RUNS) || 3,
};

if (!existsSync('dist/cdn/manifest.json')) execSync('npm run build', { stdio: 'inherit' });

const started = Date.now();
const results = { date: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version }, settings };

/** The sections ONLY may name, each measuring into `results` with what it needs. */
const SECTIONS = ['bytes', 'load', 'heap', 'qr', 'api', 'engines', 'lighthouse'];
const only = process.env.ONLY ? process.env.ONLY.split(',').map((name) => name.trim()) : SECTIONS;
const unknown = only.filter((name) => !SECTIONS.includes(name));
if (unknown.length > 0) throw new Error(`ONLY names ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}.`);
const wanted = (name) => only.includes(name);

if (wanted('bytes')) {
  console.log('Bytes…');
  results.bytes = await measureBytes(OUT);
}
// The load section's Shoelace page needs the peer's bundle, which the bytes section makes.
if (wanted('load') && !existsSync(`${OUT}/shoelace.js`)) {
  mkdirSync(OUT, { recursive: true });
  await bundle('shoelace', PEERS.shoelace, OUT);
}
const server = await startBenchServer({ outDir: OUT });
const browser = wanted('load') || wanted('heap') ? await launch() : undefined;
const cameraBrowser = wanted('heap') || wanted('qr') ? await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${generateFakeCamera(`${OUT}/camera`)}`]) : undefined;
try {
  results.browser = (browser ?? cameraBrowser)?.version();
  if (wanted('load')) {
    console.log('Time to content, requests, layout shift…');
    Object.assign(results, await measureLoad(browser, server, settings));
  }
  if (wanted('heap')) {
    console.log('Heap…');
    results.heap = await measureHeap(browser, cameraBrowser, server, settings);
  }
  if (wanted('qr')) {
    console.log('QR…');
    const page = await (await cameraBrowser.newContext({ permissions: ['camera'] })).newPage();
    await page.goto(`${server.origin}/blank.html?scanner=1`);
    results.qr = await measureQr(page, settings);
  }
  if (wanted('api')) {
    console.log('Reference server…');
    results.api = await measureApi(server, settings);
  }
  if (wanted('engines')) {
    console.log('Time to content in each engine…');
    results.engines = await measureEngines(server, settings);
  }
} finally {
  await browser?.close();
  await cameraBrowser?.close();
  await server.close();
}
if (wanted('lighthouse')) {
  console.log('Lighthouse on the demo pages…');
  results.lighthouse = await measureLighthouse({ runs: settings.lighthouseRuns });
}
results.seconds = Math.round((Date.now() - started) / 1000);

if (only.length === SECTIONS.length) finish(results);
else if (existsSync('bench/results.json')) {
  // Into the previous full run's figures: each section measured now replaces its own.
  const previous = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  const partial = { ...previous, partial: { date: results.date, sections: only } };
  for (const name of only) {
    const keys = name === 'load' ? ['timing', 'list', 'shift', 'distinct'] : [name];
    for (const key of keys) partial[key] = results[key];
  }
  finish(partial);
} else {
  console.log(`\n${sectionTables(results, only).join('\n')}`);
}

/** Writes bench/results.json, prints the tables and puts them into BENCHMARKS.md. */
function finish(all) {
  writeFileSync('bench/results.json', `${JSON.stringify(all, null, 2)}\n`);
  const table = report(all);
  console.log(`\n${table}`);
  const doc = readFileSync('BENCHMARKS.md', 'utf8');
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  writeFileSync('BENCHMARKS.md', `${doc.slice(0, doc.indexOf(start) + start.length)}\n${table}\n${doc.slice(doc.indexOf(end))}`);
  console.log(`\nWrote bench/results.json and the table in BENCHMARKS.md (${Math.round((Date.now() - started) / 1000)} s).`);
}
