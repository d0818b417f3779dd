// Dates and figures as the console shows them: ISO-like dates (2026-11-23) line up in tables.
export function day(iso) {
  return iso ? iso.slice(0, 10) : ''
}

export function dateTime(iso) {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : ''
}

/** A rate from the API (0–1) as a percentage with one decimal; a dash when there is nothing to rate. */
export function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`
}
