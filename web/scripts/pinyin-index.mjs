// Generates src/lib/pinyin-index.json: the pinyin of every item name and keyword in the catalog, syllables
// separated by spaces ("看病" → "kan bing"), so that a resident typing "kanbing" or "kb" on a phone without a
// Chinese keyboard finds the same items as "看病". Generated ahead (pinyin-pro is a build-time tool only, the
// phone never loads it); the unit test fails when the catalog's words change and this was not run again:
//   node scripts/pinyin-index.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { customPinyin, pinyin } from 'pinyin-pro'

// Where the dictionary reads a phrase the way residents do not say it (没收 "confiscate" in 没收入).
customPinyin({ 没收入: 'méi shōu rù' })

export const catalogUrl = new URL('../../src/Infrastructure/SeedData/catalog.json', import.meta.url)
export const indexUrl = new URL('../src/lib/pinyin-index.json', import.meta.url)

/** { text: "syllables with spaces" } for every Chinese name and keyword, sorted by text. */
export function buildIndex(catalog) {
  const texts = new Set()
  for (const item of catalog.departments.flatMap((d) => d.items)) {
    for (const t of [item.name, ...(item.keywords ?? [])]) if (/[\u4e00-\u9fff]/.test(t)) texts.add(t)
  }
  const index = {}
  for (const t of [...texts].sort()) {
    const syllables = pinyin(t.replace(/[^\u4e00-\u9fff]/g, ''), { toneType: 'none', type: 'array', v: true })
    index[t] = syllables.join(' ').toLowerCase()
  }
  return index
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const index = buildIndex(JSON.parse(readFileSync(catalogUrl, 'utf8')))
  writeFileSync(indexUrl, JSON.stringify(index, null, 0) + '\n')
  console.log(`${Object.keys(index).length} texts → ${indexUrl.pathname}`)
}
