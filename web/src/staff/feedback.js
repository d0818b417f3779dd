// Messages after an action: what happened, or the API's refusal in its own words (problem details come
// back in the caller's language).
import { ElMessage } from 'element-plus'
import { t } from '../lib/i18n.js'
import { ApiError } from '../lib/client.js'

export function failed(error) {
  const message = error instanceof ApiError ? t('staff.errors.generic', { reason: error.message }) : t('staff.errors.network')
  ElMessage({ type: 'error', message, showClose: true, duration: 8000, grouping: true })
}

export function done(message) {
  ElMessage({ type: 'success', message, duration: 3000 })
}
