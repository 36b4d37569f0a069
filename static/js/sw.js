// Kindred's service worker: an offline page when the network is gone, and Web Push
// notifications. Served at /sw.js (scope: the whole site). No third-party code.
"use strict";

// A new release (new file names for the stylesheet or icons) gets a new cache.
const CACHE = "kindred-offline-__KINDRED_VERSION__";
const OFFLINE_URL = "/offline/";
const ICON = "__KINDRED_ICON__";
// What the offline page needs, kept from the install on.
const PRECACHE = [OFFLINE_URL, "__KINDRED_CSS__", "__KINDRED_FAVICON__", ICON];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Pages come from the network, always (nothing personal is cached); only when it fails
// does the offline page answer, with its stylesheet and icons. Other requests are left alone.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_URL)));
    return;
  }
  const url = new URL(request.url);
  if (request.method === "GET" && url.origin === self.location.origin && PRECACHE.includes(url.pathname)) {
    event.respondWith(fetch(request).catch(() => caches.match(request)));
  }
});

function sameOrigin(url) {
  try {
    const parsed = new URL(url, self.location.origin);
    return parsed.origin === self.location.origin ? parsed.href : "/";
  } catch {
    return "/";
  }
}

self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { body: event.data ? event.data.text() : "" };
  }
  const options = {
    body: typeof data.body === "string" ? data.body : "",
    icon: ICON,
    data: { url: sameOrigin(data.url || "/") },
  };
  if (typeof data.tag === "string" && data.tag) {
    options.tag = data.tag;
  }
  const title = typeof data.title === "string" && data.title ? data.title : "Kindred";
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = sameOrigin((event.notification.data || {}).url || "/");
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      for (const client of windows) {
        if (client.url === url && "focus" in client) {
          return client.focus();
        }
      }
      return self.clients.openWindow(url);
    }),
  );
});
