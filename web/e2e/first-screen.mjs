// The phone page's first screen on a slow connection: bytes transferred (as sent, gzipped) and the time
// until the list of items can be used, in a fresh Chromium profile at 360 × 640 with the network
// throttled through the DevTools protocol (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up), and once
// more with the CPU slowed 4× as on a cheap phone. Prints one line per measurement and a summary.
import { launchBrowser, phoneContext, startApi } from './support.mjs'

const RUNS = Number(process.env.RUNS ?? 5)
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }

async function measure(browser, url, { cpu = 1, warm = false } = {}) {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  if (warm) {
    await page.goto(url)
    await page.locator('main a[href^="#/item/"]').first().waitFor()
    await page.goto('about:blank')
  }
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu })
  const types = new Map()
  const bytes = { script: 0, stylesheet: 0, document: 0, api: 0, other: 0 }
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { type: e.type, url: e.response.url }))
  cdp.on('Network.loadingFinished', (e) => {
    const r = types.get(e.requestId)
    if (!r) return
    const key = r.url.includes('/api/') ? 'api' : r.type === 'Script' ? 'script' : r.type === 'Stylesheet' ? 'stylesheet' : r.type === 'Document' ? 'document' : 'other'
    bytes[key] += e.encodedDataLength
  })
  const started = Date.now()
  await page.goto(url, { waitUntil: 'commit' })
  const first = page.locator('main a[href^="#/item/"]').first()
  await first.waitFor()
  await first.click({ trial: true })
  const usable = Date.now() - started
  await page.waitForTimeout(300)
  await context.close()
  return { usable, bytes }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const api = await startApi()
const browser = await launchBrowser()
try {
  const url = api.url + '/'
  await measure(browser, url) // warm up the API (first catalog query, JIT)
  const scenarios = [
    ['slow 4G, cold cache', { cpu: 1 }],
    ['slow 4G, cold cache, CPU 4x slower', { cpu: 4 }],
    ['slow 4G, revisit (cached assets)', { cpu: 1, warm: true }],
  ]
  const kb = (n) => (n / 1024).toFixed(1)
  for (const [name, options] of scenarios) {
    const runs = []
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, url, options))
    const times = runs.map((r) => r.usable)
    const b = runs[runs.length - 1].bytes
    console.log(`${name}: item list usable after median ${median(times)} ms (min ${Math.min(...times)}, max ${Math.max(...times)}, ${RUNS} runs)`)
    console.log(`  transferred: JS ${kb(b.script)} KB + CSS ${kb(b.stylesheet)} KB = ${kb(b.script + b.stylesheet)} KB; HTML ${kb(b.document)} KB; API (catalog) ${kb(b.api)} KB; other ${kb(b.other)} KB; total ${kb(b.script + b.stylesheet + b.document + b.api + b.other)} KB`)
  }
} finally {
  await browser.close()
  await api.stop()
}
