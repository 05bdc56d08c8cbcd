// `npm run bench`: what the widgets cost a host page, side by side with the best possible page
// and with peers, in one run so that the ratios hold on a noisy machine. Prints a table, writes
// bench/results.json and the table in BENCHMARKS.md. RUNS, CYCLES, CAMERA_CYCLES and
// API_SECONDS shorten or lengthen it. ONLY=engines measures only the cross-engine time to content
// (bench/engines.mjs) and puts it into the previous run's bench/results.json and tables.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { generateFakeCamera } from '../scripts/fake-camera.mjs';
import { measureApi } from './api.mjs';
import { launch } from './browser.mjs';
import { measureBytes, OUT } from './bytes.mjs';
import { measureEngines } from './engines.mjs';
import { measureHeap } from './heap.mjs';
import { measureLoad } from './load.mjs';
import { measureQr } from './qr.mjs';
import { startBenchServer } from './server.mjs';
import { engineTables, report } from './report.mjs';

const settings = {
  runs: Number(process.env.RUNS) || 5,
  cycles: Number(process.env.CYCLES) || 1000,
  cameraCycles: Number(process.env.CAMERA_CYCLES) || 1000,
  seconds: Number(process.env.API_SECONDS) || 5,
};

if (!existsSync('dist/cdn/manifest.json')) execSync('npm run build', { stdio: 'inherit' });

const started = Date.now();
const results = { date: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version }, settings };
if (process.env.ONLY === 'engines') {
  const server = await startBenchServer({ outDir: OUT });
  let engines;
  try {
    console.log('Time to content in each engine…');
    engines = await measureEngines(server, settings);
  } finally {
    await server.close();
  }
  // Into the previous full run's figures when there is one; else only printed.
  if (existsSync('bench/results.json')) finish({ ...JSON.parse(readFileSync('bench/results.json', 'utf8')), engines });
  else console.log(`\n${engineTables(engines).join('\n')}`);
  process.exit(0);
}
console.log('Bytes…');
results.bytes = await measureBytes(OUT);
const server = await startBenchServer({ outDir: OUT });
const browser = await launch();
const video = generateFakeCamera(`${OUT}/camera`);
const cameraBrowser = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
try {
  results.browser = browser.version();
  console.log('Time to content, requests, layout shift…');
  Object.assign(results, await measureLoad(browser, server, settings));
  console.log('Heap…');
  results.heap = await measureHeap(browser, cameraBrowser, server, settings);
  console.log('QR…');
  const page = await (await cameraBrowser.newContext({ permissions: ['camera'] })).newPage();
  await page.goto(`${server.origin}/blank.html?scanner=1`);
  results.qr = await measureQr(page, settings);
  console.log('Reference server…');
  results.api = await measureApi(server, settings);
  console.log('Time to content in each engine…');
  results.engines = await measureEngines(server, settings);
} finally {
  await browser.close();
  await cameraBrowser.close();
  await server.close();
}
results.seconds = Math.round((Date.now() - started) / 1000);
finish(results);

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
