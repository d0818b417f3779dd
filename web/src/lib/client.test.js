import { describe, expect, test, vi } from 'vitest'
import { ApiError, createClient } from './client.js'

function json(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } })
}

/** A fake API: 401 session-idle for the old token, the answer for the new one. */
function fakeApi() {
  const seen = []
  const fetchImpl = vi.fn(async (url, init) => {
    seen.push({ url, auth: init.headers.Authorization, body: init.body })
    return init.headers.Authorization === 'Bearer new' ? json(200, { ok: url }) : json(401, { code: 'session-idle', detail: '长时间未操作' })
  })
  return { fetchImpl, seen }
}

describe('session expiry', () => {
  test('requests that fail together wait for one re-sign-in and are all sent again with the new token', async () => {
    let token = 'old'
    const { fetchImpl, seen } = fakeApi()
    let finish
    const sessionEnded = vi.fn(() => new Promise((resolve) => (finish = resolve)))
    const request = createClient({ getToken: () => token, fetchImpl, sessionEnded })

    const saving = request('/applications/1/approve', { method: 'POST', body: { reason: '符合条件' } })
    const loading = request('/queue')
    await vi.waitFor(() => expect(sessionEnded).toHaveBeenCalledTimes(1))
    token = 'new'
    finish(true)

    expect(await saving).toEqual({ ok: '/api/v1/applications/1/approve' })
    expect(await loading).toEqual({ ok: '/api/v1/queue' })
    expect(sessionEnded).toHaveBeenCalledTimes(1)
    const retried = seen.filter((s) => s.auth === 'Bearer new' && s.url.endsWith('/approve'))
    expect(retried).toHaveLength(1)
    expect(JSON.parse(retried[0].body)).toEqual({ reason: '符合条件' })
  })

  test('giving up answers the original 401', async () => {
    const { fetchImpl } = fakeApi()
    const request = createClient({ getToken: () => 'old', fetchImpl, sessionEnded: async () => false })

    const error = await request('/queue').catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(401)
    expect(error.code).toBe('session-idle')
  })

  test('a wrong password at sign-in is an answer, not an expired session', async () => {
    const sessionEnded = vi.fn()
    const fetchImpl = async () => json(401, { code: 'bad-credentials', detail: '用户名或密码不正确' })
    const request = createClient({ getToken: () => null, fetchImpl, sessionEnded })

    await expect(request('/auth/staff/login', { method: 'POST', body: {}, anonymous: true })).rejects.toThrow('用户名或密码不正确')
    expect(sessionEnded).not.toHaveBeenCalled()
  })
})

test('a stale version is a conflict; other refusals are not', async () => {
  const conflict = new ApiError(409, { code: 'concurrency-conflict' })
  const claimed = new ApiError(409, { code: 'claimed-by-another' })
  const state = new ApiError(409, { code: 'extension-pending' })
  expect([conflict.conflict, claimed.conflict, state.conflict]).toEqual([true, true, false])
})

test('sends the language and JSON body, answers null for 204', async () => {
  const fetchImpl = vi.fn(async () => new Response(null, { status: 204 }))
  const request = createClient({ getToken: () => 't', language: () => 'en', fetchImpl })

  expect(await request('/notifications/1/read', { method: 'POST', body: {} })).toBeNull()
  const [, init] = fetchImpl.mock.calls[0]
  expect(init.headers).toMatchObject({ 'Accept-Language': 'en', Authorization: 'Bearer t', 'Content-Type': 'application/json' })
})

describe('the phone page through the same client', () => {
  test('a token the service no longer takes (401 without a code) ends the session once, and the requests fail', async () => {
    const fetchImpl = vi.fn(async () => json(401, { title: '请先登录。' }))
    const sessionEnded = vi.fn(() => false)
    const request = createClient({ getToken: () => 'stale', fetchImpl, sessionEnded })

    const errors = await Promise.all([request('/applications/mine').catch((e) => e), request('/drafts').catch((e) => e)])

    expect(errors.map((e) => e.status)).toEqual([401, 401])
    expect(sessionEnded).toHaveBeenCalledTimes(1)
  })

  test('a refusal for too many requests carries Retry-After; no signal at all is not an ApiError', async () => {
    const limited = createClient({
      getToken: () => null,
      fetchImpl: async () => new Response(JSON.stringify({ title: '请求太频繁' }), { status: 429, headers: { 'Retry-After': '42', 'content-type': 'application/problem+json' } }),
    })
    const offline = createClient({ getToken: () => null, fetchImpl: async () => { throw new TypeError('Failed to fetch') } })

    const error = await limited('/auth/otp', { method: 'POST', body: { phone: '13800138000' } }).catch((e) => e)
    expect([error instanceof ApiError, error.status, error.retryAfter]).toEqual([true, 429, 42])
    expect(await offline('/catalog').catch((e) => e instanceof ApiError)).toBe(false)
  })
})
