// Heap growth after many mount/unmount cycles, after garbage collection (through CDP).

async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Runs `cycle` in the page `warmup` times, then measures the heap around `cycles` more. */
async function growth(page, cycles, body, arg) {
  await page.evaluate(body, { cycles: 20, arg }); // warm-up: chunks, caches and JIT settle
  const before = await heapAfterGc(page);
  const result = await page.evaluate(body, { cycles, arg });
  const after = await heapAfterGc(page);
  return { cycles, before, after, growth: after - before, ...result };
}

async function cardCycles({ cycles, arg: id }) {
  for (let i = 0; i < cycles; i++) {
    const card = document.createElement('activity-card');
    card.setAttribute('activity-id', id);
    document.body.append(card);
    while (!card.shadowRoot?.querySelector('[part~="title"]')?.textContent.trim()) await new Promise(requestAnimationFrame);
    card.remove();
  }
  return {};
}

async function scannerCycles({ cycles }) {
  await customElements.whenDefined('qr-scanner');
  let live = 0;
  for (let i = 0; i < cycles; i++) {
    const scanner = document.createElement('qr-scanner');
    document.body.append(scanner);
    await scanner.updateComplete;
    await scanner.start();
    await scanner.stop();
    scanner.remove();
    // The camera is released when every track it opened has ended.
    live += window.__streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState !== 'ended').length;
    window.__streams.length = 0;
  }
  return { tracksLeftLive: live };
}

/** Keeps every stream the page opens, to check that each of its tracks ends. */
const KEEP_STREAMS = () => {
  window.__streams = [];
  const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await original(constraints);
    window.__streams.push(stream);
    return stream;
  };
};

export async function measureHeap(browser, cameraBrowser, server, { cycles, cameraCycles }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/blank.html`);
  const card = await growth(page, cycles, cardCycles, '13965');
  await context.close();

  const cameraContext = await cameraBrowser.newContext({ permissions: ['camera'] });
  await cameraContext.addInitScript(KEEP_STREAMS);
  const cameraPage = await cameraContext.newPage();
  await cameraPage.goto(`${server.origin}/blank.html?scanner=1`);
  const scanner = await growth(cameraPage, cameraCycles, scannerCycles);
  await cameraContext.close();
  return { card, scanner };
}
