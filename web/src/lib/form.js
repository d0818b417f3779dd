// The application form, generated from a catalog item's field definitions: one small group of
// questions per screen (GOV.UK's "one thing per page"), then photos, then check your answers.
import { checkIdNumber, normalizeIdNumber } from './idNumber.js'

/** At most this many of the item's own questions share a screen. */
export const QUESTIONS_PER_SCREEN = 2

/**
 * The screens for an item, in order. Each is { key, kind, fields? }: kind is 'applicant', 'region',
 * 'questions' (the item's fields, a few at a time), 'description', 'documents' or 'check'.
 */
export function buildSteps(item, perScreen = QUESTIONS_PER_SCREEN) {
  const steps = [{ key: 'applicant', kind: 'applicant' }, { key: 'region', kind: 'region' }]
  const fields = item.fields ?? []
  for (let i = 0; i < fields.length; i += perScreen) {
    const group = fields.slice(i, i + perScreen)
    steps.push({ key: `q${i / perScreen + 1}`, kind: 'questions', fields: group })
  }
  steps.push({ key: 'description', kind: 'description' })
  if ((item.documents ?? []).length > 0) steps.push({ key: 'documents', kind: 'documents' })
  steps.push({ key: 'check', kind: 'check' })
  return steps
}

const MOBILE = /^1[3-9]\d{9}$/

/** A mobile number as typed ("139 8765 0012", "+86 139-8765-0012", full-width digits) as its 11 digits. */
export function normalizePhone(value) {
  return String(value ?? '').normalize('NFKC').replace(/[\s-]+/g, '').replace(/^(\+86|0086)/, '')
}

// Words people write after a number: 口 (people in a household), 元/块 (yuan), 人, 个, 岁, 亩.
const UNITS = /(块钱|口人|元|块|口|人|个|岁|亩)$/

/** A number as typed ("3口", "4,200元", full-width digits) as the digits it means; other text unchanged. */
export function readNumber(value) {
  const text = String(value ?? '').normalize('NFKC').replace(/\s+/g, '').replace(UNITS, '')
  return /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replaceAll(',', '') : text
}

function isBlank(value) {
  return value === undefined || value === null || String(value).trim() === ''
}

/** A field's error as { key, params } for the locale, or null. Values are what the inputs hold (strings). */
export function validateField(field, value) {
  if (isBlank(value)) return field.required ? { key: 'form.required' } : null
  switch (field.type) {
    case 'integer':
    case 'money': {
      const text = readNumber(value)
      const pattern = field.type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d{1,2})?$/
      if (!pattern.test(text)) return { key: field.type === 'integer' ? 'form.wholeNumber' : 'form.amount' }
      const n = Number(text)
      if (field.min != null && n < field.min) return { key: 'form.min', params: { min: field.min } }
      if (field.max != null && n > field.max) return { key: 'form.max', params: { max: field.max } }
      return null
    }
    case 'select':
      return (field.options ?? []).some((o) => o.value === value) ? null : { key: 'form.choose' }
    case 'boolean':
      return value === true || value === false || value === 'true' || value === 'false' ? null : { key: 'form.choose' }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? null : { key: 'form.date' }
    default:
      if (field.maxLength && String(value).length > field.maxLength) return { key: 'form.tooLong', params: { max: field.maxLength } }
      return null
  }
}

/** The applicant screen's errors (name, ID number, phone), keyed as the server keys them. */
export function validateApplicant(applicant, today) {
  const errors = {}
  if (isBlank(applicant.name)) errors['applicant.name'] = { key: 'form.required' }
  else if (applicant.name.trim().length > 50) errors['applicant.name'] = { key: 'form.tooLong', params: { max: 50 } }
  const id = checkIdNumber(applicant.idNumber, today)
  if (isBlank(applicant.idNumber)) errors['applicant.idNumber'] = { key: 'form.required' }
  else if (id.error) errors['applicant.idNumber'] = { key: id.error }
  else if (!id.complete) errors['applicant.idNumber'] = { key: 'id.tooShort' }
  if (isBlank(applicant.phone)) errors['applicant.phone'] = { key: 'form.required' }
  else if (!MOBILE.test(normalizePhone(applicant.phone))) errors['applicant.phone'] = { key: 'form.phone' }
  return errors
}

