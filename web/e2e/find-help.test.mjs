// Issue 19 §4 on the phone page (Chromium at 360 × 640, touch, against the real API on a fresh SQLite
// database): finding help by the words residents use (吃不上饭, 种地受灾) and by pinyin (kanbing), the
// categories in sight while the box has text, a search with no match offering the categories and
// "我不知道该申请什么"; that request sent signed out with the network dropped (the words kept through a
// reload), sent when the signal returns, routed by the county's caseworker in the console (the department
// routed to told in 消息提醒, which opens 群众求助), and the outcome in 我的 after signing in with the same
// phone. axe on every screen; screenshots e2e/out/findhelp-*.png.
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { assertAccessible } from './axe.mjs'
import { ELDER, measureElder, report } from './elder.mjs'
import { latestCode, launchBrowser, newContext, phoneContext, startApi, webRoot } from './support.mjs'

const out = join(webRoot, 'e2e', 'out')
mkdirSync(out, { recursive: true })

let api, browser, context, page, base
const phone = '136' + String(Date.now()).slice(-8)
const words = '今年种地受灾，玉米都被冰雹打了，家里老人还生病，不知道该申请什么。'

async function shot(name, p = page) {
  await p.waitForTimeout(150)
  await p.screenshot({ path: join(out, `findhelp-${name}.png`), fullPage: name.includes('full') })
}

async function searchFor(text) {
  await page.getByLabel('您遇到了什么困难？').fill(text)
  await page.getByRole('status').filter({ hasText: /找到|没有找到/ }).waitFor()
}

const itemNames = async () => (await page.locator('section[aria-labelledby="matches"] a').allInnerTexts()).map((t) => t.split('\n')[0])

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

describe('finding help on the phone page', () => {
  test('吃不上饭 and 种地受灾 find the right items, with the categories still in sight', async () => {
    await page.goto(`${base}/`)
    await page.getByRole('heading', { name: '生活困难' }).waitFor()

    await searchFor('吃不上饭')
    assert.match((await itemNames())[0], /最低生活保障/)
    for (const need of ['生活困难', '看病就医', '孩子上学', '找工作', '住房安全', '喝水用水']) {
      assert.ok(await page.getByRole('heading', { name: need }).isVisible(), `${need} stays visible while the box has text`)
    }
    await assertAccessible(page, 'home, 吃不上饭')
    await shot('01-chibushangfan')

    await searchFor('种地受灾')
    assert.match((await itemNames())[0], /临时救助/)
    await shot('02-zhongdishouzai')
  })

  test('kanbing finds the items that speak of 看病, and only those', async () => {
    await searchFor('kanbing')
    await shot('03-kanbing')
    await page.getByRole('status').filter({ hasText: /找到 \d+ 项/ }).waitFor()
    const names = await itemNames()
    assert.ok(names.length >= 2 && names.length <= 4, `kanbing: ${names.join(' | ')}`)
    assert.ok(names.every((n) => /医|病|救治|报销/.test(n)), `kanbing: ${names.join(' | ')}`)
    await shot('03-kanbing')
  })

  test('no match shows every category and a way to ask for help anyway', async () => {
    await searchFor('我家的牛丢了')
    assert.match(await page.getByRole('status').filter({ hasText: /没有找到/ }).innerText(), /没有找到相关事项/)
    assert.ok(await page.getByRole('heading', { name: '按类别找' }).isVisible())
    assert.equal(await page.locator('section[aria-labelledby^="need-"]').count(), 6)
    await assertAccessible(page, 'home, no match')
    await shot('04-no-match')
    await page.getByRole('link', { name: '直接说说我的困难' }).first().click()
    await page.getByRole('heading', { name: '我不知道该申请什么' }).waitFor()
    assert.equal(await page.getByLabel('您遇到了什么困难？').inputValue(), '我家的牛丢了')
  })
})

