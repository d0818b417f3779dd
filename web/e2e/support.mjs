// Shared by the end-to-end tests and the first-screen benchmark: the real API as a child process on a
// free port, a fresh SQLite database and data directory, the built page, and Debian's Chromium.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { chinaToday } from '../src/lib/chinaDate.js'

export const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const repoRoot = resolve(webRoot, '..')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Starts the built API (Development: demo accounts, the SMS outbox) and resolves once it listens. */
export async function startApi({ environment = 'Development' } = {}) {
  const dll = process.env.RELIEF_API_DLL ?? join(repoRoot, 'artifacts', 'bin', 'Api', 'debug', 'ReliefPlatform.Api.dll')
  if (!existsSync(dll)) throw new Error(`API not built: ${dll} (run dotnet build src/Api)`)
  if (!existsSync(join(webRoot, 'dist', 'index.html'))) throw new Error('web/dist missing (run npm run build in web/)')
  const data = mkdtempSync(join(tmpdir(), 'relief-e2e-'))
  const env = {
    ...process.env,
    ASPNETCORE_ENVIRONMENT: environment,
    ConnectionStrings__Relief: `Data Source=${join(data, 'relief.db')}`,
    Attachments__Directory: join(data, 'attachments'),
    Exports__Directory: join(data, 'exports'),
    Web__Root: join(webRoot, 'dist'),
    Jobs__Enabled: 'false',
    RateLimits__OtpRequest__PermitLimit: '1000',
    RateLimits__OtpVerify__PermitLimit: '1000',
    RateLimits__StaffLogin__PermitLimit: '1000',
    Logging__LogLevel__Default: 'Warning',
    // The metrics listener on a free port: another API on this machine (a second test run, a benchmark) may hold 9464.
    Telemetry__Metrics__Port: '0',
  }
  const child = spawn('dotnet', [dll, '--urls', 'http://127.0.0.1:0'], { cwd: dirname(dll), env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start in 90 s:\n${output}`)), 90_000)
    const onData = (chunk) => {
      output += chunk
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => reject(new Error(`API exited with ${code}:\n${output}`)))
  })
  return {
    url,
    dataDir: data,
    output: () => output,
    async stop() {
      child.kill('SIGTERM')
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)))
      rmSync(data, { recursive: true, force: true })
    },
  }
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

// RELIEF_E2E_FAKE_CLOCK=china-ahead starts every page's clock where China's date is a day ahead of UTC's
// (00:00 to 08:00 in China), as between 16:00 and 24:00 UTC, when pages that took the computer's date
// asked the service for yesterday. The API keeps the real clock, so page and service agree only if the
// page counts in China's date. The start keeps the real China date and is never later than now: it is
// the real time when that is between 00:00 and 06:00 in China, else 06:00 in China, up to 18 hours back.
// A clock set back only makes the API's session expiry (expiresAt) look further away, never past; 06:00
// at the latest leaves two hours before UTC's date catches up; clock.install lets time run on from there,
// so timers, polls and the idle limit behave as usual.
const FAKE_CLOCK = process.env.RELIEF_E2E_FAKE_CLOCK
if (FAKE_CLOCK && FAKE_CLOCK !== 'china-ahead') throw new Error(`RELIEF_E2E_FAKE_CLOCK: unknown value ${FAKE_CLOCK} (china-ahead)`)

export function chinaAheadOfUtc(now = Date.now()) {
  return Math.min(now, Date.parse(`${chinaToday(now)}T06:00:00+08:00`))
}

/** A browser context, on the fake clock when RELIEF_E2E_FAKE_CLOCK asks for one. */
export async function newContext(browser, options) {
  const context = await browser.newContext(options)
  if (FAKE_CLOCK) await context.clock.install({ time: chinaAheadOfUtc() })
  return context
}

/** A phone: 360 × 640, touch, Chinese. */
export function phoneContext(browser, options = {}) {
  return newContext(browser, { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1, locale: 'zh-CN', ...options })
}

/** A small JSON client for the API, as staff or the dev SMS outbox. */
export function client(base, token) {
  return async (path, { method = 'GET', body } = {}) => {
    const headers = { 'Content-Type': 'application/json' }
    if (token) headers.Authorization = `Bearer ${token}`
    const response = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`)
    return text ? JSON.parse(text) : null
  }
}

export async function staffToken(base, username, password = 'Demo#2026') {
  return (await client(base)('/api/v1/auth/staff/login', { method: 'POST', body: { username, password } })).accessToken
}

export async function latestCode(base, phone) {
  // Newest first; progress texts (with tracking numbers) are in the same outbox, so take the newest sign-in code.
  const messages = await client(base)(`/api/v1/dev/sms?phone=${phone}`)
  return messages.find((m) => m.text.includes('验证码')).code
}

/** A JPEG drawn in the page (nothing is fetched, so it works offline); with noise it is camera-sized (well over 500 KB at 2400 × 1800). */
export async function photoFromPage(page, { width, height, noise = false, quality = 0.9, name = 'IMG_20261123.jpg' }) {
  const base64 = await page.evaluate(async ({ width, height, noise, quality }) => {
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const ctx = canvas.getContext('2d')
    if (noise) {
      const image = ctx.createImageData(width, height)
      for (let i = 0; i < image.data.length; i += 4) {
        image.data[i] = (i * 7) % 251
        image.data[i + 1] = Math.random() * 255
        image.data[i + 2] = (i >> 8) % 256
        image.data[i + 3] = 255
      }
      ctx.putImageData(image, 0, 0)
    } else {
      ctx.fillStyle = '#8ab'
      ctx.fillRect(0, 0, width, height)
    }
    const blob = await new Promise((r) => canvas.toBlob(r, 'image/jpeg', quality))
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let text = ''
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return btoa(text)
  }, { width, height, noise, quality })
  return { name, mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') }
}

/** How many photos the page's browser still keeps for sending (web/src/lib/keptPhotos.js), once the count settles at `expected`. */
export async function keptPhotoCount(page, expected = 0) {
  const count = () => new Promise((resolve) => {
    const open = indexedDB.open('relief-photos')
    open.onupgradeneeded = () => open.transaction.abort() // not there yet: leave it for the page to make
    open.onerror = () => resolve(0)
    open.onsuccess = () => {
      const db = open.result
      if (!db.objectStoreNames.contains('waiting')) return resolve(db.close() ?? 0)
      const request = db.transaction('waiting').objectStore('waiting').count()
      request.onsuccess = () => resolve(request.result)
      request.transaction.oncomplete = () => db.close()
    }
  })
  let n
  for (const until = Date.now() + 10_000; (n = await page.evaluate(count)) !== expected && Date.now() < until;) await page.waitForTimeout(200)
  return n
}
