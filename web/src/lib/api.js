// The phone page's session and its use of the shared client (client.js): problem details become errors
// the page can show next to the right field; a 401 keeps every draft and asks the resident to sign in again.
import { reactive } from 'vue'
import { locale } from './i18n.js'
import { createClient } from './client.js'

export { ApiError, isOffline } from './client.js'

const TOKEN_KEY = 'relief.session'

export const session = reactive({ token: null, expiresAt: null, phone: null })

export function restoreSession(storage = localStorage) {
  try {
    const saved = JSON.parse(storage.getItem(TOKEN_KEY) ?? 'null')
    if (saved?.token && new Date(saved.expiresAt).getTime() > Date.now()) Object.assign(session, saved)
  } catch {
    /* nothing saved */
  }
}

export function signedIn() {
  return !!session.token && new Date(session.expiresAt).getTime() > Date.now()
}

export function setSession(token, expiresAt, phone) {
  Object.assign(session, { token, expiresAt, phone })
  localStorage.setItem(TOKEN_KEY, JSON.stringify({ token, expiresAt, phone }))
}

export function signOut() {
  Object.assign(session, { token: null, expiresAt: null, phone: null })
  localStorage.removeItem(TOKEN_KEY)
}

let onUnauthorized = () => {}
export function whenUnauthorized(handler) {
  onUnauthorized = handler
}

// A resident whose session ended is signed out here and taken to sign-in by the page (drafts stay on the phone).
export const api = createClient({
  getToken: () => session.token,
  language: locale,
  sessionEnded() {
    signOut()
    onUnauthorized()
    return false
  },
})

/** A random idempotency key, kept with the draft so a retry after a dropped connection reuses it. */
export function newKey() {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`
}
