/* global self, caches, fetch, URL, Response, __FILES__ */
// The lab's service worker: after one visit every file of the built app (code, WASM binaries,
// datasets, the digit classifier, the pre-trained starts) is in the cache, so the lab reloads and
// trains with the network off. scripts/write-service-worker.mjs fills in the file list and version.
const version = '__VERSION__';
const files = __FILES__;
const cacheName = `anomaly-lab-${version}`;
const scope = new URL(self.registration.scope);
const urls = files.map((file) => new URL(file, scope).href);
const index = new URL('index.html', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(urls))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith('anomaly-lab-') && n !== cacheName).map((n) => caches.delete(n))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scope.href)) return;
  if (request.mode === 'navigate') {
    // The page itself: the network's when it answers (an update), else the cached copy, whatever the query.
    event.respondWith(
      fetch(request)
        .then((response) => (response.ok ? response : caches.match(index).then((cached) => cached ?? response)))
        .catch(() => caches.match(index).then((cached) => cached ?? Response.error())),
    );
    return;
  }
  const url = new URL(request.url);
  url.search = '';
  if (!urls.includes(url.href)) return;
  // Built files are content-hashed or versioned with the worker: the cache is the truth.
  event.respondWith(caches.match(url.href).then((cached) => cached ?? fetch(request)));
});