describe('我不知道该申请什么', () => {
  test('sent with the network dropped: the words stay through a reload and go once the signal returns', async () => {
    await page.getByLabel('您遇到了什么困难？').fill('')
    await page.getByRole('button', { name: '发送给县里' }).click()
    assert.match(await page.locator('.summary').innerText(), /请说说您遇到了什么困难/)
    await assertAccessible(page, 'ask, errors')
    await page.getByLabel('您遇到了什么困难？').fill(words)
    await page.locator('#region-prefecture').selectOption('530100')
    await page.locator('#region-county').selectOption('530102')
    await page.locator('#region-township').selectOption('530102001')
    await page.getByLabel(/^手机号/).fill(`${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`)
    await assertAccessible(page, 'ask, filled')
    await shot('05-ask-filled-full')

    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
    await page.getByRole('button', { name: '发送给县里' }).click()
    await page.getByText(/网络断了，求助还没发出/).waitFor()
    await shot('06-ask-offline')
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })

    // Closed and opened again: nothing typed is lost.
    await page.reload()
    await page.getByRole('heading', { name: '我不知道该申请什么' }).waitFor()
    assert.equal(await page.getByLabel('您遇到了什么困难？').inputValue(), words)
    // The picker fills its levels one request at a time: the township is chosen once its options are there.
    await page.waitForFunction(() => document.querySelector('#region-township')?.value === '530102001')

    await page.getByRole('button', { name: '发送给县里' }).click()
    await page.getByRole('heading', { name: '求助已送到' }).waitFor()
    assert.match(await page.locator('main').innerText(), /五华区/)
    await assertAccessible(page, 'ask, sent')
    await shot('07-ask-sent')
    assert.equal(await page.evaluate(() => localStorage.getItem('relief.ask')), null)
  })

  test('the county routes it in the console; the resident sees the outcome in 我的 after signing in with that phone', async () => {
    const staff = await newContext(browser, { viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
    const desk = await staff.newPage()
    await desk.goto(`${base}/staff/`)
    await desk.getByRole('heading', { name: '工作人员登录' }).waitFor()
    await desk.getByLabel('用户名').fill('cw-civil-530102')
    await desk.getByLabel('密码').fill('Demo#2026')
    await desk.getByRole('button', { name: '登录' }).click()
    await desk.locator('.topbar').waitFor()
    await desk.getByRole('menuitem', { name: '群众求助' }).click()
    await desk.getByText(words).waitFor()
    await assertAccessible(desk, 'console, help requests')
    await shot('08-console-inbox', desk)
    await desk.getByRole('button', { name: '处理' }).first().click()
    await desk.getByRole('combobox', { name: '对应事项' }).click()
    await desk.getByRole('option', { name: '临时救助' }).click()
    await desk.getByLabel('告诉群众的话').fill('您家受灾可以申请临时救助，在平台上点“临时救助”填写，村委会可以帮您。')
    await assertAccessible(desk, 'console, route dialog')
    await shot('09-console-route', desk)
    await desk.getByRole('button', { name: '发送' }).click()
    await desk.getByText('已转到事项，群众会收到短信').waitFor()

    // The department routed to (civil affairs, this caseworker's own) is told; the notice opens 群众求助's handled list.
    await desk.getByRole('menuitem', { name: /消息提醒/ }).click()
    const notice = desk.locator('[data-test=notification]').filter({ hasText: '群众求助已转来' })
    assert.match(await notice.innerText(), /临时救助/)
    await assertAccessible(desk, 'console, help request routed notice')
    await shot('09b-console-notice', desk)
    await notice.locator('[data-test=notification-help-requests]').click()
    await desk.getByText(words).waitFor()
    assert.match(desk.url(), /help-requests\?handled=1/)
    assert.ok(await desk.getByRole('radio', { name: '已处理' }).isChecked())
    await staff.close()

    // The text message itself is HelpRequestTests' (the browser tests run without the delivery job).
    await page.goto(`${base}/#/sign-in?next=/mine`)
    await page.getByLabel('手机号').fill(phone)
    await page.getByRole('button', { name: '获取验证码' }).click()
    await page.getByText(/验证码已发送到/).waitFor()
    await page.getByLabel('短信验证码').fill(await latestCode(base, phone))
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByRole('heading', { name: '我的求助' }).waitFor()
    const mine = await page.locator('section[aria-labelledby="asked"]').innerText()
    assert.match(mine, /已告诉您该申请什么/)
    assert.match(mine, /工作人员说：您家受灾可以申请临时救助/)
    await assertAccessible(page, 'mine, help request routed')
    await shot('10-mine-routed-full')
    await page.getByRole('link', { name: /去申请：临时救助/ }).click()
    await page.getByRole('heading', { name: /临时救助/ }).waitFor()
  })
})

describe('长辈版', () => {
  test('the search with no match and the 求助 form keep to the elderly version\'s sizes', async () => {
    await page.goto(`${base}/`)
    await page.getByRole('button', { name: /切换到长辈版/ }).click()
    for (const [name, open] of [
      ['elder-findhelp-no-match', async () => searchFor('我家的牛丢了')],
      ['elder-findhelp-kanbing', async () => { await searchFor('kanbing'); await page.getByRole('status').filter({ hasText: /找到 \d+ 项/ }).waitFor() }],
      ['elder-findhelp-ask', async () => { await page.getByRole('link', { name: '直接说说我的困难' }).first().click(); await page.getByRole('heading', { name: '我不知道该申请什么' }).waitFor() }],
    ]) {
      await open()
      await page.waitForTimeout(150)
      await page.screenshot({ path: join(out, `${name}.png`), fullPage: true })
      await assertAccessible(page, name)
      const m = await measureElder(page)
      console.log(report(name, m))
      assert.ok(m.text.size >= ELDER.minText, `${name}: text of ${m.text.size} px (${m.text.where})`)
      assert.ok(m.target.size >= ELDER.minTarget, `${name}: a tap target of ${m.target.width} × ${m.target.height} px (${m.target.where})`)
      assert.ok(m.line.ratio >= ELDER.minLineHeight, `${name}: line height ${m.line.ratio} (${m.line.where})`)
    }
    await page.getByRole('button', { name: /长辈版/ }).first().click()
  })
})
