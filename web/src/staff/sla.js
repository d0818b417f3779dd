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

/** 先行救助 still owed: an open urgent case without help recorded (the API gives its hours left). */
const waitsForHelp = (item) => item.urgent?.hoursLeft !== null && item.urgent?.hoursLeft !== undefined

/**
 * Most urgent first, as the API orders the queue: urgent cases waiting for help (ADR 0039), fewest hours
 * left first; then overdue, due soon, on track, paused; within each the earliest due date, then the oldest.
 */
export function byUrgency(a, b) {
  const help = Number(waitsForHelp(b)) - Number(waitsForHelp(a)) || (waitsForHelp(a) ? a.urgent.helpDueAt.localeCompare(b.urgent.helpDueAt) : 0)
  return help || RANK[slaKind(a)] - RANK[slaKind(b)] || a.dueDate.localeCompare(b.dueDate) || a.submittedAt.localeCompare(b.submittedAt)
}

/** Whole calendar days from China's today (YYYY-MM-DD) to an ISO date (negative when past), for "due in 3 days" hints. */
export function daysUntil(isoDate, today = chinaToday()) {
  return daysBetween(today, isoDate.slice(0, 10))
}
