// Shared by the end-to-end tests and the first-screen benchmark: the real API as a child process on a
// free port, a fresh SQLite database and data directory, the built page, and Debian's Chromium.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

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

/** A phone: 360 × 640, touch, Chinese. */
export function phoneContext(browser, options = {}) {
  return browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1, locale: 'zh-CN', ...options })
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
