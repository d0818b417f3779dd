import { describe, expect, it } from 'vitest'
import { noteActivity, POLL_WHILE_ACTIVE_MS, recentlyActive, watchActivity } from './activity.js'

describe('the unread poll runs only while someone uses the console', () => {
  it('stops 10 minutes after the last click or key, well before the 15-minute idle limit', () => {
    noteActivity(1_000_000)
    expect(recentlyActive(1_000_000 + POLL_WHILE_ACTIVE_MS - 1)).toBe(true)
    expect(recentlyActive(1_000_000 + POLL_WHILE_ACTIVE_MS)).toBe(false)
    expect(POLL_WHILE_ACTIVE_MS).toBeLessThan(15 * 60_000)
  })

  it('counts a key press on the page as use, and stops counting once unwatched', () => {
    const target = new EventTarget()
    const stop = watchActivity(target)
    noteActivity(0)
    target.dispatchEvent(new Event('keydown'))
    expect(recentlyActive()).toBe(true)

    stop()
    noteActivity(0)
    target.dispatchEvent(new Event('keydown'))
    expect(recentlyActive()).toBe(false)
  })
})
