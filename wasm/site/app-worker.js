// NRR Lab service worker: offline first, one complete cache per version.
//
// - Install fetches every resource past the browser's HTTP cache
//   (cache: "reload"), so a new version never pairs new HTML with an old
//   app.wasm, and fails as a whole if any resource fails: a half-cached
//   version is never activated.
// - Navigations are answered from the cache, falling back to the cached
//   not-found page (or the page at the scope), so any address loads offline.
// - A new version waits once installed, so that no page ever mixes files of
//   two versions; the page offers to switch and, when the user accepts,
//   asks it to take over ({nrrlab: "activate"}). It takes over by itself once
//   no page of the old version is open.
// - Caches are named after the scope as well as the version, because GitHub
//   Pages serves every repository of a user from one origin: activation deletes
//   only this site's older versions.
const version = "{{.Version}}";
const scope = new URL(self.registration.scope);
const prefix = "nrrlab:" + scope.pathname + ":";
const cacheName = prefix + version;
const shell = scope.href;
const resources = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil(install());
});

async function install() {
  const cache = await caches.open(cacheName);
  const urls = new Set([shell]);
  for (const r of resources) {
    const u = new URL(r, scope).href;
    // The site's root resolves to the scope without its slash: the shell.
    if (u + "/" !== shell) {
      urls.add(u);
    }
  }
  await Promise.all(
    [...urls].map(async (u) => {
      const res = await fetch(new Request(u, { cache: "reload" }));
      if (!res.ok) {
        throw new Error("caching " + u + " failed: HTTP " + res.status);
      }
      // A redirected response cannot answer a navigation: store a plain copy.
      const copy = res.redirected
        ? new Response(await res.blob(), { status: res.status, headers: res.headers })
        : res;
      await cache.put(u, copy);
    })
  );
}

self.addEventListener("message", (event) => {
  if (event.data && event.data.nrrlab === "activate") {
    self.skipWaiting();
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil(activate());
});

// Activation does not claim pages that loaded without a worker: a first
// visit is not an update, and the next load is served from the cache anyway.
// Pages of the older version that asked for this one reload into it.
async function activate() {
  const keys = await caches.keys();
  await Promise.all(
    keys
      .filter((k) => k.startsWith(prefix) && k !== cacheName)
      .map((k) => caches.delete(k))
  );
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") {
    return;
  }
  const url = new URL(req.url);
  url.hash = "";
  if (url.origin !== scope.origin || !(url.href + "/").startsWith(shell)) {
    return;
  }
  event.respondWith(respond(req, url));
});

async function respond(req, url) {
  const cache = await caches.open(cacheName);
  let hit = await cache.match(url.href, { ignoreSearch: true });
  if (!hit && req.mode === "navigate") {
    // An address that is no page gets the not-found page, which the app
    // then writes in the language of the address.
    hit = (await cache.match(new URL("404.html", scope).href)) || (await cache.match(shell));
  }
  if (hit) {
    return hit;
  }
  return fetch(req);
}
