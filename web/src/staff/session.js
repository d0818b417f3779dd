// The signed-in member of staff: token and scope (kept in localStorage so tabs share them), the person
// (GET /auth/me), the unread count, and the re-sign-in dialog the client opens when a session ends.
import { reactive } from 'vue'
import { locale } from '../lib/i18n.js'
import { ApiError, createClient } from '../lib/client.js'

const KEY = 'relief.staff.session'
const EMPTY = { token: null, expiresAt: null, username: null, role: null, departmentCode: null, regionCode: null, nextStep: null }

export const session = reactive({ ...EMPTY, me: null })
export const inbox = reactive({ unread: 0 })

/** The dialog over the current screen: open while requests wait for a new sign-in. */
export const reauth = reactive({ open: false, code: null, detail: null })
let answerReauth = null

export const api = createClient({
  getToken: () => session.token,
  language: locale,
  sessionEnded(problem) {
    Object.assign(reauth, { open: true, code: problem?.code ?? null, detail: problem?.detail ?? null })
    return new Promise((resolve) => (answerReauth = resolve))
  },
})

/** Closes the dialog: true sends every waiting request again, false lets them fail. */
export function finishReauth(signedInAgain) {
  reauth.open = false
  answerReauth?.(signedInAgain)
  answerReauth = null
}

export function restoreSession() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null')
    if (saved?.token && new Date(saved.expiresAt).getTime() > Date.now()) Object.assign(session, saved)
  } catch {
    /* nothing saved */
  }
}

function keep(result, username) {
  const next = {
    token: result.accessToken,
    expiresAt: result.expiresAt,
    username: username ?? session.username,
    role: result.role,
    departmentCode: result.departmentCode,
    regionCode: result.regionCode,
    nextStep: result.nextStep ?? null,
  }
  Object.assign(session, next)
  localStorage.setItem(KEY, JSON.stringify(next))
  return next.nextStep
}

export function signedIn() {
  return !!session.token && !session.nextStep && new Date(session.expiresAt).getTime() > Date.now()
}

/** Password step; answers the next step: null (signed in), 'totp', 'password-change' or 'totp-enrolment'. */
export async function signIn(username, password) {
  return keep(await api('/auth/staff/login', { method: 'POST', body: { username, password }, anonymous: true, bare: true }), username)
}

export async function verifyTotp(code) {
  return keep(await api('/auth/staff/totp/verify', { method: 'POST', body: { code }, anonymous: true }))
}

export async function changePassword(currentPassword, newPassword) {
  return keep(await api('/auth/staff/password', { method: 'POST', body: { currentPassword, newPassword }, anonymous: true }))
}

export function startEnrolment() {
  return api('/auth/staff/totp/enrol', { method: 'POST', anonymous: true })
}

export async function confirmEnrolment(code) {
  return keep(await api('/auth/staff/totp/confirm', { method: 'POST', body: { code }, anonymous: true }))
}

/** Who is signed in: GET /auth/me, or what the sign-in answered when the API does not have it. */
export async function loadMe() {
  try {
    session.me = await api('/auth/me')
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error
    const { regionName } = await import('./reference.js')
    session.me = { id: subjectOf(session.token), username: session.username, displayName: session.username, role: session.role, departmentCode: session.departmentCode, regionCode: session.regionCode, regionName: await regionName(session.regionCode) }
  }
  return session.me
}

function subjectOf(token) {
  try {
    return JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).sub
  } catch {
    return null
  }
}

export async function refreshUnread() {
  if (!signedIn() || session.role === 'Administrator') return
  try {
    inbox.unread = (await api('/notifications?unreadOnly=true')).unread
  } catch {
    /* the bell keeps its last count */
  }
}

export function forget() {
  Object.assign(session, EMPTY, { me: null })
  localStorage.removeItem(KEY)
}

export async function signOut() {
  try {
    if (session.token) await api('/auth/logout', { method: 'POST', anonymous: true })
  } catch {
    /* the session is forgotten here either way */
  }
  forget()
}
