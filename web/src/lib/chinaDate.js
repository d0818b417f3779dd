// China's calendar, whatever the computer's time zone: the service counts time limits and reports on
// China's date, so every date a page sends or shows must be China's too. China Standard Time is UTC+8
// all year (no daylight saving since 1991), so a fixed offset is exact. No imports: the end-to-end tests
// use this module under node.

const CHINA_OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000

const chinaIso = (instant) => new Date(new Date(instant).getTime() + CHINA_OFFSET_MS).toISOString()
const utcOf = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
const isoOf = (utcMs) => new Date(utcMs).toISOString().slice(0, 10)

/** China's date (YYYY-MM-DD) at an instant (milliseconds, a Date or an ISO string); now by default. */
export function chinaToday(now = Date.now()) {
  return chinaIso(now).slice(0, 10)
}

/** The time of day in China (HH:MM) at an instant, e.g. "saved at 09:05". */
export function chinaClock(instant) {
  return chinaIso(instant).slice(11, 16)
}

/** An ISO date n days later (earlier when n is negative). */
export function addDays(iso, n) {
  return isoOf(utcOf(iso) + n * DAY_MS)
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from, to) {
  return Math.round((utcOf(to) - utcOf(from)) / DAY_MS)
}

/** The first day of the month `months` after (or before, when negative) an ISO date's month. */
export function monthStart(iso, months = 0) {
  return isoOf(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1 + months, 1))
}

/** 1 January of an ISO date's year. */
export function yearStart(iso) {
  return `${iso.slice(0, 4)}-01-01`
}

/** The day a date picker's cell stands for: Element Plus makes cells at midnight in the computer's zone. */
export function pickerDay(date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}
