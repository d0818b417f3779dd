import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { groupByNeed, search } from './search.js'

const catalog = JSON.parse(readFileSync(new URL('../../../src/Infrastructure/SeedData/catalog.json', import.meta.url), 'utf8'))
const items = catalog.departments.flatMap((d) => d.items)
const top = (q) => search(items, q).slice(0, 3).map((i) => i.need)

describe('search by everyday words', () => {
  it.each([
    ['看病', 'medical'],
    ['房子漏雨', 'housing'],
    ['没水喝', 'water'],
    ['孩子不上学', 'education'],
    ['找工作', 'employment'],
    ['没钱吃饭', 'living'],
  ])('%s leads to %s first', (query, need) => {
    expect(top(query)[0]).toBe(need)
  })

  it('understands English words too', () => {
    expect(search(items, 'water')[0].need).toBe('water')
  })

  it('returns everything for an empty query and nothing for nonsense', () => {
    expect(search(items, '  ')).toHaveLength(items.length)
    expect(search(items, 'zzzz')).toHaveLength(0)
  })
})

describe('groupByNeed', () => {
  it('puts all 15 items under the six needs', () => {
    const groups = groupByNeed(items)
    expect(groups.map((g) => g.need)).toEqual(['living', 'medical', 'education', 'employment', 'housing', 'water'])
    expect(groups.flatMap((g) => g.items)).toHaveLength(15)
  })
})
