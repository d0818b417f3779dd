// Issue 19 §1 and §3 on the phone page (Chromium at 360 × 640, touch, against the real API on a fresh
// SQLite database): a sign-in ended on the server mid-form sends the resident to sign-in with 内容都还在
// and back to the same step with every answer; typing keeps the sign-in alive; a photo that failed for
// want of a signal says so with 重新上传, does not hold 下一步 for ever, and uploads by itself when the
// signal returns; files are named by the document they are for. Screenshots: e2e/out/resilience-*.png.
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { client, keptPhotoCount, latestCode, launchBrowser, phoneContext, photoFromPage, startApi, webRoot } from './support.mjs'

const out = join(webRoot, 'e2e', 'out')
mkdirSync(out, { recursive: true })

let api, browser, context, page, base, codeRequestedAt = 0
const phone = '137' + String(Date.now()).slice(-8)
const idNumber = '530102196001011238'

async function shot(name) {
  await page.waitForTimeout(150)
  await page.screenshot({ path: join(out, `resilience-${name}.png`) })
}

async function next() {
  await page.getByRole('button', { name: '下一步' }).click()
}

async function signIn() {
  await page.getByLabel('手机号').fill(phone)
  // One code a minute per phone (the service's limit), counted from when the last one was answered.
  await new Promise((r) => setTimeout(r, Math.max(0, codeRequestedAt + 61_000 - Date.now())))
  await page.getByRole('button', { name: /获取验证码|重新获取/ }).click()
  await page.getByText(/验证码已发送到/).waitFor()
  codeRequestedAt = Date.now()
  await page.getByLabel('短信验证码').fill(await latestCode(base, phone))
  await page.getByRole('button', { name: '登录', exact: true }).click()
}

before(async () => {
  api = await startApi()
  base = api.url
  browser = await launchBrowser()
  context = await phoneContext(browser)
  page = await context.newPage()
})

after(async () => {
  await browser?.close()
  await api?.stop()
})

