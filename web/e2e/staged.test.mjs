// The staged procedure in the browser (issue 20, ADR 0040): a township official of 华山街道 works a 低保
// case on a phone-sized screen (360 × 640): the home visit typed with the network dropped mid-way and
// sent once it returns, nothing typed lost; the review's recommendation; then the resident's phone page
// shows the stages in plain words with their dates, the 公示 in progress and its end. The API runs on the
// real clock, so the story stops while the notice runs (the 7 days and the county's confirmation are in
// the API tests). Screenshots: e2e/out/staged-*.png.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { assertAccessible } from './axe.mjs'
import { ctx, out, residentFiles, signIn, start, staffApi, step, stop } from './staff-support.mjs'
import { newContext, phoneContext } from './support.mjs'

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
      await official.locator('[data-test=stage-dialog-submit]').click()
      await official.locator('[data-test=home-visit]').waitFor()
      assert.match(await official.locator('[data-test=home-visit]').innerText(), /王五、赵六/)
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
})
