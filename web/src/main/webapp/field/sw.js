/* Berdaya field app service worker (issue 22): keeps the app shell so the app opens without a
   network. The API is never intercepted: its answers are personal and no-store, and the app keeps
   what it needs (reference data, sheets, the outbox) in IndexedDB itself. */
const CACHE = 'berdaya-field-v2';
const SHELL = ['index.html', 'app.css', 'app.js', 'manifest.json', 'icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('berdaya-field-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const scope = new URL(self.registration.scope);
  if (event.request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) {
    return; // the API and everything else go to the network as usual
  }
  const name = url.pathname === scope.pathname ? 'index.html' : url.pathname.substring(scope.pathname.length);
  if (!SHELL.includes(name)) {
    return;
  }
  // Stale while revalidate: the phone's copy answers at once (with or without a signal), and a
  // fresh copy, when one can be had, is kept for the next opening, so a new release arrives by itself.
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(name).then((hit) => {
    const fresh = fetch(event.request, { cache: 'no-cache' }).then((answer) => {
      if (answer.ok) {
        cache.put(name, answer.clone());
      }
      return answer;
    });
    if (hit) {
      event.waitUntil(fresh.catch(() => undefined));
      return hit;
    }
    return fresh;
  })));
});
