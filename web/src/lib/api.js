// The API client: bearer token, the caller's language, problem details turned into errors the page
// can show next to the right field. A 401 keeps every draft and asks the resident to sign in again.
import { reactive } from 'vue'
import { locale } from './i18n.js'

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

export class ApiError extends Error {
  constructor(status, problem, retryAfter = null) {
    super(problem?.detail || problem?.title || `HTTP ${status}`)
    this.status = status
    this.problem = problem ?? {}
    this.retryAfter = retryAfter
  }
}

/** True when the request never reached the service (no signal): the page keeps working offline. */
export function isOffline(error) {
  return !(error instanceof ApiError)
}

let onUnauthorized = () => {}
export function whenUnauthorized(handler) {
  onUnauthorized = handler
}

export async function api(path, { method = 'GET', body, headers = {}, form, raw } = {}) {
  const h = { 'Accept-Language': locale() === 'en' ? 'en' : 'zh-CN', ...headers }
  if (session.token) h.Authorization = `Bearer ${session.token}`
  let payload
  if (form) payload = form
  else if (body !== undefined) {
    h['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  const response = await fetch(`/api/v1${path}`, { method, headers: h, body: payload })
  if (response.status === 401 && session.token) {
    signOut()
    onUnauthorized()
  }
  if (!response.ok) {
    let problem = null
    try {
      problem = await response.json()
    } catch {
      /* not JSON */
    }
    throw new ApiError(response.status, problem, Number(response.headers.get('Retry-After')) || null)
  }
  if (raw) return response
  if (response.status === 204) return null
  const type = response.headers.get('content-type') ?? ''
  return type.includes('json') ? response.json() : null
}

/** A random idempotency key, kept with the draft so a retry after a dropped connection reuses it. */
export function newKey() {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`
}
