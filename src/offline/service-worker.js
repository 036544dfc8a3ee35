/* global self, caches, fetch, URL, Response, Headers, __FILES__, __HEADERS__ */
// The lab's service worker: after one visit every file of the built app (code, WASM binaries,
// datasets, the digit classifier, the pre-trained starts) is in the cache, so the lab reloads and
// trains with the network off. scripts/write-service-worker.mjs fills in the file list and version.
const version = '__VERSION__';
const files = __FILES__;
// Cross-origin isolation for static hosts that cannot set headers (src/offline/isolation-headers.json):
// every response of the lab's own goes out with them, so from the second load on the page and its
// worker may share memory, and the WASM backend runs its threaded build.
const isolationHeaders = __HEADERS__;
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

/** The response with the isolation headers (an error or an opaque response passes as it is). */
function isolated(response) {
  if (!response || response.type === 'error' || response.type === 'opaque' || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(isolationHeaders)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scope.href)) return;
  if (request.mode === 'navigate') {
    // The page itself: the network's when it answers (an update), else the cached copy, whatever the query.
    event.respondWith(
      fetch(request)
        .then((response) => (response.ok ? response : caches.match(index).then((cached) => cached ?? response)))
        .catch(() => caches.match(index).then((cached) => cached ?? Response.error()))
        .then(isolated),
    );
    return;
  }
  const url = new URL(request.url);
  url.search = '';
  // Built files are content-hashed or versioned with the worker: the cache is the truth.
  const cached = urls.includes(url.href) ? caches.match(url.href) : Promise.resolve(undefined);
  event.respondWith(cached.then((hit) => hit ?? fetch(request)).then(isolated));
});
