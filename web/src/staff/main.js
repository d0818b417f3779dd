import { createApp } from 'vue'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import 'element-plus/es/components/notification/style/css'
import App from './App.vue'
import { router } from './router.js'
import { restoreSession } from './session.js'
import { configureI18n, savedLocale, setLocale } from '../lib/i18n.js'
import staffZh from '../locales/staff.zh.js'
import './staff.css'

// The console's own words join the shared ones (statuses, history actions); English loads on the switch.
configureI18n({
  messages: staffZh,
  english: async () => {
    const [{ default: en }, { default: staffEn }] = await Promise.all([import('../locales/en.js'), import('../locales/staff.en.js')])
    return { ...en, ...staffEn }
  },
})
restoreSession()
const start = savedLocale() === 'en' ? setLocale('en') : Promise.resolve()
start.finally(() => createApp(App).use(router).mount('#app'))
