// The staff console end to end: Debian's Chromium at 1366 × 768 in Chinese, against the real API on a
// fresh SQLite database. Applications come in through the resident's API; caseworkers, a supervisor and
// the administrator then work in the console. Screenshots of every screen go to e2e/out/staff-*.png.
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import * as XLSX from 'xlsx'
import { groupRow, round, stageLevelRow, withExcelJS, withLibreOffice, withPython, withSheetJS } from './spreadsheets.mjs'
import { client } from './support.mjs'
import { chinaToday, monthStart, yearStart } from '../src/lib/chinaDate.js'
import { PASSWORD, createCaseworker, ctx, dialog, newPage, openCase, out, residentFiles, shot, signIn, staffApi, start, status, step, stop, tokenOf } from './staff-support.mjs'

const SECOND = { username: 'cw-housing-b-530102', displayName: '李经办', password: 'Wuhua#Relief2026!', departmentCode: 'housing' }
const CASEWORKER = 'cw-housing-530102'
const HOUSING = 'housing.safety'
const pages = ctx.pages
const pick = (r) => ({ received: r.received, accepted: r.accepted, completed: r.completed, completedOnTime: r.completedOnTime, open: r.open, onTimeRate: round(r.onTimeRate) })
const pickStage = (r) => ({ finished: r.finished, finishedOnTime: r.finishedOnTime, sentBack: r.sentBack, onTimeRate: round(r.onTimeRate), avgWorkingDays: r.avgWorkingDays, open: r.open, overdue: r.overdue })
const cases = {}
let base

before(async () => {
  await start()
  base = ctx.base
  // A second caseworker of 五华区's housing bureau, created by the administrator, with a password of their own.
  // The console's flow is that of an item one county department decides alone: 低保 and the other
  // means-tested items go through the township's stages first (issue 20).
  await createCaseworker(SECOND)
  const house = { houseStructure: 'earthWood', stillLivingIn: true, householdCategory: 'dibao' }
  cases.cracked = await residentFiles(HOUSING, { ...house, houseCondition: 'cracked' }, '王秀兰')
  cases.leaking = await residentFiles(HOUSING, { ...house, houseCondition: 'roofLeaks', householdCategory: 'tekun' }, '赵德明')
  cases.collapsed = await residentFiles(HOUSING, { ...house, houseCondition: 'partlyCollapsed', stillLivingIn: false }, '杨春花')
  // An urgent 临时救助 (先行救助, ADR 0039), counted apart on the supervisor's dashboard.
  await residentFiles('civil.temporary-aid', { hardshipType: 'fire', occurredOn: '2026-11-20', urgent: true, householdSize: 4 }, '孙丽华')
})

after(stop)

