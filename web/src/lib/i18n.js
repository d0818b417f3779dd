// A small translator instead of vue-i18n (about 20 KB gzipped): a reactive locale, messages from the
// locale files with {name} placeholders. Chinese is in the first bundle; English is loaded on demand.
import { reactive } from 'vue'
import zh from '../locales/zh.js'

const STORAGE_KEY = 'relief.locale'
const state = reactive({ locale: 'zh', messages: { zh } })

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
  if (next === 'en' && !state.messages.en) {
    const [{ default: en }, vant] = await Promise.all([import('../locales/en.js'), import('./vantEnglish.js')])
    state.messages.en = en
    vant.useEnglish()
  } else if (next === 'zh' && state.messages.en) {
    ;(await import('./vantEnglish.js')).useChinese()
  }
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
