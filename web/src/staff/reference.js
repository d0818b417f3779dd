// The catalog and region names, fetched once per page load (both are public and rarely change).
import { reactive } from 'vue'
import { pick } from '../lib/i18n.js'
import { api } from './session.js'

export const reference = reactive({ catalog: null, regions: {} })
let loading = null

export function loadCatalog() {
  loading ??= api('/catalog', { anonymous: true, bare: true }).then((c) => (reference.catalog = c))
  return loading
}

export function departments() {
  return reference.catalog?.departments ?? []
}

export function items() {
  return departments().flatMap((d) => d.items)
}

export function itemOf(code) {
  return items().find((i) => i.code === code)
}

export function departmentName(code) {
  const d = departments().find((x) => x.code === code)
  return d ? pick(d.name, d.nameEn) : code ?? ''
}

export function itemName(code) {
  const i = itemOf(code)
  return i ? pick(i.name, i.nameEn) : code ?? ''
}

/** The regions under a parent (prefectures when none), cached. */
export async function regionsUnder(parent = '') {
  if (!reference.regions[parent]) reference.regions[parent] = await api(`/regions${parent ? `?parent=${parent}` : ''}`, { anonymous: true, bare: true })
  return reference.regions[parent]
}

/** A region's name from its code: a county is found under its prefecture, a prefecture under the province. */
export async function regionName(code) {
  if (!code) return ''
  if (code === '530000') return pick('云南省', 'Yunnan')
  const parent = code.length === 6 && !code.endsWith('00') ? `${code.slice(0, 4)}00` : ''
  try {
    return (await regionsUnder(parent)).find((r) => r.code === code)?.name ?? code
  } catch {
    return code
  }
}
