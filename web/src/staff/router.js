import { createRouter, createWebHistory } from 'vue-router'
import { session, signedIn } from './session.js'

const CASEWORKER = ['Caseworker']
const SUPERVISOR = ['Supervisor']
const ADMINISTRATOR = ['Administrator']

/** Where each role starts. */
export function homeOf(role) {
  return { Caseworker: '/queue', Supervisor: '/dashboard', Administrator: '/admin/staff' }[role] ?? '/sign-in'
}

// History routes under /staff/ (the API answers staff.html for any of them), so a case has a real address to share.
export const router = createRouter({
  history: createWebHistory('/staff/'),
  routes: [
    { path: '/sign-in', name: 'sign-in', component: () => import('./views/SignIn.vue'), meta: { public: true } },
    { path: '/', redirect: () => homeOf(session.role) },
    { path: '/queue', name: 'queue', component: () => import('./views/Queue.vue'), meta: { roles: CASEWORKER } },
    { path: '/applications/:id', name: 'application', component: () => import('./views/Application.vue'), meta: { roles: [...CASEWORKER, ...SUPERVISOR] } },
    { path: '/help-requests', name: 'help-requests', component: () => import('./views/HelpRequests.vue'), meta: { roles: [...CASEWORKER, ...SUPERVISOR] } },
    { path: '/file', name: 'file', component: () => import('./views/FileOnBehalf.vue'), meta: { roles: CASEWORKER } },
    { path: '/inbox', name: 'inbox', component: () => import('./views/Inbox.vue'), meta: { roles: [...CASEWORKER, ...SUPERVISOR] } },
    { path: '/dashboard', name: 'dashboard', component: () => import('./views/Dashboard.vue'), meta: { roles: SUPERVISOR } },
    { path: '/overdue', name: 'overdue', component: () => import('./views/Overdue.vue'), meta: { roles: SUPERVISOR } },
    { path: '/extensions', name: 'extensions', component: () => import('./views/Extensions.vue'), meta: { roles: SUPERVISOR } },
    { path: '/reports', name: 'reports', component: () => import('./views/Reports.vue'), meta: { roles: SUPERVISOR } },
    { path: '/admin/staff', name: 'accounts', component: () => import('./views/Accounts.vue'), meta: { roles: ADMINISTRATOR } },
    { path: '/admin/calendar', name: 'calendar', component: () => import('./views/Calendar.vue'), meta: { roles: ADMINISTRATOR } },
    { path: '/admin/jobs', name: 'jobs', component: () => import('./views/Jobs.vue'), meta: { roles: ADMINISTRATOR } },
    { path: '/admin/audit', name: 'audit', component: () => import('./views/Audit.vue'), meta: { roles: ADMINISTRATOR } },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})

router.beforeEach((to) => {
  if (to.meta.public) return true
  if (!signedIn()) return { name: 'sign-in', query: to.fullPath !== '/' ? { next: to.fullPath } : {} }
  if (to.meta.roles && !to.meta.roles.includes(session.role)) return homeOf(session.role)
  return true
})

router.afterEach((to) => {
  requestAnimationFrame(() => document.querySelector('main h1')?.focus())
})