describe('a resident whose sign-in or signal goes away mid-form', () => {
  test('the session ended on the server: sign-in with 内容都还在, then the same step with every answer', async () => {
    await page.goto(`${base}/#/sign-in?next=/item/civil.dibao`)
    await signIn()
    await page.getByRole('button', { name: /开始申请|接着填写/ }).click()
    await page.getByRole('heading', { name: '申请人是谁' }).waitFor()
    await page.getByLabel(/^姓名/).fill('李秀英')
    await page.getByLabel(/^身份证号/).fill(idNumber)
    await next()
    await page.getByRole('heading', { name: '您住在哪里' }).waitFor()
    await page.locator('#region-prefecture').selectOption('530100')
    await page.locator('#region-county').selectOption('530102')
    await page.locator('#region-township').selectOption('530102001')
    // Another county chosen on a weak signal: the former county's townships go at once, not left to be picked.
    await page.route('**/api/v1/regions?parent=530103', async (route) => {
      await new Promise((r) => setTimeout(r, 2000))
      await route.continue()
    })
    await page.locator('#region-county').selectOption('530103')
    assert.equal(await page.locator('#region-township').count(), 0, "no township of the county no longer chosen")
    await page.locator('#region-township').waitFor()
    await page.locator('#region-county').selectOption('530102')
    // A weak signal: the township's villages take seconds to come. 下一步 tapped at once still takes the township chosen.
    await page.route('**/api/v1/regions?parent=530102001', async (route) => {
      await new Promise((r) => setTimeout(r, 4000))
      await route.continue()
    })
    await page.locator('#region-township').selectOption('530102001')
    await next()
    await page.locator('#answer-householdSize').waitFor({ timeout: 3000 })
    await page.unrouteAll({ behavior: 'ignoreErrors' }) // the villages still on their way are let through
    const questionsUrl = page.url()
    await page.locator('#answer-householdSize').fill('3口')
    await page.locator('#answer-annualIncomePerPerson').fill('4,200元')

    // Signed out from another tab (or by the idle limit): the server ends the session under the page.
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('relief.session')).token)
    await client(base, token)('/api/v1/auth/logout', { method: 'POST' })
    await next()

    await page.getByRole('heading', { name: '用手机号登录' }).waitFor()
    assert.match(await page.getByRole('alert').first().innerText(), /内容都还在/)
    await shot('01-signed-out-mid-form')
    await signIn()

    await page.locator('#answer-householdSize').waitFor()
    assert.equal(page.url(), questionsUrl, 'back on the step the resident was on')
    assert.equal(await page.locator('#answer-householdSize').inputValue(), '3口')
    assert.equal(await page.locator('#answer-annualIncomePerPerson').inputValue(), '4,200元')
    await shot('02-back-on-the-same-step')
    await page.getByRole('button', { name: '上一步' }).click()
    await page.getByRole('heading', { name: '您住在哪里' }).waitFor()
    assert.equal(await page.locator('#region-township').inputValue(), '530102001')
    await page.getByRole('button', { name: '上一步' }).click()
    await page.getByRole('heading', { name: '申请人是谁' }).waitFor()
    assert.equal(await page.getByLabel(/^姓名/).inputValue(), '李秀英')
    assert.equal((await page.getByLabel(/^身份证号/).inputValue()).replace(/\s/g, ''), idNumber)
  })

  test('typing keeps the sign-in alive: the draft goes to the server after five minutes of work on one screen', async () => {
    if (!process.env.RELIEF_E2E_FAKE_CLOCK) await context.clock.install({ time: Date.now() })
    await page.getByLabel(/^姓名/).fill('李秀')
    await page.clock.fastForward('05:01')
    const saved = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/api/v1/drafts/civil.dibao'))
    await page.getByLabel(/^姓名/).pressSequentially('英')

    const draft = JSON.parse((await saved).postData()).data
    assert.equal(draft.values.applicant.name, '李秀英')
    assert.equal(draft.step, 0)
  })

  test('a photo that failed offline offers 重新上传, does not hold 下一步, and uploads when the signal returns', async () => {
    await next()
    await page.getByRole('heading', { name: '您住在哪里' }).waitFor()
    await next()
    await page.locator('#answer-householdSize').waitFor()
    await next()
    await page.locator('[data-question="residence"]').waitFor()
    await page.locator('input[name="answer-residence"]').first().check()
    await next()
    await page.getByRole('heading', { name: '说说您的困难' }).waitFor()
    await page.getByLabel(/用自己的话/).fill('丈夫去年因病去世，家里三口人只靠我打零工。')
    await next()
    await page.getByRole('heading', { name: '拍照上传材料' }).waitFor()
    const picture = await photoFromPage(page, { width: 640, height: 480, name: 'IMG_20261206_093412.jpg' })

    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
    const offlineIdCard = page.locator('section[aria-labelledby="doc-idCard"]')
    await offlineIdCard.locator('input[type=file]').setInputFiles(picture)
    await offlineIdCard.getByText(/上传失败/).waitFor({ timeout: 10_000 })
    const retry = offlineIdCard.getByRole('button', { name: /^重新上传/ })
    await retry.waitFor()
    await page.getByText('现在没有网络').waitFor()
    await shot('03-photo-failed-offline')

    // 重新上传 while still offline fails again, at once, instead of showing 正在上传… for ever.
    await retry.click()
    await offlineIdCard.getByText(/上传失败/).waitFor({ timeout: 10_000 })
    await next()
    await page.getByText('有照片没有上传成功').first().waitFor()
    assert.equal(await page.getByRole('heading', { name: '拍照上传材料' }).count(), 1)

    // The page is closed before the signal returns (WeChat reloads it, or the resident closes it) and opened
    // again once there is a signal: the photo is still there and goes up by itself.
    assert.equal(await keptPhotoCount(page, 1), 1, 'the photo not yet sent is kept in the browser')
    const documentsUrl = page.url()
    await page.close()
    page = await context.newPage()
    await page.goto(documentsUrl)
    const idCard = page.locator('section[aria-labelledby="doc-idCard"]')
    await idCard.getByText(/已上传/).waitFor({ timeout: 20_000 })
    assert.equal(await keptPhotoCount(page), 0, 'sent, it is no longer kept')
    assert.equal(await idCard.getByText('身份证（正反面照片） 第 1 张').count(), 1, 'named by its document')
    assert.equal(await page.getByText('IMG_20261206_093412').count(), 0, "not by the camera's file name")
    const register = page.locator('section[aria-labelledby="doc-householdRegister"]')
    await register.locator('input[type=file]').setInputFiles(picture)
    await register.getByText(/已上传/).waitFor({ timeout: 20_000 })
    await shot('04-photo-uploaded-after-the-signal-returned')

    await next()
    await page.getByRole('heading', { name: '核对您填写的内容' }).waitFor()
    await page.getByText('2 张').waitFor()
    await page.getByRole('button', { name: '确认提交' }).click()
    await page.getByRole('heading', { name: '申请已提交' }).waitFor()
  })
})
