// A small translator instead of vue-i18n (about 20 KB gzipped): a reactive locale, messages from the
// locale files with {name} placeholders. Chinese is in the first bundle; English is loaded on demand.
import { reactive } from 'vue'
import zh from '../locales/zh.js'

const STORAGE_KEY = 'relief.locale'
const state = reactive({ locale: 'zh', messages: { zh } })

// The resident page's English: its words and Vant's. The staff console configures its own.
let loadEnglish = async () => {
  const [{ default: en }, vant] = await Promise.all([import('../locales/en.js'), import('./vantEnglish.js')])
  vant.useEnglish()
  return en
}
let onChinese = async () => (await import('./vantEnglish.js')).useChinese()

/** A page with words of its own and another UI library: its Chinese messages (merged now), how it loads its English messages, what switching back does. */
export function configureI18n({ messages, english, chinese = async () => {} }) {
  state.messages.zh = { ...zh, ...messages }
  loadEnglish = english
  onChinese = chinese
}

function lookup(messages, key) {
  return key.split('.').reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), messages)
}

/** The message for a key in the current locale (Chinese when English lacks it), with {params} filled in. */
export function t(key, params) {
  const text = lookup(state.messages[state.locale], key) ?? lookup(state.messages.zh, key) ?? key
  if (!params || typeof text !== 'string') return text
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? `{${name}}`))
}

export function locale() {
  return state.locale
}

/** The item's text in the current language: item.name / item.nameEn and the like. */
export function pick(zhText, enText) {
  return state.locale === 'en' && enText ? enText : zhText
}

export async function setLocale(next) {
  // Loading is cached by the module system, so switching back and forth re-applies the UI library's words each time.
  if (next === 'en') state.messages.en = await loadEnglish()
  else if (state.messages.en) await onChinese()
  state.locale = next
  document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN'
  try {
    localStorage.setItem(STORAGE_KEY, next)
  } catch {
    /* private mode */
  }
}

export function savedLocale() {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh'
  } catch {
    return 'zh'
  }
}
