// Drafts: what the resident has typed, kept on every screen in the browser (works offline, survives
// closing the page) and on the server (survives a new phone or a cleared browser). The newer one wins.

export const DRAFT_VERSION = 1
const PREFIX = 'relief.draft.'

export function draftKey(itemCode) {
  return PREFIX + itemCode
}

export function emptyDraft(itemCode) {
  return {
    v: DRAFT_VERSION,
    itemCode,
    step: 0,
    savedAt: 0,
    synced: false,
    values: { applicant: { name: '', idNumber: '', phone: '' }, regionCode: '', regionPath: [], answers: {}, description: '', attachments: {} },
  }
}

/** A draft as read back from storage or the server: unknown shapes and versions give null. */
export function parseDraft(data, itemCode) {
  if (!data || typeof data !== 'object' || data.v !== DRAFT_VERSION || data.itemCode !== itemCode) return null
  const base = emptyDraft(itemCode)
  return {
    ...base,
    ...data,
    step: Number.isInteger(data.step) && data.step >= 0 ? data.step : 0,
    savedAt: Number(data.savedAt) || 0,
    values: { ...base.values, ...(data.values ?? {}), applicant: { ...base.values.applicant, ...(data.values?.applicant ?? {}) } },
  }
}

/** The newer of the browser's and the server's copy (by savedAt); either may be missing. */
export function pickNewer(local, server) {
  if (!local) return server ?? null
  if (!server) return local
  return server.savedAt > local.savedAt ? { ...server, synced: true } : local
}

/** A draft with the resident's latest values, stamped now. Uploads in progress are not kept (only finished ones). */
export function touch(draft, values, step, now = Date.now()) {
  const attachments = {}
  for (const [key, list] of Object.entries(values.attachments ?? {})) {
    const done = (list ?? []).filter((a) => a.id).map(({ id, name, size, contentType }) => ({ id, name, size, contentType }))
    if (done.length) attachments[key] = done
  }
  return { ...draft, step, savedAt: now, synced: false, values: { ...JSON.parse(JSON.stringify(values)), attachments } }
}

export function loadLocal(storage, itemCode) {
  try {
    return parseDraft(JSON.parse(storage.getItem(draftKey(itemCode)) ?? 'null'), itemCode)
  } catch {
    return null
  }
}

export function saveLocal(storage, draft) {
  try {
    storage.setItem(draftKey(draft.itemCode), JSON.stringify(draft))
    return true
  } catch {
    return false
  }
}

export function removeLocal(storage, itemCode) {
  try {
    storage.removeItem(draftKey(itemCode))
  } catch {
    /* storage unavailable: nothing to remove */
  }
}

/** Item codes of the drafts kept in the browser (for "continue where you left off"). */
export function localDraftItems(storage) {
  const items = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (key?.startsWith(PREFIX)) items.push(key.slice(PREFIX.length))
  }
  return items
}

/** Drafts in the browser that the server has not confirmed: sent again when the connection is back. */
export function unsynced(storage) {
  return localDraftItems(storage).map((code) => loadLocal(storage, code)).filter((d) => d && !d.synced)
}

/** On signing out: forget the drafts the server holds (a shared phone keeps no one's ID number); keep unsent ones. */
export function forgetSynced(storage) {
  for (const code of localDraftItems(storage)) {
    if (loadLocal(storage, code)?.synced) removeLocal(storage, code)
  }
}
