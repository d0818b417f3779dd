import { describe, expect, it } from 'vitest'
import { createKeepAlive } from './keepAlive.js'

describe('keep-alive while a form is in use', () => {
  it('sends on activity at most once per period, and nothing without activity', async () => {
    let clock = 0
    const sends = []
    const keepAlive = createKeepAlive({ send: async () => sends.push(clock), every: 300_000, now: () => clock })

    clock = 299_999
    expect(await keepAlive.activity()).toBe(false)
    clock = 300_000
    expect(await keepAlive.activity()).toBe(true)
    clock = 400_000
    expect(await keepAlive.activity()).toBe(false)
    clock = 2_000_000
    expect(await keepAlive.activity()).toBe(true)

    expect(sends).toEqual([300_000, 2_000_000])
  })

  it('counts a save the page made anyway, and sends once when activity comes while a send is under way', async () => {
    let clock = 0
    let release
    let sends = 0
    const keepAlive = createKeepAlive({ send: () => new Promise((r) => { sends++; release = r }), every: 1000, now: () => clock })

    clock = 900
    keepAlive.sent()
    clock = 1500
    expect(await keepAlive.activity()).toBe(false)
    clock = 1900
    const first = keepAlive.activity()
    clock = 5000
    expect(await keepAlive.activity()).toBe(false)
    release()

    expect(await first).toBe(true)
    expect(sends).toBe(1)
  })
})
