// Photos on their way to the service, kept outside the screens: an upload goes on (or waits for the
// signal) while the resident moves between steps, and the compressed copy stays in memory until the
// service has it. A photo the service never answered for (no signal, a signal too weak to finish in
// UPLOAD_TIMEOUT_MS, a server error, a sign-in that ended) is marked failed with 重新上传, and is sent
// again by itself when the connection comes back; a photo the service refused (wrong type, too large)
// only says why. A photo of a form with a scope is also kept in the browser (keptPhotos.js) until the
// service has it, and comes back with restorePhotos when the page is opened again.
import { markRaw, reactive } from 'vue'
import { api, ApiError, session, signedIn } from '../lib/api.js'
import { t } from '../lib/i18n.js'
import { dropPhoto, keepPhoto, keptPhotos } from '../lib/keptPhotos.js'

export const UPLOAD_TIMEOUT_MS = 90_000

const waiting = new Set()
// Photos of a scope still on the page, by localId: a form opened again gets the same one back, never a second upload;
// and those the service has settled, which a restore already on its way must not bring back.
const live = new Map()
const settledIds = new Set()
let counter = 0

/** A new photo of a document, before compression; the object is reactive and shared by the screens that list it. */
export function newPhoto(file, itemCode, documentKey, scope = '', localId = `p${Date.now()}-${counter++}`, owner = session.phone ?? '') {
  // owner: the phone signed in when it was taken; it goes up only under that sign-in, never another resident's on a shared phone.
  const photo = reactive({ localId, name: file.name || 'photo.jpg', status: 'compressing', size: file.size, contentType: file.type, itemCode, documentKey, scope, owner, error: '', retryable: false, blob: null })
  if (scope) live.set(localId, photo)
  return photo
}

export function setBlob(photo, blob, keep = true) {
  photo.blob = markRaw(blob)
  photo.size = blob.size
  photo.contentType = blob.type || photo.contentType
  if (blob.type.startsWith('image/')) photo.preview = URL.createObjectURL(blob)
  if (keep && photo.scope) keepPhoto(photo.scope, photo.localId, blob, { name: photo.name, itemCode: photo.itemCode, documentKey: photo.documentKey, owner: photo.owner })
}

/** The photos of `scope` that a closed page left waiting, ready to show (as failed, with 重新上传) and to send again. */
export async function restorePhotos(scope) {
  return (await keptPhotos(scope)).filter(({ id, about }) => !settledIds.has(id) && (about.owner ?? '') === (session.phone ?? '')).map(({ id, blob, about }) => {
    if (live.has(id)) return live.get(id)
    const photo = newPhoto({ name: about.name, size: blob.size, type: blob.type }, about.itemCode, about.documentKey, scope, id, about.owner ?? '')
    Object.assign(photo, { status: 'failed', retryable: true, error: t('documents.failedOffline') })
    setBlob(photo, blob, false)
    waiting.add(photo)
    return photo
  })
}

export async function upload(photo) {
  if (!photo.blob || photo.status === 'uploading' || photo.owner !== (session.phone ?? '')) return
  photo.status = 'uploading'
  photo.error = ''
  const form = new FormData()
  form.append('file', photo.blob, photo.name)
  form.append('itemCode', photo.itemCode)
  form.append('documentKey', photo.documentKey)
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), UPLOAD_TIMEOUT_MS)
  try {
    const result = await api('/attachments', { method: 'POST', form, signal: abort.signal })
    Object.assign(photo, { id: result.id, size: result.sizeBytes, contentType: result.contentType, status: 'done', retryable: false, blob: null })
    settled(photo)
  } catch (error) {
    // 4xx other than an ended sign-in is the service's answer about this file: sending it again would not help.
    const refused = error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 408 && error.status !== 429
    photo.status = 'failed'
    photo.retryable = !refused
    photo.error = refused ? (Object.values(error.problem?.errors ?? {})[0]?.[0] ?? error.problem?.detail ?? error.problem?.title ?? t('documents.failed')) : t('documents.failedOffline')
    if (refused) settled(photo)
    else waiting.add(photo)
  } finally {
    clearTimeout(timer)
  }
}

/** Sends again every photo that failed for want of a connection or a sign-in. */
export function resumeUploads() {
  if (!signedIn()) return
  for (const photo of [...waiting]) if (photo.status === 'failed') upload(photo)
}

window.addEventListener('online', resumeUploads)

/** The service has the photo, or refused it: nothing is left to send. */
function settled(photo) {
  waiting.delete(photo)
  live.delete(photo.localId)
  settledIds.add(photo.localId)
  dropPhoto(photo.localId)
}

export function forget(photo) {
  settled(photo)
  if (photo.preview) URL.revokeObjectURL(photo.preview)
}
