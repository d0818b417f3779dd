// 长辈版 (the elderly version, MIIT's 适老化 rules): larger text and targets, read-aloud buttons. A class on
// <html> that styles.css reads, kept on the phone. It replaced the large-text mode, whose choice it honours.
import { ref } from 'vue'

const KEY = 'relief.elder'

function remembered() {
  try {
    const saved = localStorage.getItem(KEY)
    return saved === null ? localStorage.getItem('relief.largeText') === '1' : saved === '1'
  } catch {
    return false
  }
}

export const elder = ref(remembered())

export function applyElder() {
  document.documentElement.classList.toggle('elder', elder.value)
}

export function setElder(on) {
  elder.value = on
  applyElder()
  try {
    localStorage.setItem(KEY, on ? '1' : '0')
  } catch {
    /* private mode: the choice lasts for this visit */
  }
}
