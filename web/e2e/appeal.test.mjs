// 复核 (issue 20 §6, ADR 0042) on the phone page at 360 × 640: a refused resident sees by when a review can
// be asked for, opens the form, types her reasons (kept on the phone: a reload loses nothing), adds a photo,
// sends it, and then reads the review's status and due date and the step in the timeline. axe on each screen.
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { assertAccessible } from './axe.mjs'
import { client, keptPhotoCount, launchBrowser, phoneContext, photoFromPage, staffToken, startApi, webRoot } from './support.mjs'
import { createCaseworker, ctx, dialog, newPage, residentFiles, shot as staffShot, signIn } from './staff-support.mjs'

const out = join(webRoot, 'e2e', 'out')
mkdirSync(out, { recursive: true })

let api, browser, context, page, base
const words = '原决定说我家是砖混房，其实是土坯房，墙上的裂缝越来越大，照片附后，请重新核实。'

async function shot(name) {
  await page.waitForTimeout(150)
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true })
}

/** A resident signed in through the API (residentFiles), and her housing application refused by the county department. */
async function refusedApplication() {
  const { id, session } = await residentFiles('housing.safety', { houseCondition: 'cracked', houseStructure: 'earthWood', stillLivingIn: true, householdCategory: 'dibao' }, '李秀英')
  const caseworker = client(base, await staffToken(base, 'cw-housing-530102'))
  await caseworker(`/api/v1/applications/${id}/accept`, { method: 'POST', body: {} })
  await caseworker(`/api/v1/applications/${id}/reject`, { method: 'POST', body: { reason: '经核实房屋为砖混结构，不属于危房。' } })
  return { id, session }
}

before(async () => {
  api = await startApi()
  base = api.url
  browser = await launchBrowser()
  Object.assign(ctx, { api, base, browser })
  context = await phoneContext(browser)
  page = await context.newPage()
})

after(async () => {
  await browser?.close()
  await api?.stop()
})

