import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router.js'
import { restoreSession } from '../lib/api.js'
import { savedLocale, setLocale } from '../lib/i18n.js'
import { applyElder } from './elder.js'
import '../styles.css'

restoreSession()
applyElder()
const start = savedLocale() === 'en' ? setLocale('en') : Promise.resolve()
start.finally(() => createApp(App).use(router).mount('#app'))
