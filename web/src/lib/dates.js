// Dates as residents read them: 11月23日, or 23 Nov 2026; the API gives ISO dates and China-time instants.
// Today's date and times of day in China come from chinaDate.js.
import { locale } from './i18n.js'

export function formatDate(iso) {
  if (!iso) return ''
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
  if (locale() === 'en') {
    return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
  }
  return `${y}年${m}月${d}日`
}

export function formatDateTime(iso) {
  if (!iso) return ''
  const time = iso.slice(11, 16)
  return `${formatDate(iso)} ${time}`
}
