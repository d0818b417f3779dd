// 长辈版 measured as MIIT's 适老化 rules count it: the smallest text, the smallest tap target and the
// tightest line height of everything visible on the screen (header included, below the fold too).
export const ELDER = { minText: 18, minTarget: 60, minLineHeight: 1.3 }

export async function measureElder(page) {
  return page.evaluate(() => {
    const shown = (el) => {
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
        const s = getComputedStyle(e)
        if (s.display === 'none' || s.visibility === 'hidden' || e.classList.contains('sr-only')) return false
      }
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0 && r.right > 0 && r.left < window.innerWidth
    }
    const describe = (el, text) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${(text ?? el.textContent ?? el.value ?? '').trim().slice(0, 24)}"`
    let text = { size: Infinity }
    let line = { ratio: Infinity }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode
      const el = node.parentElement
      if (!node.textContent.trim() || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'OPTION'].includes(el.tagName) || !shown(el)) continue
      const s = getComputedStyle(el)
      const size = parseFloat(s.fontSize)
      const ratio = s.lineHeight === 'normal' ? 1.2 : parseFloat(s.lineHeight) / size
      if (size < text.size) text = { size, where: describe(el, node.textContent) }
      if (ratio < line.ratio) line = { ratio: Math.round(ratio * 100) / 100, where: describe(el, node.textContent) }
    }
    // What a person types into or chooses from is text too.
    for (const el of document.querySelectorAll('input:not([type=radio]):not([type=checkbox]):not([type=file]):not([type=hidden]), select, textarea')) {
      if (!shown(el)) continue
      const size = parseFloat(getComputedStyle(el).fontSize)
      if (size < text.size) text = { size, where: describe(el, el.value || el.placeholder) }
    }
    // A radio button, a check box or a file input is tapped through the label around it.
    const targets = new Set()
    for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [role=button], [tabindex]:not([tabindex="-1"])')) {
      const target = (el.matches('input[type=radio], input[type=checkbox], input[type=file]') && el.closest('label')) || el
      if (shown(target)) targets.add(target)
    }
    let target = { size: Infinity }
    for (const el of targets) {
      const r = el.getBoundingClientRect()
      const size = Math.min(r.width, r.height)
      if (size < target.size) target = { size, width: Math.round(r.width), height: Math.round(r.height), where: describe(el) }
    }
    return { text, line, target, targets: targets.size }
  })
}

/** One line for the log: what was measured on the screen. */
export function report(name, m) {
  return `长辈版 ${name}: smallest text ${m.text.size} px (${m.text.where}); smallest tap target ${m.target.width} × ${m.target.height} px of ${m.targets} (${m.target.where}); tightest line height ${m.line.ratio} (${m.line.where})`
}
