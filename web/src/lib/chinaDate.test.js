import { describe, expect, test } from 'vitest'
import { addDays, chinaClock, chinaToday, daysBetween, monthStart, pickerDay, yearStart } from './chinaDate.js'
import { checkIdNumber } from './idNumber.js'
import { daysUntil } from '../staff/sla.js'

// 17:30 on 5 December in UTC is 01:30 on 6 December in China: the evening hours when pages that used
// the computer's date asked the service for the wrong day. Run with TZ=UTC, America/Los_Angeles and
// Asia/Shanghai; the answers must not change.
const EVENING_UTC = Date.parse('2026-12-05T17:30:00Z')

describe("China's date whatever the process's zone", () => {
  test('is China’s calendar date at an instant', () => {
    expect(chinaToday(EVENING_UTC)).toBe('2026-12-06')
    expect(chinaToday(new Date('2026-12-05T15:59:59Z'))).toBe('2026-12-05')
    expect(chinaToday('2026-12-31T16:00:00Z')).toBe('2027-01-01')
  })

  test('shows the time of day in China', () => {
    expect(chinaClock(EVENING_UTC)).toBe('01:30')
    expect(chinaClock('2026-12-06T09:05:00+08:00')).toBe('09:05')
  })

  test('counts days and months on ISO dates without the local calendar', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(daysBetween('2026-12-06', '2026-12-09')).toBe(3)
    expect(monthStart('2026-12-06', -11)).toBe('2026-01-01')
    expect(monthStart('2026-01-31', -1)).toBe('2025-12-01')
    expect(yearStart('2026-12-06')).toBe('2026-01-01')
  })

  test('reads a date picker cell as the day it shows', () => {
    expect(pickerDay(new Date(2026, 11, 6))).toBe('2026-12-06')
  })

  test('due dates and birth dates are checked against China’s today', () => {
    const today = chinaToday(EVENING_UTC)
    expect(daysUntil('2026-12-06', today)).toBe(0)
    // Born on China's today is not in the future, even while it is still 5 December in UTC.
    expect(checkIdNumber('53010220261206', today).error).toBeNull()
    expect(checkIdNumber('53010220261207', today).error).toBe('id.futureBirthDate')
  })
})
