import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findHelp, groupByNeed, isLetters, pinyinMatches, search } from './search.js'
import pinyinIndex from './pinyin-index.json'
import { buildIndex } from '../../scripts/pinyin-index.mjs'

const catalog = JSON.parse(readFileSync(new URL('../../../src/Infrastructure/SeedData/catalog.json', import.meta.url), 'utf8'))
const items = catalog.departments.flatMap((d) => d.items)
const codes = (q) => search(items, q, pinyinIndex).map((i) => i.code)

describe('search by everyday words', () => {
  it.each([
    ['看病', 'medical'],
    ['房子漏雨', 'housing'],
    ['没水喝', 'water'],
    ['孩子不上学', 'education'],
    ['找工作', 'employment'],
    ['没钱吃饭', 'living'],
  ])('%s leads to %s first', (query, need) => {
    expect(search(items, query)[0].need).toBe(need)
  })

  it.each([
    ['吃不上饭', 'civil.dibao'],
    ['种地受灾', 'civil.temporary-aid'],
    ['遭灾', 'civil.temporary-aid'],
    ['看不起病', 'medins.critical-illness-aid'],
    ['欠了医药费', 'medins.critical-illness-aid'],
    ['房子塌了', 'housing.safety'],
    ['孩子上不起学', 'edu.student-aid'],
    ['老人没人管', 'civil.tekun'],
    ['家里有人残疾', 'civil.dibao'],
    ['下岗了', 'hrss.employment'],
  ])('%s finds %s first', (query, code) => {
    expect(codes(query)[0]).toBe(code)
  })

  it('finds the other items a resident may mean as well', () => {
    expect(codes('看不起病')).toContain('health.critical-treatment')
    expect(codes('家里有人残疾')).toContain('civil.tekun')
  })

  it('understands English words too', () => {
    expect(search(items, 'water')[0].need).toBe('water')
    expect(codes('hospital')).toContain('medins.critical-illness-aid')
  })

  it('returns everything for an empty query and nothing for nonsense', () => {
    expect(search(items, '  ')).toHaveLength(items.length)
    expect(search(items, 'zzzz', pinyinIndex)).toHaveLength(0)
    expect(search(items, '啊啊啊啊')).toHaveLength(0)
  })
})

describe('pinyin', () => {
  it('kanbing finds the items whose words say 看病, and nothing else', () => {
    const found = codes('kanbing')
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((c) => ['medical'].includes(items.find((i) => i.code === c).need))).toBe(true)
    expect(found).toEqual(expect.arrayContaining(['medins.offsite-reimbursement', 'medins.critical-illness-aid', 'health.critical-treatment']))
  })

  it('reads spaced pinyin, initials and names', () => {
    expect(codes('kan bing')).toEqual(codes('kanbing'))
    expect(codes('kb')).toEqual(expect.arrayContaining(['health.critical-treatment']))
    expect(codes('dibao')[0]).toBe('civil.dibao')
    expect(codes('weifang')[0]).toBe('housing.safety')
    expect(codes('meishuihe')).toEqual(['water.drinking'])
  })

  it('matches only from the start of a syllable with a whole syllable typed', () => {
    expect(pinyinMatches('zai wai di kan bing', 'kanbing')).toBe(true)
    expect(pinyinMatches('zai wai di kan bing', 'anbing')).toBe(false)
    expect(pinyinMatches('kan bing', 'ka')).toBe(false)
    expect(pinyinMatches('kan bing', 'kb')).toBe(true)
    expect(pinyinMatches('kan bing tai gui', 'kbt')).toBe(true)
  })

  it('finds nothing without the index, rather than guessing from letter pairs', () => {
    expect(search(items, 'kanbing')).toHaveLength(0)
  })

  it('knows a query in letters', () => {
    expect(isLetters('kanbing')).toBe(true)
    expect(isLetters('看病')).toBe(false)
  })

  it('the index is generated from the catalog as it is (run node scripts/pinyin-index.mjs after editing keywords)', () => {
    expect(pinyinIndex).toEqual(buildIndex(catalog))
  })
})

describe('groupByNeed', () => {
  it('puts all 15 items under the six needs', () => {
    const groups = groupByNeed(items)
    expect(groups.map((g) => g.need)).toEqual(['living', 'medical', 'education', 'employment', 'housing', 'water'])
    expect(groups.flatMap((g) => g.items)).toHaveLength(15)
  })
})

describe('findHelp', () => {
  it('keeps the categories in sight while the box has text', () => {
    const found = findHelp(items, '吃不上饭', pinyinIndex)
    expect(found.matches[0].code).toBe('civil.dibao')
    expect(found.groups.map((g) => g.need)).toEqual(['living', 'medical', 'education', 'employment', 'housing', 'water'])
  })

  it('with no match shows every category and says so', () => {
    const found = findHelp(items, '我的牛丢了', pinyinIndex)
    expect(found).toMatchObject({ typed: true, noMatch: true, matches: [] })
    expect(found.groups.flatMap((g) => g.items)).toHaveLength(15)
  })

  it('without text shows the categories only', () => {
    expect(findHelp(items, '', pinyinIndex)).toMatchObject({ typed: false, noMatch: false, matches: [] })
  })
})
