// Open forms kept in sessionStorage (this tab only, gone when it closes): a reason half typed when the
// session lapsed, or the page was reloaded, is still there. Nothing here is sent anywhere.
const PREFIX = 'relief.staff.draft.'

export function loadDraft(key, defaults, storage = sessionStorage) {
  try {
    return { ...structuredClone(defaults), ...(JSON.parse(storage.getItem(PREFIX + key) ?? 'null') ?? {}) }
  } catch {
    return structuredClone(defaults)
  }
}

export function saveDraft(key, value, storage = sessionStorage) {
  try {
    storage.setItem(PREFIX + key, JSON.stringify(value))
  } catch {
    /* storage full or disabled: the form still holds it */
  }
}

export function dropDraft(key, storage = sessionStorage) {
  storage.removeItem(PREFIX + key)
}
