// Some of what a screen shows is translated by the API (item and department names in the queue, the
// reports, the overdue list, job descriptions), chosen by the Accept-Language of the request that
// loaded it. A screen passes its loader here so that switching the language loads it again.
import { onMounted, watch } from 'vue'
import { locale } from '../lib/i18n.js'

/** Calls load() whenever the language changes, for as long as the calling component is mounted. */
export function reloadOnLanguageChange(load) {
  watch(locale, () => load())
}

/** Loads the screen now and again whenever the language changes: what most screens do when they open. */
export function loadNowAndOnLanguageChange(load) {
  onMounted(load)
  reloadOnLanguageChange(load)
}
