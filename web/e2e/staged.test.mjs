// The staged procedure in the browser (issue 20, ADR 0040): a township official of 华山街道 works a 低保
// case on a phone-sized screen (360 × 640): the home visit typed with the network dropped mid-way and
// sent once it returns, nothing typed lost; the review's recommendation; then the resident's phone page
// shows the stages in plain words with their dates, the 公示 in progress and its end. The API runs on the
// real clock, so the story stops while the notice runs (the 7 days and the county's confirmation are in
// the API tests). Anyone then opens the village's 公示 page from its notice-board QR code and objects,
// with the signal lost once on the way. Screenshots: e2e/out/staged-*.png.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { assertAccessible } from './axe.mjs'
import { ctx, out, residentFiles, signIn, start, staffApi, step, stop } from './staff-support.mjs'
import { keptPhotoCount, newContext, phoneContext, photoFromPage } from './support.mjs'

let app, township, official

async function shot(page, name, show) {
  if (show) await page.locator(show).first().scrollIntoViewIfNeeded()
  await page.waitForTimeout(250)
  await page.screenshot({ path: join(out, `staged-${name}.png`), fullPage: true })
  await assertAccessible(page, `staged ${name}`)
}

before(async () => {
  await start()
  app = await residentFiles('civil.dibao', { householdSize: 3, annualIncomePerPerson: 4200, residence: 'rural' }, '李秀英')
  township = await staffApi('tw-civil-530102001')
  await township(`/api/v1/applications/${app.id}/accept`, { method: 'POST', body: {} })
})

after(stop)

