// The server ends a staff session after 15 minutes without a request (ADR 0013). The bell's unread
// count is polled every minute, and a poll is a request: left alone, it would keep an unattended
// office computer signed in until the 8-hour limit. So the poll runs only while someone has used the
// page in the last 10 minutes; after that the session lapses as it should, and the next click meets
// the re-sign-in dialog with the screen and its forms kept.
export const POLL_WHILE_ACTIVE_MS = 10 * 60_000

let lastActivity = Date.now()

export function noteActivity(now = Date.now()) {
  lastActivity = now
}

export function recentlyActive(now = Date.now()) {
  return now - lastActivity < POLL_WHILE_ACTIVE_MS
}

/** Listens for the person at the keyboard; answers the function that stops listening. */
export function watchActivity(target = window) {
  const events = ['pointerdown', 'keydown', 'wheel']
  const note = () => noteActivity()
  for (const e of events) target.addEventListener(e, note, { passive: true, capture: true })
  return () => events.forEach((e) => target.removeEventListener(e, note, { capture: true }))
}