describe('appeal (复核)', () => {
  test('a refused resident asks for a review with words and a photo, keeps what she typed across a reload, and follows its status', async () => {
    const { id, session } = await refusedApplication()
    await context.addInitScript((saved) => localStorage.setItem('relief.session', JSON.stringify(saved)), session)
    const detail = await client(base, session.token)(`/api/v1/applications/${id}`)
    assert.ok(detail.appealBy, 'the detail says until when the refusal can be appealed')

    await page.goto(`${base}/#/applications/${id}`)
    const section = page.locator('section[data-test="appeal"]')
    await section.getByRole('heading', { name: '申请复核' }).waitFor()
    const by = await section.locator('[data-test="appeal-by"]').innerText()
    assert.match(by, /前可以申请复核$/)
    assert.ok(by.includes(`${Number(detail.appealBy.slice(5, 7))}月${Number(detail.appealBy.slice(8, 10))}日`), by)
    await section.scrollIntoViewIfNeeded()
    await shot('appeal-01-refused')
    await assertAccessible(page, 'appeal: refused')

    await section.getByRole('button', { name: '申请复核' }).click()
    await section.locator('textarea').fill('不服')
    await section.getByRole('button', { name: '提交复核申请' }).click()
    await section.getByText(/请至少写 10 个字/).waitFor()

    // What is typed stays on the phone: a reload brings the form back open with the words in it.
    await section.locator('textarea').fill(words)
    await page.waitForTimeout(200)
    await page.reload()
    await page.locator('section[data-test="appeal"] textarea').waitFor()
    assert.equal(await page.locator('section[data-test="appeal"] textarea').inputValue(), words)

    // The photo meets no signal and the page is reloaded before it returns: the photo is still there, to send.
    await page.route('**/api/v1/attachments', (route) => route.abort('internetdisconnected'))
    await page.locator('section[data-test="appeal"] input[type=file]').setInputFiles(await photoFromPage(page, { width: 1200, height: 900, name: 'IMG_crack.jpg' }))
    await page.locator('section[data-test="appeal"]').getByText(/上传失败/).waitFor({ timeout: 30_000 })
    await page.reload()
    await page.locator('section[data-test="appeal"]').getByText(/上传失败/).waitFor({ timeout: 30_000 })
    await page.unroute('**/api/v1/attachments')
    await page.locator('section[data-test="appeal"]').getByRole('button', { name: /^重新上传/ }).click()
    await page.locator('section[data-test="appeal"]').getByText(/已上传/).waitFor({ timeout: 30_000 })
    assert.equal(await keptPhotoCount(page), 0, 'sent, it is no longer kept in the browser')
    await shot('appeal-02-form')
    await assertAccessible(page, 'appeal: form')
    await page.locator('section[data-test="appeal"]').getByRole('button', { name: '提交复核申请' }).click()

    const status = page.locator('section[data-test="appeal-status"]')
    await status.getByText(/正在复核，部门会在 .* 前答复/).waitFor()
    assert.ok(await page.getByText('复核中').first().isVisible())
    assert.ok(await status.getByText(words, { exact: false }).isVisible())
    assert.equal(await page.locator('section[data-test="appeal"]').count(), 0)
    assert.ok(await page.locator('.timeline').getByText('您申请了复核').isVisible())
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), `relief.appeal.${id}`), null)
    const after = await client(base, session.token)(`/api/v1/applications/${id}`)
    assert.equal(after.status, 'UnderAppeal')
    assert.equal(after.appeals[0].reason, words)
    assert.equal(after.attachments.filter((a) => a.documentKey === 'appeal').length, 1)
    await shot('appeal-03-under-review')
    await assertAccessible(page, 'appeal: under review')
  })

  test('in the console the officer who refused is not offered the review; a colleague sees the words and photo and upholds it; the supervisor sees it counted', async () => {
    const { id, session } = await refusedApplication()
    await client(base, session.token)(`/api/v1/applications/${id}/appeal`, { method: 'POST', body: { reason: words } })
    await createCaseworker({ username: 'cw-housing-review', displayName: '王复核', password: 'Review#2026-strong', departmentCode: 'housing', regionCode: '530102' })

    const decider = await newPage('decider')
    await signIn(decider, 'cw-housing-530102')
    await decider.goto(`${base}/staff/applications/${id}`)
    await decider.locator('[data-test="appeal-recused"]').waitFor()
    assert.equal(await decider.locator('[data-test="act-appealUphold"]').count(), 0)
    await staffShot(decider, 'appeal-01-recused')

    const reviewer = await newPage('reviewer')
    await signIn(reviewer, 'cw-housing-review', 'Review#2026-strong')
    await reviewer.goto(`${base}/staff/queue`)
    const row = reviewer.locator('.el-table__row', { hasText: '复核中' }).first()
    await row.waitFor()
    await staffShot(reviewer, 'appeal-02-queue')
    await reviewer.goto(`${base}/staff/applications/${id}`)
    await reviewer.locator('[data-test="appeal-words"]', { hasText: words }).waitFor()
    await reviewer.locator('[data-test="act-appealUphold"]').click()
    await dialog(reviewer).locator('textarea').fill('经复核，入户记录和照片均显示为砖混结构，原决定认定事实清楚。')
    await staffShot(reviewer, 'appeal-03-dialog')
    await dialog(reviewer).locator('[data-test="dialog-submit"]').click()
    await reviewer.locator('[data-test="appeal"]', { hasText: '维持原决定' }).waitFor()
    await staffShot(reviewer, 'appeal-04-upheld')

    const supervisor = await newPage('supervisor')
    await signIn(supervisor, 'sup-530102', undefined, { totp: true })
    await supervisor.goto(`${base}/staff/dashboard`)
    const report = supervisor.locator('[data-test="appeal-report"]')
    await report.getByText('农村住房安全保障').first().waitFor()
    await report.scrollIntoViewIfNeeded()
    await supervisor.screenshot({ path: join(out, 'staff-appeal-05-dashboard.png'), fullPage: true })
  })

  test('a resident withdraws her request for review: told first what it means, the refusal then stands and cannot be appealed again', async () => {
    const { id, session } = await refusedApplication()
    await client(base, session.token)(`/api/v1/applications/${id}/appeal`, { method: 'POST', body: { reason: words } })
    const own = await phoneContext(browser)
    await own.addInitScript((saved) => localStorage.setItem('relief.session', JSON.stringify(saved)), session)
    const phonePage = await own.newPage()
    await phonePage.goto(`${base}/#/applications/${id}`)

    const status = phonePage.locator('section[data-test="appeal-status"]')
    await status.getByRole('button', { name: '撤回复核申请' }).click()
    const confirm = phonePage.locator('.van-dialog')
    await confirm.getByText(/撤回后原决定不变，这个决定不能再申请复核；申请行政复议或者提起行政诉讼的权利不受影响/).waitFor()
    await phonePage.waitForTimeout(400) // the dialog fades in
    await phonePage.screenshot({ path: join(out, 'appeal-04-withdraw-confirm.png') })
    await assertAccessible(phonePage, 'appeal: withdraw confirm')
    await confirm.getByRole('button', { name: '确定' }).click()

    await status.getByText('您撤回了复核申请，原决定不变').waitFor()
    await confirm.waitFor({ state: 'hidden' })
    await phonePage.locator('.van-toast').waitFor({ state: 'hidden' })
    assert.equal(await status.getByRole('button', { name: '撤回复核申请' }).count(), 0)
    assert.equal(await phonePage.locator('section[data-test="appeal"]').count(), 0, 'no second request for review of the same decision')
    await phonePage.locator('.timeline').getByText('您撤回了复核申请，原决定不变').waitFor()
    await phonePage.screenshot({ path: join(out, 'appeal-05-withdrawn.png'), fullPage: true })
    await assertAccessible(phonePage, 'appeal: withdrawn')
    assert.equal((await client(base, session.token)(`/api/v1/applications/${id}`)).status, 'Rejected')
    await own.close()
  })
})
