// Finding an item by everyday words: residents type 吃不上饭, 房子塌了, 看不起病 or 孩子不上学, not an item's
// official name. The words are catalog data (each item's keywords), never this file's: a query matches a
// keyword it contains or that contains it, or two or more of its two-character pieces. Letters are read as
// pinyin ("kanbing", "kb") against the pinyin of the same words, generated ahead (pinyin-index.json), or as
// English words; never as loose letter pairs, which matched unrelated items.

/** The needs the home screen groups items by, in its order. */
export const NEEDS = ['living', 'medical', 'education', 'employment', 'housing', 'water']

const LETTERS = /^[a-z\s']+$/

function grams(text) {
  const out = new Set()
  for (let i = 0; i + 2 <= text.length; i++) out.add(text.slice(i, i + 2))
  return out
}

function textsOf(item) {
  return [item.name, item.nameEn, ...(item.keywords ?? [])].map((t) => String(t ?? '').toLowerCase()).filter(Boolean)
}

function chineseScore(texts, q) {
  let s = 0
  const qg = grams(q)
  for (const t of texts) {
    if (t.includes(q) || (t.length >= 2 && q.includes(t))) s += 10
    for (const g of grams(t)) if (qg.has(g)) s += 2
  }
  return s
}

/**
 * Whether typed letters spell the pinyin of a text: from the start of any syllable, covering at least one
 * whole syllable ("kanbing" in "zai wai di kan bing", "kanb" while typing), or the initials of the text
 * from its start ("kb" for 看病, "kbt" for 看病太贵).
 */
export function pinyinMatches(syllables, letters) {
  const s = syllables.split(' ')
  if (letters.length >= 2 && s.map((x) => x[0]).join('').startsWith(letters)) return true
  for (let i = 0; i < s.length; i++) {
    if (letters.length < s[i].length) continue
    if (s.slice(i).join('').startsWith(letters)) return true
  }
  return false
}

function letterScore(item, texts, q, pinyinIndex) {
  let s = 0
  for (const word of q.split(/\s+/).filter((w) => w.length >= 3)) {
    if (texts.some((t) => new RegExp(`\\b${word}`).test(t))) s += 4
  }
  const letters = q.replace(/[\s']/g, '')
  if (pinyinIndex && letters.length >= 2) {
    for (const t of [item.name, ...(item.keywords ?? [])]) {
      const syllables = pinyinIndex[t]
      if (syllables && pinyinMatches(syllables, letters)) s += 10
    }
  }
  return s
}

/** How well an item matches a query; 0 = not at all. */
export function score(item, query, pinyinIndex = null) {
  const q = String(query ?? '').trim().toLowerCase()
  if (!q) return 1
  const texts = textsOf(item)
  return LETTERS.test(q) ? letterScore(item, texts, q, pinyinIndex) : chineseScore(texts, q.replace(/\s+/g, ''))
}

/** Whether a query is typed in letters (pinyin or English), so the page loads the pinyin index first. */
export function isLetters(query) {
  return LETTERS.test(String(query ?? '').trim().toLowerCase())
}

/** The items that match, best first; all of them for an empty query. */
export function search(items, query, pinyinIndex = null) {
  if (!String(query ?? '').trim()) return items
  return items
    .map((item) => ({ item, s: score(item, query, pinyinIndex) }))
    .filter((r) => r.s >= 3)
    .sort((a, b) => b.s - a.s)
    .map((r) => r.item)
}

/** Items grouped by need, in the page's order of needs. */
export function groupByNeed(items) {
  return NEEDS.map((need) => ({ need, items: items.filter((i) => i.need === need) })).filter((g) => g.items.length)
}

/**
 * What the home screen shows for a query: the matches, and always the categories (by need), so a
 * resident whose words find nothing still has every item in sight, and the way to ask for help anyway.
 */
export function findHelp(items, query, pinyinIndex = null) {
  const typed = Boolean(String(query ?? '').trim())
  const matches = typed ? search(items, query, pinyinIndex) : []
  return { typed, matches, noMatch: typed && matches.length === 0, groups: groupByNeed(items) }
}
