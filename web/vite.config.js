import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { VantResolver } from '@vant/auto-import-resolver'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// One web/ project, several pages (ADR 0019, 0020): index.html is the resident's phone page at /, and the
// staff console is staff.html at /staff with its own entry (Element Plus, ECharts), sharing src/lib.
// Each page's first screen is budgeted separately; Vant and Element Plus components are imported on demand.
// Vant's icon font is inlined as woff2; its fallback points at a CDN the page may not load (CSP, no internet).
const dropIconFontCdn = {
  name: 'drop-icon-font-cdn',
  transform(code, id) {
    return id.includes('vant') && id.endsWith('.css') ? code.replace(/,\s*url\(\/\/at\.alicdn\.com[^)]*\)\s*format\("woff"\)/g, '') : null
  },
}

export default defineConfig({
  plugins: [vue(), Components({ resolvers: [VantResolver(), ElementPlusResolver({ importStyle: 'css' })], dts: false }), dropIconFontCdn],
  build: {
    target: 'es2019',
    cssCodeSplit: true,
    assetsInlineLimit: 2048,
    rollupOptions: {
      input: {
        resident: resolve(import.meta.dirname, 'index.html'),
        staff: resolve(import.meta.dirname, 'staff.html'),
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:5080' } },
  test: { include: ['src/**/*.test.js'], environment: 'node' },
})
