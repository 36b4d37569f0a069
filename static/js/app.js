// Registers the service worker (installable app, offline page, push) and, on the profile,
// turns push notifications on for this device.
"use strict";

async function registerWorker() {
  if (!("serviceWorker" in navigator)) {
    return null;
  }
  try {
    return await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  } catch {
    return null;
  }
}

function keyBytes(base64url) {
  const padded = (base64url + "===".slice((base64url.length + 3) % 4))
    .replace(/-/g, "+")
    .replace(/_/g, "/");
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}

function csrfToken(form) {
  const field = form.querySelector("input[name=csrfmiddlewaretoken]");
  return field ? field.value : "";
}

function deviceName() {
  const ua = navigator.userAgent;
  const browser = /Firefox\//.test(ua)
    ? "Firefox"
    : /Edg\//.test(ua)
      ? "Edge"
      : /Chrome\//.test(ua)
        ? "Chrome"
        : /Safari\//.test(ua)
          ? "Safari"
          : gettext("Browser");
  const system = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad/.test(ua)
      ? "iOS"
      : /Windows/.test(ua)
        ? "Windows"
        : /Mac OS X/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : "";
  return system ? interpolate(gettext("%(browser)s on %(system)s"), { browser, system }, true) : browser;
}

function setupPushForm(registration) {
  const form = document.getElementById("push-enable");
  if (!form) {
    return;
  }
  const status = document.getElementById("push-status");
  const say = (text) => {
    status.textContent = text;
  };
  if (!registration || !("PushManager" in window) || !("Notification" in window)) {
    say(gettext("This browser can't receive notifications from Kindred."));
    return;
  }
  form.hidden = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        say(gettext("Notifications are blocked for this site in your browser's settings."));
        return;
      }
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(form.dataset.vapidKey),
      });
      const nameField = form.querySelector("input[name=name]");
      const body = { ...subscription.toJSON(), name: nameField.value || deviceName() };
      const response = await fetch(form.action, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken(form) },
        body: JSON.stringify(body),
        credentials: "same-origin",
      });
      const answer = await response.json();
      if (!response.ok) {
        say(answer.detail || gettext("That did not work."));
        return;
      }
      window.location.reload();
    } catch {
      say(gettext("This browser could not subscribe to notifications."));
    }
  });
  const nameField = form.querySelector("input[name=name]");
  if (nameField && !nameField.value) {
    nameField.value = deviceName();
  }
}

registerWorker().then(setupPushForm);
