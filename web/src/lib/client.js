// The one HTTP client of both pages (the phone page and the staff console), free of Vue so that it
// can be tested in node: bearer token, the caller's language, problem details as errors, and the
// session-expiry queue. When a request comes back 401 because the session ended (idle, expired,
// revoked, or a token the service no longer takes), the client asks once what to do, however many
// requests failed at the same time, keeps them all waiting, and sends each again with the new token
// when the person signed in again; so a form being saved when the session lapsed is not lost.

export class ApiError extends Error {
  constructor(status, problem, retryAfter = null) {
    super(problem?.detail || problem?.title || `HTTP ${status}`)
    this.status = status
    this.problem = problem ?? {}
    this.code = problem?.code ?? null
    this.retryAfter = retryAfter
  }

  /** Someone else acted on the case first: a stale version, a claim by another caseworker, a status that moved on. */
  get conflict() {
    return this.status === 409 && ['concurrency-conflict', 'claimed-by-another', 'invalid-transition'].includes(this.code)
  }
}

/** 401 codes that a fresh sign-in of the same person cures (a 401 without a code is a token the service no longer takes). */
export const SESSION_ENDED = new Set(['session-idle', 'session-expired', 'session-revoked', 'session-ended'])

/** True when the request never reached the service (no signal): the pages keep working offline. */
export function isOffline(error) {
  return !(error instanceof ApiError)
}

async function readProblem(response) {
  try {
    return await response.json()
  } catch {
    return null
  }
}

/**
 * A client. getToken() → the current token or null; language() → 'zh' | 'en'; sessionEnded(problem) →
 * a promise of true once the user has signed in again (getToken() then answers the new token), false
 * when they gave up. fetchImpl is the global fetch unless a test passes its own.
 */
export function createClient({ getToken, language = () => 'zh', sessionEnded = async () => false, fetchImpl = (...a) => fetch(...a), base = '/api/v1' }) {
  let waiting = null

  function signInAgain(problem) {
    waiting ??= Promise.resolve(sessionEnded(problem)).finally(() => {
      waiting = null
    })
    return waiting
  }

  async function send(path, { method = 'GET', body, headers = {}, form, bare, signal }) {
    const h = { 'Accept-Language': language() === 'en' ? 'en' : 'zh-CN', ...headers }
    const token = bare ? null : getToken()
    if (token) h.Authorization = `Bearer ${token}`
    let payload
    if (form) payload = form
    else if (body !== undefined) {
      h['Content-Type'] = 'application/json'
      payload = JSON.stringify(body)
    }
    return { token, response: await fetchImpl(`${base}${path}`, { method, headers: h, body: payload, signal }) }
  }

  /**
   * Sends the request; options: method, body (JSON), headers, form (FormData), signal (an AbortSignal), raw (answer the Response),
   * anonymous (never re-sign-in), bare (no token at all: a sign-in must not carry the session that ended).
   */
  return async function request(path, options = {}) {
    for (;;) {
      const { token, response } = await send(path, options)
      if (response.ok) {
        if (options.raw) return response
        return response.status !== 204 && (response.headers.get('content-type') ?? '').includes('json') ? response.json() : null
      }
      const problem = await readProblem(response)
      if (response.status === 401 && token && !options.anonymous && (!problem?.code || SESSION_ENDED.has(problem.code))) {
        // A request that failed with an old token while the new one was already being fetched is simply sent again.
        if (getToken() !== token || (await signInAgain(problem))) continue
      }
      throw new ApiError(response.status, problem, Number(response.headers.get('Retry-After')) || null)
    }
  }
}
