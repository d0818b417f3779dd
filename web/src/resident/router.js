import { createRouter, createWebHashHistory } from 'vue-router'
import Home from './views/Home.vue'

// Hash routes: the server serves one index.html at / whatever the screen, and /staff stays free for the console.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'home', component: Home },
    { path: '/item/:code', name: 'item', component: () => import('./views/Item.vue') },
    { path: '/sign-in', name: 'sign-in', component: () => import('./views/SignIn.vue') },
    { path: '/apply/:code/:step?', name: 'apply', component: () => import('./views/Apply.vue') },
    { path: '/done/:id', name: 'done', component: () => import('./views/Done.vue') },
    { path: '/mine', name: 'mine', component: () => import('./views/Mine.vue') },
    { path: '/ask', name: 'ask', component: () => import('./views/Ask.vue') },
    { path: '/identity', name: 'identity', component: () => import('./views/Identity.vue') },
    { path: '/applications/:id', name: 'application', component: () => import('./views/Detail.vue') },
  ],
  scrollBehavior: () => ({ top: 0 }),
})

router.afterEach(() => {
  // Screen readers and keyboard users start at the new screen's heading.
  requestAnimationFrame(() => document.querySelector('main h1')?.focus())
})
