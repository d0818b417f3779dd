// Finding an item by everyday words: residents type 看病, 房子漏雨, 没水喝 or 孩子不上学, not an item's
// official name. Each item's own keywords come from the catalog; the everyday words below lead to a
// need, and a query matches on any overlap of two or more characters.

/** Everyday words → the need they point to (living, medical, education, employment, housing, water). */
export const NEED_WORDS = {
  living: ['吃饭', '生活', '困难', '没钱', '穷', '低保', '救助', '养老', '没人管', '孤寡', '残疾', 'poor', 'money', 'food', 'living', 'allowance'],
  medical: ['看病', '生病', '住院', '医院', '医保', '大病', '药', '报销', '医疗', '慢病', '手术', 'ill', 'sick', 'hospital', 'doctor', 'medical', 'medicine'],
  education: ['上学', '读书', '学费', '孩子', '学生', '辍学', '学校', 'school', 'student', 'child', 'fees', 'study'],
  employment: ['工作', '找活', '打工', '就业', '培训', '上班', '失业', 'job', 'work', 'training', 'employment'],
  housing: ['房子', '漏雨', '危房', '住房', '倒塌', '裂缝', '修房', '屋', 'house', 'roof', 'leak', 'housing', 'home'],
  water: ['水', '喝水', '吃水', '自来水', '水管', '水井', '缺水', 'water', 'drink', 'tap'],
}

export const NEEDS = Object.keys(NEED_WORDS)

function grams(text) {
  const t = text.toLowerCase().replace(/\s+/g, '')
  const out = new Set()
  for (let i = 0; i + 2 <= t.length; i++) out.add(t.slice(i, i + 2))
  return out
}

/** How well an item matches a query; 0 = not at all. */
export function score(item, query) {
  const q = String(query ?? '').trim().toLowerCase()
  if (!q) return 1
  const texts = [item.name, item.nameEn, ...(item.keywords ?? [])].map((t) => String(t ?? '').toLowerCase())
  let s = 0
  for (const t of texts) {
    if (t && (t.includes(q) || (q.length >= 2 && q.includes(t) && t.length >= 2))) s += 10
  }
  const qg = grams(q)
  for (const t of texts) for (const g of grams(t)) if (qg.has(g)) s += 2
  for (const word of NEED_WORDS[item.need] ?? []) {
    if (q.includes(word.toLowerCase())) s += word.length >= 2 ? 3 : 1
  }
  const english = /^[a-z\s]+$/.test(q)
  if (english) {
    for (const word of q.split(/\s+/).filter((w) => w.length >= 3)) {
      if (texts.some((t) => t.includes(word))) s += 4
    }
  }
  return s
}

/** The items that match, best first; all of them for an empty query. */
export function search(items, query) {
  if (!String(query ?? '').trim()) return items
  return items
    .map((item) => ({ item, s: score(item, query) }))
    .filter((r) => r.s >= 3)
    .sort((a, b) => b.s - a.s)
    .map((r) => r.item)
}

/** Items grouped by need, in the page's order of needs. */
export function groupByNeed(items) {
  return NEEDS.map((need) => ({ need, items: items.filter((i) => i.need === need) })).filter((g) => g.items.length)
}
