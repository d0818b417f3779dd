// Vant's own words (picker buttons, dialogs) in English, loaded only when the resident switches.
import { Locale } from 'vant'
import enUS from 'vant/es/locale/lang/en-US'
import zhCN from 'vant/es/locale/lang/zh-CN'

export function useEnglish() {
  Locale.use('en-US', enUS)
}

export function useChinese() {
  Locale.use('zh-CN', zhCN)
}
