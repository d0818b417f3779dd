// Photos on their way to the service, kept outside the screens: an upload goes on (or waits for the
// signal) while the resident moves between steps, and the compressed copy stays in memory until the
// service has it. A photo the service never answered for (no signal, a signal too weak to finish in
// UPLOAD_TIMEOUT_MS, a server error, a sign-in that ended) is marked failed with 重新上传, and is sent
// again by itself when the connection comes back; a photo the service refused (wrong type, too large)
// only says why.
import { markRaw, reactive } from 'vue'
import { api, ApiError, signedIn } from '../lib/api.js'
import { t } from '../lib/i18n.js'

export const UPLOAD_TIMEOUT_MS = 90_000

const waiting = new Set()
let counter = 0

/** A new photo of a document, before compression; the object is reactive and shared by the screens that list it. */
export function newPhoto(file, itemCode, documentKey) {
  return reactive({ localId: `p${Date.now()}-${counter++}`, name: file.name || 'photo.jpg', status: 'compressing', size: file.size, contentType: file.type, itemCode, documentKey, error: '', retryable: false, blob: null })
}

export function setBlob(photo, blob) {
  photo.blob = markRaw(blob)
  photo.size = blob.size
  if (blob.type.startsWith('image/')) photo.preview = URL.createObjectURL(blob)
}

export async function upload(photo) {
  if (!photo.blob || photo.status === 'uploading') return
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
    waiting.delete(photo)
  } catch (error) {
    // 4xx other than an ended sign-in is the service's answer about this file: sending it again would not help.
    const refused = error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 408 && error.status !== 429
    photo.status = 'failed'
    photo.retryable = !refused
    photo.error = refused ? (Object.values(error.problem?.errors ?? {})[0]?.[0] ?? error.problem?.detail ?? error.problem?.title ?? t('documents.failed')) : t('documents.failedOffline')
    if (refused) waiting.delete(photo)
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

export function forget(photo) {
  waiting.delete(photo)
  if (photo.preview) URL.revokeObjectURL(photo.preview)
}