describe('staff console', () => {
  test('a caseworker signs in and finds the department’s applications, most urgent first', async () => {
    await step('sign-in and queue', async () => {
      const page = await newPage('caseworker')
      await page.goto(`${base}/staff/queue`)
      await page.waitForURL(/\/staff\/sign-in/)
      await shot(page, '01-sign-in')
      await page.getByLabel('用户名').fill(CASEWORKER)
      await page.getByLabel('密码').fill('wrong password')
      await page.getByRole('button', { name: '登录' }).click()
      await page.getByRole('alert').waitFor()
      await page.getByLabel('密码').fill(PASSWORD)
      await page.getByRole('button', { name: '登录' }).click()
      await page.waitForURL(/\/staff\/queue/)
      const rows = page.locator('.el-table__body-wrapper tr.el-table__row')
      await rows.nth(2).waitFor()
      assert.equal(await rows.count(), 3)
      for (const app of Object.values(cases)) await page.getByText(app.trackingNumber).waitFor()
      assert.equal(await page.locator('[data-count=unassigned]').textContent(), '3')
      // A year without its holidays (next year's from 1 November) is named, whatever the day the test runs.
      const { missingYears } = await (await staffApi(CASEWORKER))('/api/v1/admin/calendar/status')
      assert.equal(await page.locator('[data-test=calendar-missing]').isVisible(), missingYears.length > 0)
      if (missingYears.length) assert.match(await page.locator('[data-test=calendar-missing]').textContent(), new RegExp(`${missingYears[0]} 年的节假日安排还没有录入`))
      await shot(page, '02-queue')

      await page.getByPlaceholder('输入受理编号（全部或部分）').fill(cases.cracked.trackingNumber.slice(-6))
      await page.getByPlaceholder('输入受理编号（全部或部分）').press('Enter')
      await page.waitForFunction(() => document.querySelectorAll('.el-table__body-wrapper tr.el-table__row').length === 1)
      assert.match(page.url(), /q=/)
    })
  })

  test('the supervisor’s dashboard before anything is decided', async () => {
    await step('supervisor dashboard (before)', async () => {
      const page = await newPage('supervisor')
      await signIn(page, 'sup-530102', PASSWORD, { totp: true })
      await page.waitForURL(/\/staff\/dashboard/)
      await page.locator('[data-kpi=onTimeRate]').waitFor()
      assert.equal(await page.locator('[data-kpi=onTimeRate]').textContent(), '—')
    })
  })

  test('claimed, sent back for information, supplemented, and approved — across a lapsed session', async () => {
    await step('claim → request info → supplement → approve', async () => {
      const page = pages.caseworker
      const row = page.locator('tr.el-table__row', { hasText: cases.cracked.trackingNumber })
      await row.locator('[data-test=claim]').click()
      await page.locator('.el-message--success').getByText(/已认领/).waitFor()
      await row.getByText('我', { exact: true }).waitFor()

      await row.locator('[data-test=tracking]').click()
      await page.locator('[data-test=application]').waitFor()
      assert.match(await page.locator('[data-test=id-number]').textContent(), /\*{6,}/)
      await page.locator('[data-test=reveal]').click()
      await dialog(page).locator('input').fill('电话核实家庭成员')
      await page.locator('[data-test=reveal-confirm]').click()
      await page.getByText('已显示完整信息（已记入审计）').waitFor()
      assert.doesNotMatch(await page.locator('[data-test=id-number]').textContent(), /\*/)
      await shot(page, '03-detail')

      await page.locator('[data-test=act-accept]').click()
      await page.locator('.el-message-box').getByRole('button', { name: '受理' }).click()
      await page.locator('.el-message--success').getByText('已受理，开始计时').waitFor()
      assert.equal(await status(page).textContent(), '办理中')
      const accepted = await (await staffApi(CASEWORKER))(`/api/v1/applications/${cases.cracked.id}`)
      assert.equal(await page.locator('[data-test=clock] [data-test=due-provisional]').isVisible(), accepted.dueDateProvisional, `due ${accepted.dueDate}`)

      await page.locator('[data-test=act-requestInfo]').click()
      await dialog(page).locator('[data-doc=householdRegister]').click()
      await dialog(page).locator('[data-doc=housePhotos]').click()
      await dialog(page).locator('textarea').fill('请补充户口簿本人页，以及房屋受损部位的照片。')
      await shot(page, '04-request-info')
      await dialog(page).getByRole('button', { name: '要求补正' }).click()
      await page.locator('[data-test=info-request] li', { hasText: '户口簿' }).waitFor()
      assert.equal(await status(page).textContent(), '待补正')
      const asked = await client(base, await tokenOf(page))(`/api/v1/applications/${cases.cracked.id}`)
      assert.deepEqual(asked.informationRequest.missingDocuments.map((d) => d.key), ['householdRegister', 'housePhotos'])

      await cases.cracked.resident(`/api/v1/applications/${cases.cracked.id}/supplement`, { method: 'POST', body: { text: '已补充户口簿和房屋受损部位的照片。', attachmentIds: [], expectedVersion: asked.version } })

      // The caseworker hears of it: a notice that opens the case, and the queue row marked until the case is opened.
      await page.goto(`${base}/staff/inbox`)
      const notice = page.locator('[data-test=notification]', { hasText: cases.cracked.trackingNumber }).filter({ hasText: '新补正材料' })
      await notice.waitFor()
      await page.goto(`${base}/staff/queue`)
      const marked = page.locator('tr.el-table__row', { hasText: cases.cracked.trackingNumber })
      assert.equal(await marked.locator('[data-test=resident-news]').textContent(), '新补正材料')
      await shot(page, '04b-queue-supplemented')
      await page.goto(`${base}/staff/inbox`)
      await notice.locator('[data-test=notification-open]').click()
      await page.locator('[data-test=application]').waitFor()
      await page.locator('[data-test=resident-news]').waitFor()
      const caseworkerApi = client(base, await tokenOf(page))
      // The console clears the mark with POST …/seen once the detail is open.
      let mark = 'Supplemented'
      for (let i = 0; i < 50 && mark; i++) {
        mark = (await caseworkerApi(`/api/v1/queue?q=${cases.cracked.trackingNumber}`)).items[0].residentNews
        if (mark) await new Promise((r) => setTimeout(r, 100))
      }
      assert.equal(mark ?? null, null)
      assert.equal(await status(page).textContent(), '办理中')
      await page.getByText('已补充户口簿和房屋受损部位的照片。').waitFor()

      // The approval is typed, then the session ends (revoked behind the page's back): the re-sign-in
      // dialog keeps the open form, and the approval is sent after signing in again.
      await page.locator('[data-test=act-approve]').click()
      // The hint asks for the grounds, then the benefit: the fields come in that order.
      const labels = await dialog(page).locator('.el-form-item__label').allTextContents()
      assert.ok(labels.indexOf('理由（申请人会看到这段话）') < labels.indexOf('批准的救助内容'), labels.join(' / '))
      await dialog(page).locator('textarea').fill('经入户查看，房屋墙体开裂，鉴定为 C 级危房，符合农村危房改造条件。')
      await dialog(page).locator('input').first().fill('补助改造资金 2 万元，2026 年 12 月拨付')
      // The text message the resident will receive, as the service words it, before it is sent.
      const preview = dialog(page).locator('[data-test=sms-text]')
      await preview.filter({ hasText: '救助内容：补助改造资金 2 万元，2026 年' }).waitFor()
      const previewed = await preview.textContent()
      // The benefit gets the room the fixed sentences leave, cut with "…" past it; the whole is on the platform.
      assert.match(previewed, /^【云南政府救助平台】您的.*申请（尾号\d{4}）已批准，救助内容：补助改造资金 2 万元，2026 年.*。决定书可在平台下载。$/)
      assert.ok([...previewed].length <= 70, `one SMS: ${previewed}`)
      await shot(page, '05a-approve-sms-preview')
      await client(base, await tokenOf(page))('/api/v1/auth/logout', { method: 'POST' })
      await dialog(page).getByRole('button', { name: '批准' }).click()
      const reauth = page.locator('.el-dialog:visible', { hasText: '登录已超时' })
      await reauth.waitFor()
      await shot(page, '05-session-lapsed')
      await reauth.locator('input[type=password]').fill(PASSWORD)
      await reauth.getByRole('button', { name: '登录并继续' }).click()
      await page.locator('.el-message--success').getByText('已批准，结果已通知申请人').waitFor()
      assert.equal(await status(page).textContent(), '已批准')
      await page.locator('[data-test=decision]').getByText('补助改造资金 2 万元').waitFor()
      await shot(page, '06-approved')
      const decided = await cases.cracked.resident(`/api/v1/applications/${cases.cracked.id}`)
      assert.equal(decided.status, 'Approved')
      assert.equal(decided.benefit, '补助改造资金 2 万元，2026 年 12 月拨付')
    })
  })

  test('two caseworkers act on the same case at the same moment: one wins, the other sees the conflict', async () => {
    await step('conflict', async () => {
      const a = pages.caseworker
      const b = await newPage('second')
      await signIn(b, SECOND.username, SECOND.password)
      await openCase(a, cases.leaking)
      await openCase(b, cases.leaking)
      const version = await a.locator('[data-test=application]').getAttribute('data-version')
      assert.equal(await b.locator('[data-test=application]').getAttribute('data-version'), version)

      // A decides not to accept while B accepts: both forms are open on the same version, and both are sent at once.
      await a.locator('[data-test=act-notAccept]').click()
      await dialog(a).locator('textarea').fill('申请人户籍不在本区，请向户籍所在地住建部门申请。')
      await b.locator('[data-test=act-accept]').click()
      const confirm = b.locator('.el-message-box').getByRole('button', { name: '受理' })
      await confirm.waitFor()
      await Promise.all([dialog(a).getByRole('button', { name: '不予受理' }).click(), confirm.click()])

      const conflictBox = (page) => page.locator('.el-message-box', { hasText: '已重新载入' })
      await Promise.race([conflictBox(a).waitFor(), conflictBox(b).waitFor()])
      const aLost = await conflictBox(a).isVisible()
      assert.notEqual(aLost, await conflictBox(b).isVisible(), 'exactly one of the two sees the conflict')
      const [loser, winnerSays] = aLost ? [a, '办理中'] : [b, '不予受理']
      await shot(loser, '07-conflict')
      await conflictBox(loser).getByRole('button', { name: '确定' }).click()
      // The loser's page was reloaded: it shows what the winner did, not the stale case it was looking at.
      assert.notEqual(await loser.locator('[data-test=application]').getAttribute('data-version'), version)
      assert.equal(await status(loser).textContent(), winnerSays)
      const history = (await cases.leaking.resident(`/api/v1/applications/${cases.leaking.id}`)).history.map((h) => h.action)
      assert.equal(history.filter((h) => h === 'Accepted' || h === 'NotAccepted').length, 1, 'one decision recorded')
      console.log(`conflict: ${aLost ? 'the accept' : 'the refusal'} won; the other caseworker saw the conflict`)
    })
  })

  test('the supervisor sees the on-time rate change and exports xlsx whose numbers match the report', async () => {
    await step('dashboard change and xlsx export', async () => {
      const page = pages.supervisor
      await page.getByRole('button', { name: '刷新' }).click()
      await page.waitForFunction(() => document.querySelector('[data-kpi=onTimeRate]')?.textContent !== '—')
      const sup = await staffApi('sup-530102')
      // The dashboard's period: the last twelve months up to China's today, as the service counts.
      const today = chinaToday()
      const monthly = await sup(`/api/v1/reports/completion?from=${monthStart(today, -11)}&to=${today}&groupBy=month`)
      assert.ok(monthly.total.completed >= 1)
      assert.equal(await page.locator('[data-kpi=onTimeRate]').textContent(), `${(monthly.total.onTimeRate * 100).toFixed(1)}%`)
      // 先行救助 apart: the urgent temporary aid filed in the period (ADR 0039).
      assert.ok(monthly.urgent.filed >= 1)
      assert.equal(await page.locator('[data-kpi=urgentFiled]').textContent(), String(monthly.urgent.filed))
      await page.locator('canvas').first().waitFor()
      // 分阶段 beside the per-application figures: each office level's row as the report gives it, no header cut off.
      const stagePanel = page.locator('[data-test=dashboard-stages]')
      await stagePanel.locator('.el-table__row').first().waitFor()
      for (const header of ['阶段', '办理层级', '按时办结率', '平均用时（工作日）']) await stagePanel.locator('.el-table__header th', { hasText: header }).first().waitFor()
      for (const level of monthly.stages.officeLevels) {
        const name = level.office === 'Township' ? '乡镇（街道）合计' : '县级部门合计'
        const cells = await stagePanel.locator('.el-table__row', { hasText: name }).locator('td').allTextContents()
        assert.equal(cells[2].trim(), String(level.finished), `${name}: finished`)
        assert.equal(cells[3].trim(), level.onTimeRate === null ? '—' : `${(level.onTimeRate * 100).toFixed(1)}%`, `${name}: on-time rate`)
      }
      assert.ok(monthly.stages.officeLevels.some((l) => l.office === 'County' && l.finished >= 1), 'the county department finished stages')
      const clipped = await stagePanel.evaluate((panel) => [...panel.querySelectorAll('.el-table__header .cell, .el-table__body td .cell')]
        .filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent.trim()))
      assert.deepEqual(clipped, [], 'no stage header or cell cut off')
      await shot(page, '08-dashboard')
      await stagePanel.screenshot({ path: join(out, 'staff-08b-dashboard-stages.png') })

      await page.getByRole('menuitem', { name: '统计报表' }).click()
      await page.locator('[data-test=report] .el-table__row').first().waitFor()
      await page.locator('[data-test=report-stages] .el-table__row').first().waitFor()
      await shot(page, '09-reports')
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=export-xlsx]').click()])
      assert.match(download.suggestedFilename(), /\.xlsx$/)
      const file = join(out, 'staff-export.xlsx')
      await download.saveAs(file)

      const report = await sup(`/api/v1/reports/completion?from=${yearStart(today)}&to=${today}&groupBy=department`)
      // The first sheet (汇总) as the spreadsheet holds it: a header row, then one row per department and the total.
      const workbook = XLSX.read(readFileSync(file), { type: 'buffer' })
      const [header, ...rows] = XLSX.utils.sheet_to_json(workbook.Sheets[workbook.SheetNames[0]], { header: 1, raw: true })
      const column = (name) => header.findIndex((h) => String(h).startsWith(name))
      const housing = rows.find((r) => r[column('分组代码')] === 'housing')
      const expected = report.rows.find((r) => r.key === 'housing')
      for (const [label, field] of [['收件数', 'received'], ['受理数', 'accepted'], ['办结数', 'completed'], ['按时办结数', 'completedOnTime'], ['在办数', 'open']]) {
        assert.equal(Number(housing[column(label)]), expected[field], `${label} in the xlsx`)
      }
      const rate = housing[column('按时办结率')]
      assert.equal(typeof rate === 'number' ? rate : parseFloat(String(rate)) / 100, expected.onTimeRate, 'on-time rate in the xlsx')
      console.log(`xlsx: ${rows.length} rows; housing received ${expected.received}, completed ${expected.completed}, on time ${expected.completedOnTime}, rate ${expected.onTimeRate}`)
    })
  })

  test('every export opens in LibreOffice, exceljs, SheetJS and openpyxl with the report\'s figures', async () => {
    await step('exports in other tools', async () => {
      const page = pages.supervisor
      const today = chinaToday()
      const sup = await staffApi('sup-530102')
      const report = await sup(`/api/v1/reports/completion?from=${yearStart(today)}&to=${today}&groupBy=department`)
      const expected = report.rows.find((r) => r.key === 'housing')

      const xlsx = join(out, 'staff-export.xlsx')
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=export-csv]').click()])
      const csv = join(out, 'staff-export.csv')
      await download.saveAs(csv)
      const detail = join(out, 'staff-export-detail.csv')
      const answer = await fetch(`${base}/api/v1/reports/completion/export?from=${yearStart(today)}&to=${today}&groupBy=department&part=detail&format=csv`, {
        headers: { Authorization: `Bearer ${await tokenOf(page)}` },
      })
      assert.equal(answer.status, 200)
      writeFileSync(detail, Buffer.from(await answer.arrayBuffer()))

      const stagesCsv = join(out, 'staff-export-stages.csv')
      const stagesAnswer = await fetch(`${base}/api/v1/reports/completion/export?from=${yearStart(today)}&to=${today}&groupBy=department&part=stages&format=csv`, {
        headers: { Authorization: `Bearer ${await tokenOf(page)}` },
      })
      assert.equal(stagesAnswer.status, 200)
      writeFileSync(stagesCsv, Buffer.from(await stagesAnswer.arrayBuffer()))
      const county = report.stages.officeLevels.find((l) => l.office === 'County')
      assert.ok(county && county.finished >= 1, 'the county department finished stages in the period')

      const readers = {
        exceljs: await withExcelJS(xlsx), SheetJS: withSheetJS(xlsx), openpyxl: withPython(xlsx), LibreOffice: withLibreOffice(xlsx),
      }
      const detailRows = Number(readers.openpyxl['说明'].find((r) => String(r[0]).startsWith('明细行数'))[1])
      const trackingNumbers = (rows) => rows.slice(1).map((r) => String(r[0])).sort()
      const expectedNumbers = trackingNumbers(readers.SheetJS['明细'])
      assert.equal(expectedNumbers.length, detailRows, 'the detail sheet holds the rows its metadata counts')
      for (const [reader, sheets] of Object.entries(readers)) {
        assert.deepEqual(Object.keys(sheets).sort(), ['汇总', '分阶段', '明细', '说明'].sort(), `${reader}: the sheets`)
        assert.deepEqual(groupRow(sheets['汇总'], 'housing'), pick(expected), `${reader}: the summary's housing row`)
        assert.deepEqual(stageLevelRow(sheets['分阶段'], 'County'), pickStage(county), `${reader}: the county department's stage row`)
        assert.deepEqual(trackingNumbers(sheets['明细']), expectedNumbers, `${reader}: the detail's tracking numbers`)
      }

      // The CSVs: the summary as the page downloads it, the detail as the API gives it.
      for (const [reader, sheets] of Object.entries({ Python: withPython(csv), LibreOffice: withLibreOffice(csv) })) {
        assert.deepEqual(groupRow(sheets.csv, 'housing'), pick(expected), `${reader}: the CSV summary's housing row`)
      }
      for (const [reader, sheets] of Object.entries({ Python: withPython(stagesCsv), LibreOffice: withLibreOffice(stagesCsv) })) {
        assert.deepEqual(stageLevelRow(sheets.csv, 'County'), pickStage(county), `${reader}: the CSV stages' county department row`)
      }
      for (const [reader, sheets] of Object.entries({ Python: withPython(detail), LibreOffice: withLibreOffice(detail) })) {
        const rows = sheets.csv.filter((r) => r.length > 1 && !String(r[0]).startsWith('#'))
        assert.deepEqual(trackingNumbers(rows), expectedNumbers, `${reader}: the CSV detail's tracking numbers`)
      }
      console.log(`exports: xlsx read by ${Object.keys(readers).join(', ')}; CSV summary, stages and detail by Python and LibreOffice; county stages finished ${county.finished}, on time ${county.finishedOnTime}; ${detailRows} detail rows; housing received ${expected.received}, on time ${expected.completedOnTime}`)
    })
  })

  test('the administrator disables an account and its open session stops working', async () => {
    await step('disable account', async () => {
      const page = await newPage('admin')
      await signIn(page, 'admin', PASSWORD, { totp: true })
      await page.waitForURL(/\/staff\/admin\/staff/)
      const row = page.locator('tr.el-table__row', { hasText: SECOND.username })
      await row.waitFor()
      await shot(page, '10-accounts')
      await row.locator(`[data-test="disable-${SECOND.username}"]`).click()
      await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click()
      await row.locator('[data-test=status-disabled]').waitFor()

      const b = pages.second
      await b.goto(`${base}/staff/queue`)
      const reauth = b.locator('.el-dialog:visible', { hasText: '登录已超时' })
      await reauth.waitFor()
      await reauth.getByText(/已被停用|已失效/).first().waitFor()
      await reauth.locator('input[type=password]').fill(SECOND.password)
      await reauth.getByRole('button', { name: '登录并继续' }).click()
      await reauth.getByRole('alert').waitFor()
      await shot(b, '11-disabled-session')
      const refused = await fetch(`${base}/api/v1/queue`, { headers: { Authorization: `Bearer ${await tokenOf(b)}` } })
      assert.equal(refused.status, 401)
    })
  })

  test('every other screen, for the record (and English)', async () => {
    await step('screens', async () => {
      const admin = pages.admin
      for (const [path, name, wait] of [['/staff/admin/calendar', '12-calendar', '.months'], ['/staff/admin/jobs', '13-jobs', '.el-table__row'], ['/staff/admin/audit', '14-audit', '[data-test=audit-verdict]']]) {
        await admin.goto(base + path)
        await admin.locator(wait).first().waitFor()
        await shot(admin, name)
      }
      assert.equal(await admin.locator('[data-test=audit-verdict]').textContent(), '审计链完整')

      // Hangfire's dashboard opens in a tab of its own from the jobs page, read-only (no trigger buttons).
      await admin.goto(`${base}/staff/admin/jobs`)
      const [dashboard] = await Promise.all([admin.context().waitForEvent('page'), admin.locator('[data-test=jobs-dashboard]').click()])
      await dashboard.waitForURL(/\/jobs\/$/)
      await dashboard.getByText('ReliefPlatform').first().waitFor()
      await shot(dashboard, '13b-jobs-dashboard')
      await dashboard.goto(`${base}/jobs/recurring`)
      await dashboard.getByText('chase-deadlines').first().waitFor()
      assert.equal(await dashboard.locator('.js-jobs-list-command').count(), 0, 'the dashboard is read-only')
      await shot(dashboard, '13c-jobs-recurring')
      await dashboard.close()

      const sup = pages.supervisor
      for (const [path, name] of [['/staff/overdue', '15-overdue'], ['/staff/extensions', '16-extensions'], ['/staff/inbox', '17-inbox-supervisor']]) {
        await sup.goto(base + path)
        await sup.locator('main h1').waitFor()
        await sup.waitForTimeout(400)
        await shot(sup, name)
      }

      const cw = pages.caseworker
      await cw.goto(`${base}/staff/file`)
      await cw.getByRole('heading', { name: '代为申请' }).waitFor()
      await shot(cw, '18-file-on-behalf')
      await cw.goto(`${base}/staff/inbox`)
      await cw.locator('main h1').waitFor()
      await shot(cw, '19-inbox')
      await cw.goto(`${base}/staff/queue`)
      await cw.locator('.el-table__row').first().waitFor()
      await cw.getByRole('button', { name: 'English' }).click()
      await cw.getByRole('heading', { name: 'Work queue' }).waitFor()
      // The rows were loaded in Chinese; the switch loads them again, so the API's item names are English too.
      await cw.locator('.el-table__row', { hasText: 'Rural housing safety' }).first().waitFor()
      assert.equal(await cw.locator('.el-table__row', { hasText: '农村住房安全保障' }).count(), 0)
      await shot(cw, '20-queue-english')
      await cw.getByRole('button', { name: '中文' }).click()
    })
  })
})

