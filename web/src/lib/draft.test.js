import { beforeEach, describe, expect, it } from 'vitest'
import { emptyDraft, forgetSynced, loadLocal, localDraftItems, parseDraft, pickNewer, removeLocal, saveLocal, touch, unsynced } from './draft.js'

class MemoryStorage {
  constructor() { this.map = new Map() }
  get length() { return this.map.size }
  key(i) { return [...this.map.keys()][i] ?? null }
  getItem(k) { return this.map.has(k) ? this.map.get(k) : null }
  setItem(k, v) { this.map.set(k, String(v)) }
  removeItem(k) { this.map.delete(k) }
}

let storage
beforeEach(() => { storage = new MemoryStorage() })

describe('drafts in the browser', () => {
  it('round-trips and lists drafts by item', () => {
    const draft = touch(emptyDraft('civil.dibao'), { ...emptyDraft('').values, description: '困难' }, 3, 1000)
    saveLocal(storage, draft)
    saveLocal(storage, touch(emptyDraft('water.drinking'), emptyDraft('').values, 1, 2000))
    expect(loadLocal(storage, 'civil.dibao')).toMatchObject({ step: 3, savedAt: 1000, values: { description: '困难' } })
    expect(localDraftItems(storage).sort()).toEqual(['civil.dibao', 'water.drinking'])
    removeLocal(storage, 'civil.dibao')
    expect(loadLocal(storage, 'civil.dibao')).toBeNull()
  })

  it('ignores corrupt, foreign or old-format entries', () => {
    storage.setItem('relief.draft.civil.dibao', '{not json')
    expect(loadLocal(storage, 'civil.dibao')).toBeNull()
    expect(parseDraft({ v: 0, itemCode: 'civil.dibao' }, 'civil.dibao')).toBeNull()
    expect(parseDraft({ v: 1, itemCode: 'water.drinking' }, 'civil.dibao')).toBeNull()
  })

  it('fills in what an older draft lacks', () => {
    const parsed = parseDraft({ v: 1, itemCode: 'civil.dibao', step: -2, values: { applicant: { name: '李' } } }, 'civil.dibao')
    expect(parsed.step).toBe(0)
    expect(parsed.values.applicant).toEqual({ name: '李', idNumber: '', phone: '' })
    expect(parsed.values.answers).toEqual({})
  })
})

describe('touch', () => {
  it('stamps the time and step, keeps finished uploads only, and copies the values', () => {
    const values = { ...emptyDraft('').values, attachments: { idCard: [{ id: 'a', name: 'a.jpg', size: 10, contentType: 'image/jpeg', preview: 'blob:x', status: 'done' }, { name: 'b.jpg', status: 'failed' }] } }
    const next = touch(emptyDraft('civil.dibao'), values, 6, 5000)
    expect(next).toMatchObject({ step: 6, savedAt: 5000, synced: false })
    expect(next.values.attachments).toEqual({ idCard: [{ id: 'a', name: 'a.jpg', size: 10, contentType: 'image/jpeg' }] })
    values.description = 'changed later'
    expect(next.values.description).toBe('')
  })
})

describe('pickNewer', () => {
  const local = { ...emptyDraft('x'), savedAt: 2000 }
  const server = { ...emptyDraft('x'), savedAt: 1000, synced: true }
  it('keeps the newer copy', () => {
    expect(pickNewer(local, server)).toBe(local)
    expect(pickNewer({ ...local, savedAt: 500 }, server)).toMatchObject({ savedAt: 1000, synced: true })
  })
  it('takes whichever exists', () => {
    expect(pickNewer(null, server)).toBe(server)
    expect(pickNewer(local, null)).toBe(local)
    expect(pickNewer(null, null)).toBeNull()
  })
})

describe('unsynced', () => {
  it('lists the drafts the server has not confirmed (saved while offline)', () => {
    saveLocal(storage, { ...emptyDraft('a'), synced: true })
    saveLocal(storage, { ...emptyDraft('b'), synced: false })
    expect(unsynced(storage).map((d) => d.itemCode)).toEqual(['b'])
  })
})

describe('forgetSynced', () => {
  it('removes the drafts the server has and keeps the ones only this phone has', () => {
    saveLocal(storage, { ...emptyDraft('a'), synced: true })
    saveLocal(storage, { ...emptyDraft('b'), synced: false })
    forgetSynced(storage)
    expect(localDraftItems(storage)).toEqual(['b'])
  })
})