describe('the staged procedure', () => {
  test('the township official records the visit on a phone with the signal dropped, then recommends', async () => {
    const context = await newContext(ctx.browser, { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, locale: 'zh-CN' })
    official = await context.newPage()
    official.setDefaultTimeout(20_000)
    ctx.pages.official = official
    await step('sign in as the township', async () => {
      await signIn(official, 'tw-civil-530102001')
      await official.goto(`${ctx.base}/staff/applications/${app.id}`)
      await official.locator('[data-test=stage-panel]').waitFor()
      await shot(official, 'official-investigation', '[data-test=stage-panel]')
    })

    await step('the visit typed, the signal lost at submit, nothing lost', async () => {
      await official.locator('[data-test=stage-visit]').click()
      const form = official.locator('.el-dialog:visible')
      await form.locator('[data-test=visitor-0]').fill('王五')
      await form.locator('[data-test=visitor-1]').fill('赵六')
      await form.locator('[data-test=visit-housing]').fill('土木结构，屋顶漏雨')
      await form.locator('[data-test=visit-findings]').fill('丈夫去年病故，本人打零工，一子在读初中')

      // Two photos from the phone: the first goes at once, the second meets no signal and goes when it returns.
      const roof = await photoFromPage(official, { width: 800, height: 600, name: 'IMG_roof.jpg' })
      const kitchen = await photoFromPage(official, { width: 800, height: 600, noise: true, name: 'IMG_kitchen.jpg' })
      await form.locator('[data-test=visit-photo-input]').setInputFiles(roof)
      await form.locator('[data-test=visit-photo][data-status=done]').waitFor()
      await context.setOffline(true)
      await form.locator('[data-test=visit-photo-input]').setInputFiles(kitchen)
      await form.locator('[data-test=visit-photo][data-status=failed]').waitFor()
      await official.locator('[data-test=stage-dialog-submit]').click()
      await form.getByText(/还有照片没有上传完/).waitFor()
      await shot(official, 'official-photo-offline', '[data-test=photo-retry]')

      // The page is closed before the signal returns (the phone's browser reloads it): the photo is still there and goes up.
      await official.route('**/home-visits/photos', (route) => route.abort('internetdisconnected'))
      await context.setOffline(false)
      await official.reload()
      await official.locator('[data-test=stage-visit]').click()
      await form.locator('[data-test=visit-photo][data-status=failed]').waitFor()
      assert.equal(await form.locator('[data-test=visit-photo]').count(), 1, 'the photo not yet sent, once')
      await official.unroute('**/home-visits/photos')
      await form.locator('[data-test=photo-retry]').click()
      await form.locator('[data-test=visit-photo][data-status=done]').waitFor()
      assert.match(await form.locator('[data-test=photos-kept]').innerText(), /已上传 2/)
      assert.deepEqual(await keptPhotoCount(official), 0, 'sent, it is no longer kept in the browser')

      await context.setOffline(true)
      await official.locator('[data-test=stage-dialog-submit]').click()
      await official.locator('.el-message--error').first().waitFor()
      await shot(official, 'official-offline')

      // The page is reloaded with the signal still gone and back: the form comes back as typed.
      await context.setOffline(false)
      await official.reload()
      await official.locator('[data-test=stage-visit]').click()
      assert.equal(await form.locator('[data-test=visitor-1]').inputValue(), '赵六')
      assert.equal(await form.locator('[data-test=visit-findings]').inputValue(), '丈夫去年病故，本人打零工，一子在读初中')
      assert.match(await form.locator('[data-test=photos-kept]').innerText(), /已上传 2/)
      await official.locator('[data-test=stage-dialog-submit]').click()
      await official.locator('[data-test=home-visit]').waitFor()
      assert.match(await official.locator('[data-test=home-visit]').innerText(), /王五、赵六/)
      const shown = official.locator('[data-test=visit-photos] img')
      assert.equal(await shown.count(), 2)
      await official.waitForFunction(() => [...document.querySelectorAll('[data-test=visit-photos] img')].every((i) => i.complete && i.naturalWidth > 0))
      await shot(official, 'official-visit-photos', '[data-test=visit-photos]')
      assert.equal(await official.evaluate((id) => localStorage.getItem(`relief.visit.${id}`), app.id), null)
    })

    await step('investigation completed, then the review recommends approval', async () => {
      await official.locator('[data-test=stage-complete]').click()
      await official.locator('.el-dialog:visible [data-test=stage-note]').fill('入户核实，情况属实')
      await official.locator('[data-test=stage-dialog-submit]').click()
      await official.locator('[data-stage=township-review].stage-current').waitFor()
      await official.locator('[data-test=stage-complete]').click()
      await official.locator('[data-test=recommend-approve]').click()
      await official.locator('[data-test=proposed-benefit]').fill('每月 600 元')
      await official.locator('[data-test=stage-dialog-submit]').click()
      await official.locator('[data-stage=public-notice].stage-current').waitFor()
      await shot(official, 'official-notice', '[data-test=stage-panel]')
    })
  })

  test('the resident reads the stages in plain words with their dates', async () => {
    const context = await phoneContext(ctx.browser)
    await context.addInitScript((session) => localStorage.setItem('relief.session', JSON.stringify(session)), app.session)
    const phone = await context.newPage()
    ctx.pages.resident = phone
    await step('the phone page shows the notice in progress', async () => {
      await phone.goto(`${ctx.base}/#/applications/${app.id}`)
      const progress = phone.locator('[data-test=procedure]')
      await progress.waitFor()
      const procedure = await app.resident(`/api/v1/applications/${app.id}/procedure`)
      const notice = procedure.stages.find((s) => s.key === 'public-notice')
      assert.equal(notice.state, 'Current')
      const text = await progress.innerText()
      assert.match(text, /正在村里公示，到\d+月\d+日结束/)
      assert.match(text, /入户调查/)
      assert.match(text, /县民政局确认/)
      assert.match(text, /预计 \d{4}年/)
      assert.equal(await progress.locator('li').count(), 5)
      await shot(phone, 'resident-progress', '[data-test=procedure]')
    })
  })

  test('anyone reads the village 公示 on a phone, sees only masked facts, and objects without losing what was typed', async () => {
    const context = await phoneContext(ctx.browser)
    const board = await context.newPage()
    board.setDefaultTimeout(20_000)
    ctx.pages.board = board
    const url = `${ctx.base}/gongshi/530102001001`
    await step('the notice board page, masked and not indexed', async () => {
      const response = await board.goto(url)
      assert.match(response.headers()['x-robots-tag'], /noindex/)
      assert.equal(await board.locator('meta[name=robots]').getAttribute('content'), 'noindex, nofollow')
      const entry = board.locator('article[data-test=notice]', { hasText: '李*英' }).first()
      await entry.waitFor()
      const text = await board.locator('main').innerText()
      assert.match(text, /公示期间，如果您认为/)
      assert.match(text, /我们不会公开您的信息/)
      assert.match(await entry.innerText(), /\d+ 人[\s\S]*每月 600 元[\s\S]*(还有 \d+ 天|今天是最后一天)/)
      for (const secret of ['李秀英', app.id, app.trackingNumber, app.session.phone, '5301021985', '丈夫去年', '土木结构', '4200']) assert.ok(!text.includes(secret), `the page shows ${secret}`)
      assert.ok(!(await board.content()).includes(app.session.phone))
      await shot(board, 'gongshi')
    })

    await step('an objection typed, the signal lost at submit, nothing lost', async () => {
      const entry = board.locator('article[data-test=notice]', { hasText: '李*英' }).first()
      await entry.locator('summary').click()
      await entry.locator('textarea').fill('她家去年买了一辆小货车，平时跑运输')
      await entry.locator('input[name=contact]').fill('13900001234')
      await context.setOffline(true)
      await entry.getByRole('button', { name: '提交意见' }).click({ noWaitAfter: true }).catch(() => {})
      await board.waitForTimeout(1000)
      await context.setOffline(false)
      await board.goto(url)
      const again = board.locator('article[data-test=notice]', { hasText: '李*英' }).first()
      assert.equal(await again.locator('textarea').inputValue(), '她家去年买了一辆小货车，平时跑运输')
      assert.equal(await again.locator('input[name=contact]').inputValue(), '13900001234')
      await shot(board, 'gongshi-kept', 'article[data-test=notice] details[open]')

      await again.getByRole('button', { name: '提交意见' }).click()
      const received = board.locator('[data-test=objection-received]')
      await received.waitFor()
      assert.match(await received.innerText(), /会在 \d{4}年\d+月\d+日 前核实处理/)
      assert.equal(await board.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gongshi.')).length), 0)
      await shot(board, 'gongshi-received')
    })

    await step('the township is told, and its queue row is marked', async () => {
      const { items } = await township('/api/v1/notifications')
      assert.ok(items.some((n) => n.kind === 'NoticeObjection' && n.applicationId === app.id), JSON.stringify(items.slice(0, 3)))
      const queued = async () => (await township('/api/v1/queue?pageSize=100')).items.find((i) => i.id === app.id)
      assert.equal((await queued()).residentNews, 'Objection')
      await official.goto(`${ctx.base}/staff/applications/${app.id}`)
      await official.locator('[data-test=resident-news]', { hasText: '公示异议' }).waitFor()
      await shot(official, 'official-objection')
      // Opened by the township: the row's mark goes.
      for (let i = 0; i < 20 && (await queued()).residentNews; i++) await official.waitForTimeout(250)
      assert.equal((await queued()).residentNews ?? null, null)
    })
  })
})
