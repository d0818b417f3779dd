// While a resident works on a form, the service must not sign her out for idleness (30 minutes without a
// request): typing on one screen sends nothing. On activity (an input or a change), at most once per `every` milliseconds, the
// page calls send() (it saves the draft on the server), and the request renews the session's idle limit
// as every request does; the absolute limit stays. Without activity nothing is sent, so a phone left
// alone is still signed out.

export const KEEP_ALIVE_MS = 5 * 60 * 1000

/** activity() is called on each input or change; sent() when the page reached the server anyway. */
export function createKeepAlive({ send, every = KEEP_ALIVE_MS, now = () => Date.now() }) {
  let last = now()
  let busy = false
  return {
    async activity() {
      if (busy || now() - last < every) return false
      busy = true
      last = now()
      try {
        await send()
      } finally {
        busy = false
      }
      return true
    },
    sent() {
      last = now()
    },
  }
}
