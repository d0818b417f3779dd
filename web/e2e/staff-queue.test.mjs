// The caseworkers' queue end to end, on a fresh API of its own: bulk accept with one case taken by a
// colleague a moment before, assigning to a colleague who finds it under 我的 and releases it, filing
// on behalf of a resident without a phone, and the inbox count going down as a 督办 note is read; last,
// the same queue in English. Screenshots go to e2e/out/staff-2x-*.png.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createCaseworker, ctx, dialog, newPage, openCase, residentFiles, shot, signIn, staffApi, start, status, step, stop, workingDayAfter } from './staff-support.mjs'
import { checkCharacter } from '../src/lib/idNumber.js'
import { chinaToday } from '../src/lib/chinaDate.js'

// The queue of an item one county department decides alone (农村住房安全保障, 住建): 低保 and the other
// means-tested items reach the county only after the township's stages (issue 20).
const CASEWORKER = 'cw-housing-530102'
const HOUSING = 'housing.safety'
const COLLEAGUE = { username: 'cw-housing-c-530102', displayName: '周经办', password: 'Wuhua#Colleague2026!', departmentCode: 'housing' }
const cases = {}
let page, colleague, colleagueApi, mine

const row = (p, app) => p.locator('tr.el-table__row', { hasText: app.trackingNumber })
const success = (p, text) => p.locator('.el-message--success', { hasText: text }).waitFor()
async function detail(app) {
  return mine(`/api/v1/applications/${app.id}`)
}
async function queue(query = '') {
  return mine(`/api/v1/queue?pageSize=100${query}`)
}

before(async () => {
  await start()
  await createCaseworker(COLLEAGUE)
  colleagueApi = await staffApi(COLLEAGUE.username, COLLEAGUE.password)
  mine = await staffApi(CASEWORKER)
  const house = { houseCondition: 'cracked', houseStructure: 'earthWood', stillLivingIn: true, householdCategory: 'dibao' }
  cases.a = await residentFiles(HOUSING, house, '王秀兰')
  cases.b = await residentFiles(HOUSING, { ...house, houseCondition: 'roofLeaks', householdCategory: 'tekun' }, '赵德明')
  cases.c = await residentFiles(HOUSING, { ...house, houseCondition: 'partlyCollapsed', stillLivingIn: false }, '杨春花')
  cases.d = await residentFiles(HOUSING, { ...house, houseStructure: 'brickWood' }, '钱桂芳')
  cases.e = await residentFiles('civil.temporary-aid', { hardshipType: 'fire', occurredOn: '2026-11-20', urgent: true, householdSize: 3 }, '孙丽华')
})

after(stop)

