// How urgent a case is, as the queue and the detail colour it. The API says OnTrack, DueSoon or Overdue
// from working days, and whether the clock runs: a case waiting for the resident is paused whatever
// its date, and a closed case has no clock at all.
import { chinaToday, daysBetween } from '../lib/chinaDate.js'

/** 'paused' | 'overdue' | 'dueSoon' | 'onTrack' | 'closed' for a queue item or an application's details. */
export function slaKind(item) {
  if (item.clock === 'Stopped') return 'closed'
  if (item.clock === 'Paused') return 'paused'
  if (item.slaState === 'Overdue') return 'overdue'
  if (item.slaState === 'DueSoon') return 'dueSoon'
  return 'onTrack'
}

/** Element Plus tag type of each kind: red overdue, amber due soon, green on track, grey paused or closed. */
export const SLA_TAG = { overdue: 'danger', dueSoon: 'warning', onTrack: 'success', paused: 'info', closed: 'info' }

const RANK = { overdue: 0, dueSoon: 1, onTrack: 2, paused: 3, closed: 4 }

/** Most urgent first: overdue, due soon, on track, paused; within each the earliest due date, then the oldest. */
export function byUrgency(a, b) {
  return RANK[slaKind(a)] - RANK[slaKind(b)] || a.dueDate.localeCompare(b.dueDate) || a.submittedAt.localeCompare(b.submittedAt)
}

/** Whole calendar days from China's today (YYYY-MM-DD) to an ISO date (negative when past), for "due in 3 days" hints. */
export function daysUntil(isoDate, today = chinaToday()) {
  return daysBetween(today, isoDate.slice(0, 10))
}