/** The errors of one screen, keyed as the server keys them (answers.x, applicant.idNumber, regionCode, …). */
export function validateStep(step, values, item, today) {
  switch (step.kind) {
    case 'applicant':
      return validateApplicant(values.applicant ?? {}, today)
    case 'region':
      return /^\d{9}(\d{3})?$/.test(values.regionCode ?? '') ? {} : { regionCode: { key: 'form.chooseTownship' } }
    case 'questions': {
      const errors = {}
      for (const field of step.fields) {
        const error = validateField(field, values.answers?.[field.key])
        if (error) errors[`answers.${field.key}`] = error
      }
      return errors
    }
    case 'description': {
      const text = (values.description ?? '').trim()
      if (!text) return { description: { key: 'form.required' } }
      return text.length > 2000 ? { description: { key: 'form.tooLong', params: { max: 2000 } } } : {}
    }
    case 'documents': {
      const errors = {}
      for (const doc of item.documents ?? []) {
        if (doc.required && !(values.attachments?.[doc.key] ?? []).some((a) => a.id)) {
          errors[`documents.${doc.key}`] = { key: 'form.photoRequired' }
        }
      }
      return errors
    }
    default:
      return {}
  }
}

/** The answers as the API takes them: numbers as numbers, yes/no as booleans, blanks left out. */
export function toAnswers(item, answers) {
  const out = {}
  for (const field of item.fields ?? []) {
    const value = answers?.[field.key]
    if (isBlank(value)) continue
    if (field.type === 'integer' || field.type === 'money') out[field.key] = Number(readNumber(value))
    else if (field.type === 'boolean') out[field.key] = value === true || value === 'true'
    else out[field.key] = typeof value === 'string' ? value.trim() : value
  }
  return out
}

/** The body of POST /api/v1/applications. */
export function toSubmission(item, values) {
  const attachmentIds = Object.values(values.attachments ?? {}).flat().filter((a) => a.id).map((a) => a.id)
  return {
    itemCode: item.code,
    regionCode: values.regionCode,
    applicant: {
      name: (values.applicant?.name ?? '').trim(),
      idNumber: normalizeIdNumber(values.applicant?.idNumber),
      phone: normalizePhone(values.applicant?.phone),
    },
    answers: toAnswers(item, values.answers),
    description: (values.description ?? '').trim(),
    attachmentIds,
  }
}

/** Which screen shows a server error's field, so the resident is taken straight to it. */
export function stepOfError(steps, errorKey) {
  const key = errorKey.replace(/^\$?\.?/, '')
  const lower = key.charAt(0).toLowerCase() + key.slice(1)
  if (lower.startsWith('applicant') || lower.startsWith('relationship')) return steps.findIndex((s) => s.kind === 'applicant')
  if (lower.startsWith('regionCode')) return steps.findIndex((s) => s.kind === 'region')
  if (lower.startsWith('description')) return steps.findIndex((s) => s.kind === 'description')
  if (lower.startsWith('attachmentIds') || lower.startsWith('documents')) return steps.findIndex((s) => s.kind === 'documents')
  if (lower.startsWith('answers.')) {
    const field = lower.slice('answers.'.length)
    const index = steps.findIndex((s) => s.kind === 'questions' && s.fields.some((f) => f.key.toLowerCase() === field.toLowerCase()))
    if (index >= 0) return index
  }
  return -1
}

/** ProblemDetails errors → { key: message }, keys normalised to camelCase paths as the form uses them. */
export function fieldErrorsOf(problem) {
  const out = {}
  for (const [key, messages] of Object.entries(problem?.errors ?? {})) {
    const path = key.split('.').map((p) => (p ? p.charAt(0).toLowerCase() + p.slice(1) : p)).join('.')
    out[path] = Array.isArray(messages) ? messages[0] : String(messages)
  }
  return out
}
