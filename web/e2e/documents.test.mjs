// Written decisions (决定书 / 通知书, ADR 0037) end to end: the resident's detail screen on a phone offers
// the signed PDFs, the downloaded file is a PDF whose first page (rendered with poppler's pdftoppm to
// e2e/out/) shows the Chinese text, and the public verification page its QR code names renders, says a
// genuine file is genuine and a file changed by one byte is not.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { client, latestCode, launchBrowser, phoneContext, staffToken, startApi, webRoot } from './support.mjs'

const out = join(webRoot, 'e2e', 'out')
mkdirSync(out, { recursive: true })

let api, browser, context, page, base
const phone = '137' + String(Date.now()).slice(-8)

async function shot(name, target = page) {
  await target.waitForTimeout(150)
  await target.screenshot({ path: join(out, `${name}.png`), fullPage: true })
}

/** A resident signed in through the API (the phone page's sign-in has its own tests), and her application. */
async function residentWithDecidedApplication() {
  const anonymous = client(base)
  await anonymous('/api/v1/auth/otp', { method: 'POST', body: { phone } })
  const signedIn = await anonymous('/api/v1/auth/otp/verify', { method: 'POST', body: { phone, code: await latestCode(base, phone) } })
  const response = await fetch(`${base}/api/v1/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${signedIn.accessToken}`, 'Idempotency-Key': `documents-${Date.now()}` },
    body: JSON.stringify({
      // A one-stage item, decided by the county department at once (低保's stages are in the API tests).
      itemCode: 'housing.safety',
      regionCode: '530102001',
      applicant: { name: '李秀英', idNumber: '530102196001011238', phone },
      answers: { houseCondition: 'cracked', houseStructure: 'earthWood', stillLivingIn: true, householdCategory: 'dibao' },
      description: '土坯房的墙裂开了，下雨屋顶漏水，一家三口还住在里面。',
    }),
  })
  const body = await response.text()
  assert.equal(response.status, 201, body)
  const { id } = JSON.parse(body)
  const caseworker = client(base, await staffToken(base, 'cw-housing-530102'))
  await caseworker(`/api/v1/applications/${id}/accept`, { method: 'POST', body: {} })
  await caseworker(`/api/v1/applications/${id}/approve`, { method: 'POST', body: { reason: '经入户核实，房屋属 C 级危房，同意纳入危房改造。', benefit: '补助 2.5 万元' } })
  return { id, session: { token: signedIn.accessToken, expiresAt: signedIn.expiresAt, phone } }
}

before(async () => {
  api = await startApi()
  base = api.url
  browser = await launchBrowser()
  context = await phoneContext(browser, { acceptDownloads: true })
  page = await context.newPage()
})

after(async () => {
  await browser?.close()
  await api?.stop()
})

describe('written decisions', () => {
  test('the detail screen offers the signed PDFs; the verification page renders and tells a genuine file from a changed one', async () => {
    const { id, session } = await residentWithDecidedApplication()
    await context.addInitScript((saved) => localStorage.setItem('relief.session', JSON.stringify(saved)), session)

    await page.goto(`${base}/#/applications/${id}`)
    const papers = page.locator('section[data-test="papers"]')
    await papers.getByRole('heading', { name: '决定书和通知书' }).waitFor()
    assert.ok(await papers.getByText('受理通知书').isVisible())
    assert.ok(await papers.getByText('准予救助决定书').isVisible())
    await papers.scrollIntoViewIfNeeded()
    await shot('documents-01-detail')

    const approval = papers.locator('li', { hasText: '准予救助决定书' })
    const [download] = await Promise.all([page.waitForEvent('download'), approval.getByRole('button', { name: '下载 PDF' }).click()])
    const file = join(out, 'documents-approval.pdf')
    await download.saveAs(file)
    const pdf = readFileSync(file)
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-')
    assert.match(download.suggestedFilename(), /准予救助决定书\.pdf$/)
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', file, join(out, 'documents-02-approval-pdf')])
    } else {
      console.log('pdftoppm missing (Debian poppler-utils): the PDF is not rendered to e2e/out/')
    }

    const [verification] = await Promise.all([context.waitForEvent('page'), approval.getByRole('link', { name: '核验真伪' }).click()])
    await verification.getByText('平台出具过这份文书').waitFor()
    assert.ok(await verification.getByText('李*英').isVisible())
    assert.equal(await verification.getByText('李秀英').count(), 0)
    assert.equal(await verification.locator('meta[name="robots"]').getAttribute('content'), 'noindex, nofollow')
    await shot('documents-03-verify-page', verification)

    await verification.locator('#file').setInputFiles(file)
    await verification.getByRole('button', { name: '核验文件' }).click()
    await verification.getByText(/核验通过/).waitFor()
    await shot('documents-04-verify-genuine', verification)

    const changed = Buffer.from(pdf)
    changed[changed.length >> 1] ^= 0x01
    const changedFile = join(out, 'documents-approval-changed.pdf')
    writeFileSync(changedFile, changed)
    await verification.locator('#file').setInputFiles(changedFile)
    await verification.getByRole('button', { name: '核验文件' }).click()
    await verification.getByText(/核验未通过/).waitFor()
    await shot('documents-05-verify-changed', verification)
  })
})
