import { describe, expect, test } from 'vitest'
import { byUrgency, daysUntil, slaKind } from './sla.js'

const item = (over) => ({ status: 'Accepted', clock: 'Running', slaState: 'OnTrack', paused: false, dueDate: '2026-12-01', submittedAt: '2026-11-20T10:00:00+08:00', ...over })

describe('slaKind', () => {
  test('follows the API for open cases', () => {
    expect(slaKind(item({ slaState: 'Overdue' }))).toBe('overdue')
    expect(slaKind(item({ slaState: 'DueSoon' }))).toBe('dueSoon')
    expect(slaKind(item())).toBe('onTrack')
  })

  test('a case waiting for the resident is paused even when its date has passed', () => {
    expect(slaKind(item({ status: 'InfoRequested', clock: 'Paused', slaState: 'Overdue' }))).toBe('paused')
  })

  test('closed cases have no clock, whatever the status is called', () => {
    for (const status of ['Approved', 'Rejected', 'NotAccepted', 'Withdrawn', 'SomeFutureStatus']) expect(slaKind(item({ status, clock: 'Stopped', slaState: 'Overdue' }))).toBe('closed')
  })
})

describe('byUrgency', () => {
  test('overdue, then due soon, then on track, then paused; earlier due dates first within a kind', () => {
    const list = [
      item({ id: 'paused', status: 'InfoRequested', clock: 'Paused', dueDate: '2026-11-01' }),
      item({ id: 'late', dueDate: '2026-12-03' }),
      item({ id: 'soon', slaState: 'DueSoon' }),
      item({ id: 'early', dueDate: '2026-11-28' }),
      item({ id: 'overdue', slaState: 'Overdue', dueDate: '2026-11-20' }),
    ]
    expect(list.sort(byUrgency).map((i) => i.id)).toEqual(['overdue', 'soon', 'early', 'late', 'paused'])
  })

  test('urgent cases waiting for help come first, fewest hours left first; once helped they sort as any case', () => {
    const urgent = (helpDueAt, hoursLeft) => ({ markedBy: 'Resident', helpDueAt, hoursLeft })
    const list = [
      item({ id: 'overdue', slaState: 'Overdue', dueDate: '2026-11-20' }),
      item({ id: 'helped', dueDate: '2026-11-29', urgent: urgent('2026-11-21T10:00:00+08:00', null) }),
      item({ id: 'later', urgent: urgent('2026-11-23T11:00:00+08:00', 30) }),
      item({ id: 'missed', status: 'InfoRequested', clock: 'Paused', urgent: urgent('2026-11-21T09:00:00+08:00', -3) }),
      item({ id: 'sooner', urgent: urgent('2026-11-22T18:00:00+08:00', 12) }),
    ]
    expect(list.sort(byUrgency).map((i) => i.id)).toEqual(['missed', 'sooner', 'later', 'overdue', 'helped'])
  })
})

test('daysUntil counts calendar days from today', () => {
  const today = '2026-11-22'
  expect(daysUntil('2026-11-22', today)).toBe(0)
  expect(daysUntil('2026-11-25', today)).toBe(3)
  expect(daysUntil('2026-11-20', today)).toBe(-2)
})
