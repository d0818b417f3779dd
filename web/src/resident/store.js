// What several screens share: the catalog (loaded once), and draft saving to the browser and the server.
import { reactive } from 'vue'
import { api, isOffline, signedIn } from '../lib/api.js'
import { loadLocal, parseDraft, pickNewer, removeLocal, saveLocal, unsynced } from '../lib/draft.js'

export const store = reactive({ catalog: null, items: [], online: navigator.onLine, saving: false, lastSaved: null })

let catalogPromise = null
export function loadCatalog() {
  if (!catalogPromise) {
    catalogPromise = api('/catalog')
      .then((catalog) => {
        store.catalog = catalog
        store.items = catalog.departments.flatMap((d) => d.items.map((i) => ({ ...i, departmentName: d.name, departmentNameEn: d.nameEn })))
        return catalog
      })
      .catch((error) => {
        catalogPromise = null
        throw error
      })
  }
  return catalogPromise
}

export function findItem(code) {
  return store.items.find((i) => i.code === code)
}

/** Saves on the phone at once, then on the server when signed in and online; says where it got to. */
export async function saveDraft(draft) {
  saveLocal(localStorage, draft)
  store.lastSaved = { at: draft.savedAt, where: 'local' }
  if (!signedIn()) return 'local'
  try {
    store.saving = true
    await api(`/drafts/${encodeURIComponent(draft.itemCode)}`, { method: 'PUT', body: { data: { ...draft, synced: true } } })
    saveLocal(localStorage, { ...draft, synced: true })
    store.lastSaved = { at: draft.savedAt, where: 'server' }
    store.online = true
    return 'server'
  } catch (error) {
    if (isOffline(error)) store.online = false
    return 'local'
  } finally {
    store.saving = false
  }
}

/** The newest copy of a draft, from the phone or the server. */
export async function loadDraft(itemCode) {
  const local = loadLocal(localStorage, itemCode)
  let server = null
  if (signedIn()) {
    try {
      server = parseDraft((await api(`/drafts/${encodeURIComponent(itemCode)}`)).data, itemCode)
    } catch {
      /* none on the server, or offline: the phone's copy will do */
    }
  }
  return pickNewer(local, server)
}

export async function discardDraft(itemCode) {
  removeLocal(localStorage, itemCode)
  if (signedIn()) await api(`/drafts/${encodeURIComponent(itemCode)}`, { method: 'DELETE' }).catch(() => {})
}

/** Sends the drafts kept only on the phone once the connection (or a sign-in) is back. */
export async function syncDrafts() {
  if (!signedIn()) return
  for (const draft of unsynced(localStorage)) await saveDraft(draft)
}

window.addEventListener('online', () => {
  store.online = true
  syncDrafts()
})
window.addEventListener('offline', () => {
  store.online = false
})
