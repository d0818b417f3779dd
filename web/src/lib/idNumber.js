// Resident ID numbers (GB 11643-1999): 6 digits of region, 8 of birth date, 3 of sequence and an
// ISO 7064 MOD 11-2 check character. Checked while typing, so a mistake shows up at the digit that
// makes it, not after the form is sent.
import { chinaToday } from './chinaDate.js'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** The check character of the first 17 digits. */
export function checkCharacter(first17) {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK[sum % 11]
}

/** Full-width digits as digits, upper-case X, no spaces or hyphens: what people type into what the service stores. */
export function normalizeIdNumber(value) {
  return String(value ?? '').normalize('NFKC').replace(/[\s-]+/g, '').toUpperCase()
}

function birthDateError(digits, today) {
  const year = Number(digits.slice(6, 10))
  const month = Number(digits.slice(10, 12))
  const day = Number(digits.slice(12, 14))
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return 'id.badBirthDate'
  }
  if (digits.slice(6, 14) > (today ?? chinaToday()).replaceAll('-', '')) return 'id.futureBirthDate'
  return null
}

/**
 * Checks what has been typed so far. Returns { complete, error } where error is a locale key or null:
 * a wrong character or an impossible birth date is reported as soon as it is typed; the check
 * character once all 18 are there. `today` is China's date (YYYY-MM-DD), today by default.
 */
export function checkIdNumber(value, today) {
  const v = normalizeIdNumber(value)
  if (v.length === 0) return { complete: false, error: null }
  if (!/^\d{0,17}$/.test(v.slice(0, 17)) || (v.length === 18 && !/[\dX]/.test(v[17]))) {
    return { complete: false, error: 'id.badCharacter' }
  }
  if (v.length > 18) return { complete: false, error: 'id.tooLong' }
  if (v.length >= 14) {
    const error = birthDateError(v, today)
    if (error) return { complete: false, error }
  }
  if (v.length < 18) return { complete: false, error: null }
  if (checkCharacter(v) !== v[17]) return { complete: true, error: 'id.badCheck' }
  return { complete: true, error: null }
}

/** The birth date in an ID number, as YYYY-MM-DD (for the check-your-answers screen). */
export function birthDateOf(value) {
  const v = normalizeIdNumber(value)
  return v.length >= 14 ? `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}` : null
}
