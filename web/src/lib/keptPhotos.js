// Photos taken but not yet received by the service, kept in the browser's IndexedDB (the compressed copy,
// 100–300 KB) so that a closed page, a browser that reloads it (WeChat does on a low-memory phone) or a
// flat battery loses none of them. Each is dropped once the service has it, the person removes it, or it
// is 30 days old. Kept as bytes, not a Blob, which older WebViews cannot store. Where IndexedDB is not
// there (some private modes) every call quietly does nothing and photos live in memory only, as before.
const DATABASE = 'relief-photos'
const STORE = 'waiting'
export const KEEP_DAYS = 30
// A WebView whose IndexedDB never answers must not hold up the form: after this, photos live in memory only.
const OPEN_TIMEOUT_MS = 2000

let opened = null
// One operation at a time, in the order asked: a photo sent before it finished being kept is still dropped after.
let queue = Promise.resolve()

function inTurn(work) {
  const next = queue.then(work)
  queue = next.catch(() => {})
  return next
}

function database() {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' }).createIndex('scope', 'scope')
    request.onsuccess = () => resolve(pruned(request.result))
    request.onerror = () => reject(request.error)
    setTimeout(() => reject(new Error('IndexedDB did not open')), OPEN_TIMEOUT_MS)
  }).catch((error) => {
    opened = null
    throw error
  })
  return opened
}

/** Once per page: every photo left more than KEEP_DAYS, whatever its form, so none stays on a phone for good. */
function pruned(db, now = Date.now()) {
  const store = db.transaction(STORE, 'readwrite').objectStore(STORE)
  store.openCursor().onsuccess = (event) => {
    const cursor = event.target.result
    if (!cursor) return
    if (now - cursor.value.at >= KEEP_DAYS * 86_400_000) cursor.delete()
    cursor.continue()
  }
  return db
}

async function run(mode, work) {
  const db = await database()
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode)
    const request = work(transaction.objectStore(STORE))
    transaction.oncomplete = () => resolve(request?.result)
    transaction.onerror = transaction.onabort = () => reject(transaction.error)
  })
}

/** Keeps a photo of `scope` (the form it belongs to) under `id` until dropped; `about` is what the form needs to show it again. */
export async function keepPhoto(scope, id, blob, about = {}) {
  try {
    await inTurn(async () => {
      const bytes = await blob.arrayBuffer()
      await run('readwrite', (store) => store.put({ id, scope, bytes, type: blob.type, about, at: Date.now() }))
    })
  } catch {
    /* not kept: the photo still goes up from memory */
  }
}

export async function dropPhoto(id) {
  try {
    await inTurn(() => run('readwrite', (store) => store.delete(id)))
  } catch {
    /* nothing kept */
  }
}

/** The photos of `scope` still waiting for the service, oldest first, each as { id, blob, about }. */
export async function keptPhotos(scope, now = Date.now()) {
  try {
    const all = await inTurn(() => run('readonly', (store) => store.index('scope').getAll(scope)))
    const fresh = all.filter((p) => now - p.at < KEEP_DAYS * 86_400_000).sort((a, b) => a.at - b.at)
    for (const stale of all.filter((p) => !fresh.includes(p))) dropPhoto(stale.id)
    return fresh.map((p) => ({ id: p.id, blob: new Blob([p.bytes], { type: p.type }), about: p.about ?? {} }))
  } catch {
    return []
  }
}
