// What the staff console's end-to-end files share: the API and Chromium for the file, pages at
// 1366 × 768 in Chinese, sign-in in the browser and through the API (TOTP for the demo secret), and
// residents filing through the same API the phone page uses.
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { assertAccessible } from './axe.mjs'
import { client, latestCode, launchBrowser, newContext, startApi, webRoot } from './support.mjs'
import { checkCharacter } from '../src/lib/idNumber.js'
import { addDays } from '../src/lib/chinaDate.js'

export const out = join(webRoot, 'e2e', 'out')
mkdirSync(out, { recursive: true })
export const PASSWORD = 'Demo#2026'

/** The file's API and browser, once started: ctx.base, ctx.api, ctx.browser, ctx.pages by name. */
export const ctx = { api: null, base: null, browser: null, pages: {}, timings: [] }

export async function start() {
  ctx.api = await startApi()
  ctx.base = ctx.api.url
  ctx.browser = await launchBrowser()
}

export async function stop() {
  if (ctx.timings.length) console.log(`timings:\n  ${ctx.timings.join('\n  ')}`)
  await ctx.browser?.close()
  await ctx.api?.stop()
}

/** A screenshot of the screen, which must also pass axe (WCAG 2.2 AA: no serious or critical violation). */
export async function shot(page, name) {
  await page.waitForTimeout(250)
  await page.screenshot({ path: join(out, `staff-${name}.png`) })
  await assertAccessible(page, `staff-${name}`)
}

export async function step(name, body) {
  const started = Date.now()
  try {
    await body()
  } catch (error) {
    // What each page showed when the step failed, to read beside the error.
    for (const [who, page] of Object.entries(ctx.pages)) await page.screenshot({ path: join(out, `staff-failed-${name.replace(/[^\w]+/g, "-")}-${who}.png`) }).catch(() => {})
    throw error
  }
  ctx.timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

// TOTP (RFC 6238: HMAC-SHA1, 30 s, 6 digits) for the demo secret. A code signs an account in once, so
// each account waits for a step it has not used yet.
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
const usedSteps = new Map()
function codeAt(counter) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  const bits = [...SECRET].map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0')).join('')
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)))
  const message = Buffer.alloc(8)
  message.writeBigUInt64BE(BigInt(counter))
  const mac = createHmac('sha1', key).update(message).digest()
  const offset = mac[19] & 15
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}
export async function freshCode(username) {
  for (;;) {
    const counter = Math.floor(Date.now() / 30_000)
    if (usedSteps.get(username) !== counter && Date.now() % 30_000 < 27_000) {
      usedSteps.set(username, counter)
      return codeAt(counter)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
}

/** A JSON client signed in as a member of staff (with the TOTP step where the account has one). */
export async function staffApi(username, password = PASSWORD) {
  const anon = client(ctx.base)
  let answer = await anon('/api/v1/auth/staff/login', { method: 'POST', body: { username, password } })
  if (answer.nextStep === 'totp') answer = await client(ctx.base, answer.accessToken)('/api/v1/auth/staff/totp/verify', { method: 'POST', body: { code: await freshCode(username) } })
  return client(ctx.base, answer.accessToken)
}

/**
 * The n-th working day after an ISO date, on the service's own calendar as its API gives it to staff
 * (GET /api/v1/admin/calendar/{year}: the year's holidays and make-up working days, the exceptions to
 * Monday–Friday): a date the service takes where it asks for a working day, whatever the weekday or the
 * holidays. `api` is a staff client from staffApi.
 */
export async function workingDayAfter(api, from, n) {
  const years = new Map()
  const calendar = async (year) => {
    if (!years.has(year)) years.set(year, await api(`/api/v1/admin/calendar/${year}`))
    return years.get(year)
  }
  let date = from
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1)
    const { holidays, workdays } = await calendar(date.slice(0, 4))
    const weekend = [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())
    if (workdays.includes(date) || (!weekend && !holidays.includes(date))) counted++
  }
  return date
}

/** The administrator creates a caseworker, who replaces the one-time password at the first sign-in. */
export async function createCaseworker({ username, displayName, password, departmentCode = 'civil', regionCode = '530102' }) {
  const admin = await staffApi('admin')
  const created = await admin('/api/v1/admin/staff', { method: 'POST', body: { username, displayName, role: 'Caseworker', departmentCode, regionCode } })
  const first = await client(ctx.base)('/api/v1/auth/staff/login', { method: 'POST', body: { username, password: created.oneTimePassword } })
  assert.equal(first.nextStep, 'password-change')
  await client(ctx.base, first.accessToken)('/api/v1/auth/staff/password', { method: 'POST', body: { currentPassword: created.oneTimePassword, newPassword: password } })
  return created
}

let residentCount = 0
/** A resident signs in by SMS and files through the same API the phone page uses. */
export async function residentFiles(itemCode, answers, name) {
  residentCount++
  const phone = `139${String(Date.now()).slice(-7)}${residentCount % 10}`
  const anon = client(ctx.base)
  await anon('/api/v1/auth/otp', { method: 'POST', body: { phone } })
  const { accessToken, expiresAt } = await anon('/api/v1/auth/otp/verify', { method: 'POST', body: { phone, code: await latestCode(ctx.base, phone) } })
  const id17 = `53010219850101${String(100 + residentCount)}`
  const response = await fetch(`${ctx.base}/api/v1/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}`, 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ itemCode, regionCode: '530102001001', applicant: { name, idNumber: id17 + checkCharacter(id17), phone }, answers, description: '丈夫去年因病去世，家里三口人只靠我打零工。' }),
  })
  assert.equal(response.status, 201, await response.clone().text())
  // The session too, for a phone page that opens as this resident (localStorage 'relief.session').
  return { ...(await response.json()), resident: client(ctx.base, accessToken), session: { token: accessToken, expiresAt, phone } }
}

export async function newPage(name) {
  const context = await newContext(ctx.browser, { viewport: { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  page.on('pageerror', (e) => console.error(`[${name}] page error: ${e.message}`))
  // Refused requests are the tests' own doing (lapsed sessions, conflicts); script errors are not.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && console.error(`[${name}] console: ${m.text()}`))
  ctx.pages[name] = page
  return page
}

export async function signIn(page, username, password = PASSWORD, { totp = false } = {}) {
  await page.goto(`${ctx.base}/staff/`)
  await page.getByRole('heading', { name: '工作人员登录' }).waitFor()
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  if (totp) {
    await page.getByRole('heading', { name: '输入动态验证码' }).waitFor()
    await page.getByLabel('动态验证码').fill(await freshCode(username))
    await page.getByRole('button', { name: '下一步' }).click()
  }
  await page.locator('.topbar').waitFor()
}

export const dialog = (page) => page.locator('.el-dialog:visible')
export const status = (page) => page.locator('.case-head .el-tag').first()

export async function openCase(page, app) {
  await page.goto(`${ctx.base}/staff/applications/${app.id}`)
  await page.locator('[data-test=application]').waitFor()
}

export async function tokenOf(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('relief.staff.session')).token)
}