describe('the caseworkers’ queue', () => {
  test('bulk accept: two accepted, one refused because a colleague accepted it a moment before', async () => {
    await step('bulk accept', async () => {
      page = await newPage('caseworker')
      await signIn(page, CASEWORKER)
      await page.waitForURL(/\/staff\/queue/)
      for (const c of ['a', 'b', 'c']) {
        await row(page, cases[c]).waitFor()
        await row(page, cases[c]).locator('.el-checkbox').click()
      }
      await page.getByRole('button', { name: '批量受理（3）' }).waitFor()

      // The colleague claims and accepts c through the API while this screen still shows it waiting.
      const claimed = await colleagueApi(`/api/v1/applications/${cases.c.id}/claim`, { method: 'POST', body: { expectedVersion: (await colleagueApi(`/api/v1/applications/${cases.c.id}`)).version } })
      await colleagueApi(`/api/v1/applications/${cases.c.id}/accept`, { method: 'POST', body: { expectedVersion: claimed.version } })

      await page.locator('[data-test=bulk-accept]').click()
      await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click()
      const result = dialog(page)
      await result.getByText('批量受理结果：2 件已受理，1 件未受理').waitFor()
      await row(result, cases.c).getByText('未受理').waitFor()
      for (const c of ['a', 'b']) await row(result, cases[c]).getByText('已受理').waitFor()
      await shot(page, '21-bulk-accept')
      await result.getByRole('button', { name: '确定' }).click()

      for (const c of ['a', 'b', 'c']) await row(page, cases[c]).getByText('办理中').waitFor()
      await row(page, cases.d).getByText('待受理').waitFor()
      for (const c of ['a', 'b']) assert.equal((await detail(cases[c])).status, 'Accepted')
      const c = await detail(cases.c)
      assert.equal(c.status, 'Accepted')
      assert.equal(c.assignedToStaffId, (await colleagueApi('/api/v1/auth/me')).id, 'the colleague keeps the case they accepted first')
      assert.equal(c.history.filter((h) => h.action === 'Accepted').length, 1)
      // e (urgent temporary aid, for a later test) waits too.
      assert.equal((await queue('&status=Submitted')).items.map((i) => i.id).filter((i) => i !== cases.e.id).join(), cases.d.id)
    })
  })

  test('assigned to a colleague, who finds it under 我的 and releases it to the shared queue', async () => {
    await step('assign and release', async () => {
      await row(page, cases.d).locator('[data-test=assign]').click()
      await dialog(page).locator('.el-select').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: COLLEAGUE.displayName }).click()
      await dialog(page).getByRole('button', { name: '确定' }).click()
      await success(page, `已分配给 ${COLLEAGUE.displayName}`)
      await row(page, cases.d).locator('[data-test=holder]', { hasText: COLLEAGUE.displayName }).waitFor()
      assert.equal(await row(page, cases.d).locator('[data-test=claim]').count(), 0)

      colleague = await newPage('colleague')
      await signIn(colleague, COLLEAGUE.username, COLLEAGUE.password)
      await colleague.waitForURL(/\/staff\/queue/)
      await colleague.locator('.stat.mine').click()
      await colleague.waitForURL(/assigned=me/)
      await row(colleague, cases.d).locator('[data-test=holder]', { hasText: '我' }).waitFor()
      await colleague.waitForFunction(() => document.querySelectorAll('.el-table__body-wrapper tr.el-table__row').length === 2)
      assert.equal(await colleague.locator('[data-count=mine]').textContent(), '2')
      await shot(colleague, '22-assigned-to-colleague')

      await row(colleague, cases.d).locator('[data-test=tracking]').click()
      await colleague.locator('[data-test=application]').waitFor()
      await colleague.getByRole('button', { name: '退回公共队列' }).click()
      await success(colleague, '已退回公共队列')
      const released = await detail(cases.d)
      assert.equal(released.assignedToStaffId ?? null, null)
      assert.ok((await queue('&assigned=unassigned')).items.some((i) => i.id === cases.d.id))
      await page.getByRole('button', { name: '刷新' }).click()
      await row(page, cases.d).locator('[data-test=claim]').waitFor()
    })
  })

  test('filed on behalf of a resident without a phone: 他人代举 and the official on the detail, and in the queue', async () => {
    await step('file on behalf', async () => {
      await page.getByRole('menuitem', { name: '代为申请' }).click()
      await page.getByRole('heading', { name: '代为申请' }).waitFor()
      const id17 = '53010219460302002'
      await page.getByLabel('姓名').fill('孙阿婆')
      await page.getByLabel('身份证号').fill(id17 + checkCharacter(id17))
      // She has no phone: the number is the village committee's, as the API allows.
      await page.getByLabel('手机号').fill('13800530102')
      await page.locator('.el-cascader').click()
      await page.locator('.el-cascader-menu').first().locator('.el-cascader-node').first().click()
      await page.locator('.el-cascader-menu').nth(1).locator('.el-cascader-node .el-radio').first().click()
      await page.keyboard.press('Escape')
      await page.locator('.el-cascader__dropdown').waitFor({ state: 'hidden' })
      await page.locator('.el-form-item', { hasText: '申请事项' }).locator('.el-select').click()
      await page.getByRole('option', { name: '农村住房安全保障（危房改造）' }).click()
      await fillHousingSafety()
      await page.getByLabel('困难情况').fill('邻居代为反映：老人独居，房屋漏雨，没有手机。')
      await shot(page, '23-file-on-behalf-form')
      await page.locator('[data-test=file-submit]').click()
      await page.locator('[data-test=filed]').waitFor()
      const tracking = (await page.locator('[data-test=filed]').textContent()).match(/\d{8}-\d+/)[0]

      await page.locator('[data-test=filed]').getByRole('button').first().click()
      await page.locator('[data-test=application]').waitFor()
      assert.equal(await page.locator('[data-test=tracking]').textContent(), tracking)
      await page.locator('.case-head').getByText('他人代举').waitFor()
      assert.match(await page.locator('[data-test=filed-by]').textContent(), /住房和城乡建设局经办人/)
      assert.equal(await status(page).textContent(), '待受理')
      await shot(page, '24-filed-on-behalf')

      const filed = (await queue()).items.find((i) => i.trackingNumber === tracking)
      assert.equal(filed?.channel, 'OnBehalf')
      await page.getByRole('menuitem', { name: '待办队列' }).click()
      await page.locator('tr.el-table__row', { hasText: tracking }).getByText('他人代举').waitFor()

      // She has no account to answer an information request with: the village brings the papers, and
      // the caseworker records them on the case, which runs again.
      await mine(`/api/v1/applications/${filed.id}/accept`, { method: 'POST', body: {} })
      await mine(`/api/v1/applications/${filed.id}/request-info`, { method: 'POST', body: { reason: '请补充房屋受损照片。', missingDocuments: [] } })
      await openCase(page, filed)
      await page.locator('[data-test=act-recordSupplement]').click()
      await dialog(page).getByRole('textbox').fill('村干部送来房屋受损照片 3 张，已核对。')
      await shot(page, '28-record-supplement')
      await dialog(page).locator('[data-test=dialog-submit]').click()
      await success(page, '已记录收到的材料')
      assert.equal(await status(page).textContent(), '办理中')
      assert.equal((await detail(filed)).status, 'Accepted')
    })
  })

  test('a 督办 note reaches the caseworkers; marking it read brings the unread count down', async () => {
    await step('inbox', async () => {
      const sup = await staffApi('sup-530102')
      // The service takes a working day after China's today: three calendar days on would land on a
      // weekend or holiday on some days, so count three working days on the service's own calendar.
      const deadline = await workingDayAfter(sup, chinaToday(), 3)
      await sup(`/api/v1/applications/${cases.a.id}/supervise`, { method: 'POST', body: { note: '请尽快入户核查并在期限内办结。', deadline } })
      await sup(`/api/v1/applications/${cases.b.id}/supervise`, { method: 'POST', body: { note: '请核实房屋鉴定结果。', deadline } })
      const before = (await mine('/api/v1/notifications?unreadOnly=true')).unread
      assert.ok(before >= 2, `unread ${before}`)

      await page.goto(`${ctx.base}/staff/inbox`)
      await page.locator('[data-test=notification]').first().getByText('督办意见').waitFor()
      const badge = page.locator('.bell .el-badge__content')
      await page.waitForFunction((n) => document.querySelector('.bell .el-badge__content')?.textContent.trim() === String(n), before)
      await shot(page, '25-inbox-unread')
      await page.locator('[data-test=notification].unread').first().getByRole('button', { name: '标为已读' }).click()
      await page.waitForFunction((n) => document.querySelector('.bell .el-badge__content')?.textContent.trim() === String(n), before - 1)
      assert.equal(await page.locator('[data-test=notification].unread').count(), before - 1)
      assert.equal((await mine('/api/v1/notifications?unreadOnly=true')).unread, before - 1)
      assert.equal(await badge.textContent().then((s) => s.trim()), String(before - 1))
      await shot(page, '26-inbox-read')
    })
  })

  test('urgent temporary aid: first in the queue with its hours left, help recorded first, then the paperwork date', async () => {
    await step('urgent track', async () => {
      // Temporary aid is accepted and helped first by the township of the address (ADR 0040): 华山街道's official.
      const township = await newPage('township')
      await signIn(township, 'tw-civil-530102001')
      const townshipApi = await staffApi('tw-civil-530102001')
      await township.goto(`${ctx.base}/staff/queue`)
      const tag = row(township, cases.e).locator('[data-test=urgent]')
      await tag.waitFor()
      assert.match(await tag.textContent(), /^先行救助 · 剩 4[5-8] 小时$/)
      // Cases waiting for help first, whatever their due dates.
      const urgentFirst = await township.locator('tr.el-table__row').evaluateAll((rows) => rows.map((r) => !!r.querySelector('[data-test=urgent]')))
      assert.deepEqual(urgentFirst, [...urgentFirst].sort((x, y) => Number(y) - Number(x)), 'urgent rows come first')
      await shot(township, '26a-queue-urgent')

      await openCase(township, cases.e)
      await township.locator('[data-test=urgent-clock]').waitFor()
      await township.getByRole('button', { name: '登记先行救助' }).click()
      const form = dialog(township)
      await form.getByText('现金和实物').click()
      await form.locator('[data-test=urgent-amount] input').fill('800')
      await form.locator('[data-test=urgent-amount] input').press('Tab')
      await form.getByPlaceholder('例如：大米 20 斤、棉被 2 床').fill('大米 20 斤、棉被 2 床')
      await form.locator('textarea').fill('房子烧了一半，入户核实后先行发放救急款和生活用品。')
      await shot(township, '26b-urgent-dialog')
      await form.locator('[data-test=dialog-submit]').click()
      await success(township, '已登记先行救助')
      await township.locator('[data-test=urgent-paperwork-due]').waitFor()

      const helped = await townshipApi(`/api/v1/applications/${cases.e.id}`)
      assert.equal(helped.urgent.helpAmount, 800)
      assert.equal(helped.urgent.helpOnTime, true)
      assert.equal(helped.history.at(-1).action, 'UrgentHelpRecorded')
      assert.match(helped.history.at(-1).reason, /^先行救助：现金 800 元；大米 20 斤、棉被 2 床。/)
      assert.equal((await township.locator('[data-test=urgent-paperwork-due]').textContent()).trim(), helped.urgent.paperworkDueDate)
      assert.equal(await township.getByRole('button', { name: '登记先行救助' }).count(), 0)
      await shot(township, '26c-urgent-recorded')
    })
  })

  test('the queue in English: every state on one screen, nothing broken mid-word, names from the API in English', async () => {
    await step('queue in English', async () => {
      // c waits for the resident: a paused row.
      const c = await colleagueApi(`/api/v1/applications/${cases.c.id}`)
      await colleagueApi(`/api/v1/applications/${cases.c.id}/request-info`, { method: 'POST', body: { reason: '请补充房屋受损照片。', missingDocuments: [], expectedVersion: c.version } }).catch(() => {})
      await page.goto(`${ctx.base}/staff/queue`)
      await page.locator('.el-table__row').first().waitFor()
      await page.getByRole('button', { name: 'English' }).click()
      await page.getByRole('heading', { name: 'Work queue' }).waitFor()
      await page.locator('.el-table__row', { hasText: 'Rural housing safety' }).first().waitFor()
      assert.equal(await page.locator('.el-table__row', { hasText: '农村住房安全保障' }).count(), 0)
      // No header or cell is cut: each fits its column (the item name alone may end in an ellipsis, with a tooltip).
      await shot(page, '27-queue-english')
      const clipped = await page.evaluate(() => [...document.querySelectorAll('.el-table__header .cell, .el-table__body td:not(.el-table-column--selection) .cell')]
        .filter((c) => c.scrollWidth > c.clientWidth + 1 && !c.classList.contains('el-tooltip'))
        .map((c) => c.textContent.trim()))
      assert.deepEqual(clipped, [])
      await page.getByRole('button', { name: '中文' }).click()
      await page.getByRole('heading', { name: '待办队列' }).waitFor()
    })
  })
})

async function fillHousingSafety() {
  const form = page.locator('.file-form')
  const field = (label) => form.locator('.el-form-item', { hasText: label })
  await field('房子现在是什么情况').locator('.el-select').click()
  await page.getByRole('option', { name: '屋顶漏雨' }).click()
  await field('房子是用什么盖的').locator('.el-select').click()
  await page.getByRole('option', { name: '土墙木头' }).click()
  await field('现在还住在这个房子里吗').getByText('是', { exact: true }).click()
  await field('家里属于下面哪一类').locator('.el-select').click()
  await page.getByRole('option', { name: '特困人员' }).click()
}
