// axe-core in the browser tests only (never in a page's bundle): injected into the page under test and
// run with the WCAG 2.0/2.1/2.2 A and AA rules. Every screen the tests visit must have no serious or
// critical violation; lesser ones are printed for the record.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The serious and critical violations on the page as it is now, each with up to three of its elements. */
export async function axeViolations(page) {
  // A message still fading in is half transparent: judge the screen once its transitions have ended (spinners never do).
  await page.evaluate(() => Promise.race([Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))), new Promise((r) => setTimeout(r, 1000))]))
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(source)
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), TAGS)
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.length,
    examples: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').split('\n').slice(1, 2).join(' ').trim()}`),
  }))
}

/** Fails with every serious or critical violation of the screen named `name`; prints the minor ones. */
export async function assertAccessible(page, name) {
  const all = await axeViolations(page)
  const blocking = all.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const minor = all.filter((v) => !blocking.includes(v))
  if (minor.length) console.log(`axe ${name}: ${minor.map((v) => `${v.id} (${v.impact}, ${v.nodes})`).join(', ')}`)
  if (process.env.RELIEF_AXE === 'report') {
    if (blocking.length) console.log(`AXE ${name}:\n${describe(blocking)}`)
    return all
  }
  if (blocking.length) throw new Error(`axe found ${blocking.length} serious or critical violation(s) on ${name}:\n${describe(blocking)}`)
  return all
}

function describe(violations) {
  return violations.map((v) => `  ${v.id} (${v.impact}, ${v.nodes} element(s)): ${v.help}\n    ${v.examples.join('\n    ')}`).join('\n')
}
