import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { KEEP_DAYS, dropPhoto, keepPhoto, keptPhotos } from './keptPhotos.js'

// keptPhotos.js against an IndexedDB implemented in memory (fake-indexeddb): the browser's own store is
// exercised by the browser tests (resident-resilience, appeal, staged), this checks the rules.
const jpeg = (n) => new Blob([new Uint8Array([0xff, 0xd8, n, 0xff, 0xd9])], { type: 'image/jpeg' })
const DAY = 86_400_000

describe('photos kept in the browser until sent', () => {
  it('keeps each form’s photos apart, oldest first, with their bytes, type and what the form needs', async () => {
    await keepPhoto('apply.13800138000.civil.dibao', 'p1', jpeg(1), { name: '身份证.jpg', documentKey: 'idCard' })
    await keepPhoto('apply.13800138000.civil.dibao', 'p2', jpeg(2), { name: '户口簿.jpg', documentKey: 'householdRegister' })
    await keepPhoto('visit.case-1', 'v1', jpeg(3), { name: 'roof.jpg' })

    const kept = await keptPhotos('apply.13800138000.civil.dibao')

    expect(kept.map((p) => p.id)).toEqual(['p1', 'p2'])
    expect(kept[0].about).toEqual({ name: '身份证.jpg', documentKey: 'idCard' })
    expect(kept[1].blob.type).toBe('image/jpeg')
    expect([...new Uint8Array(await kept[1].blob.arrayBuffer())]).toEqual([0xff, 0xd8, 2, 0xff, 0xd9])
    expect((await keptPhotos('visit.case-1')).map((p) => p.id)).toEqual(['v1'])
    expect(await keptPhotos('apply.13900139000.civil.dibao')).toEqual([])
  })

  it('forgets a photo once dropped, even when the drop was asked before the keeping had finished', async () => {
    await keepPhoto('detail.a', 'd1', jpeg(4))
    await dropPhoto('d1')
    const keeping = keepPhoto('detail.a', 'd2', jpeg(5))
    const dropping = dropPhoto('d2') // sent before it was kept: the order asked is the order done
    await Promise.all([keeping, dropping])

    expect(await keptPhotos('detail.a')).toEqual([])
  })

  it(`lets a photo go after ${KEEP_DAYS} days, when its form is next opened`, async () => {
    await keepPhoto('detail.old', 'o1', jpeg(6))

    expect((await keptPhotos('detail.old', Date.now() + (KEEP_DAYS - 1) * DAY)).map((p) => p.id)).toEqual(['o1'])
    expect(await keptPhotos('detail.old', Date.now() + (KEEP_DAYS + 1) * DAY)).toEqual([])
    expect(await keptPhotos('detail.old')).toEqual([])
  })
})
