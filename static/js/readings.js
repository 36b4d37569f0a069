// The readings-only view of a live meeting: the script as the chair moves through it, and
// the chair's announcements. It joins the room socket as a listener and shows nothing else:
// shares are dropped here even if the server sends them. Plain ES module, no build step.

import { parseFrame } from "./room-socket.js";
import { sectionHeading } from "./sections.js";

const root = document.querySelector("[data-readings]");

const PING_MS = 30_000;
const REFUSED = new Set([4401, 4403, 4404, 4409, 4410, 4411, 4412]);

function socketUrl(path) {
  const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
  // listen=1: enter as a listener (never counted by name). view=readings: the server's
  // readings-only stream, which never carries a share; the page drops any all the same.
  return `${scheme}//${window.location.host}${path}?listen=1&view=readings`;
}

function setStatus(text) {
  const el = root.querySelector("[data-connection]");
  if (el) el.textContent = text;
}

const STATE_LABELS = { lobby: gettext("Lobby open"), live: gettext("Live"), ended: gettext("Ended") };

function setState(value) {
  const badge = root.querySelector("[data-state-badge]");
  if (!badge || !STATE_LABELS[value]) return;
  badge.className = `badge badge-${value}`;
  badge.textContent = STATE_LABELS[value];
}

function followAlong() {
  const box = root.querySelector("[data-follow]");
  return !box || box.checked;
}

function showSection(section) {
  const list = root.querySelector("[data-script-sections]");
  const title = root.querySelector("[data-current-title]");
  if (!section) return;
  if (list) {
    for (const item of list.querySelectorAll("[data-section-id]")) {
      const current = item.dataset.sectionId === String(section.id);
      item.classList.toggle("is-current", current);
      if (current) {
        item.setAttribute("aria-current", "step");
        if (followAlong()) {
          const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches ||
            document.body.classList.contains("quiet-mode");
          item.scrollIntoView({ block: "start", behavior: still ? "auto" : "smooth" });
        }
      } else {
        item.removeAttribute("aria-current");
      }
    }
  }
  if (title) title.textContent = sectionHeading(section);
}

function isAnnouncement(message) {
  return message && message.kind === "announcement" && message.status === "visible" &&
    message.body_html;
}

function addAnnouncement(message) {
  const list = root.querySelector("[data-announcements]");
  if (!list || !isAnnouncement(message)) return;
  if (list.querySelector(`[data-seq="${message.seq}"]`)) return;
  const item = document.createElement("li");
  item.className = "announcement";
  item.dataset.seq = String(message.seq);
  const body = document.createElement("div");
  body.className = "prose";
  // body_html is the server's sanitized rendering (kindred.text); never the raw text.
  body.innerHTML = message.body_html;
  item.append(body);
  list.append(item);
  const empty = root.querySelector("[data-no-announcements]");
  if (empty) empty.remove();
}

function removeAnnouncement(seq) {
  const item = root.querySelector(`[data-announcements] [data-seq="${seq}"]`);
  if (item) item.remove();
}

function connect(state) {
  const socket = new WebSocket(socketUrl(root.dataset.wsPath));
  let ping = null;

  socket.addEventListener("open", () => {
    state.attempt = 0;
    setStatus(gettext("Connected: following the meeting."));
    socket.send(JSON.stringify({ type: "hello", last_seq: state.lastSeq }));
    ping = window.setInterval(() => socket.send(JSON.stringify({ type: "ping" })), PING_MS);
  });

  socket.addEventListener("message", (event) => {
    const frame = parseFrame(event.data);
    if (!frame) return;
    switch (frame.type) {
      case "welcome":
        setState(frame.state);
        for (const message of frame.history || []) addAnnouncement(message);
        state.lastSeq = Math.max(state.lastSeq || 0, frame.last_seq || 0);
        if (frame.section) showSection(frame.section);
        break;
      case "message.new":
        // Shares never reach this page's DOM: only the chair's announcements do.
        state.lastSeq = Math.max(state.lastSeq || 0, frame.message.seq);
        addAnnouncement(frame.message);
        break;
      case "message.updated":
        if (frame.message && !isAnnouncement(frame.message)) removeAnnouncement(frame.message.seq);
        break;
      case "message.removed":
        removeAnnouncement(frame.seq);
        break;
      case "section":
        showSection(frame.section);
        break;
      case "room.state":
        setState(frame.state);
        break;
      case "closing":
        state.closing = frame;
        break;
      default:
        break; // presence, queue, timer, reactions: not part of this view
    }
  });

  socket.addEventListener("close", (event) => {
    window.clearInterval(ping);
    if (event.code === 4412) {
      // The meeting ended: no longer live, and nothing to reconnect to.
      setState("ended");
      setStatus(gettext("The meeting has ended. Thank you for coming."));
      const title = root.querySelector("[data-current-title]");
      if (title) title.textContent = gettext("The meeting has ended.");
      return;
    }
    if (REFUSED.has(event.code)) {
      const detail = (state.closing && state.closing.detail) || event.reason;
      setStatus(detail || gettext("The meeting room is closed to this page now."));
      return;
    }
    if ((event.code === 4503 || event.code === 4529) && state.closing) {
      // A worker restarting or too busy: back after its suggested wait, with jitter.
      if (event.code === 4529) state.attempt += 1;
      const wait = (state.closing.retry_after ?? 1) * 1000 + Math.random() * 500;
      window.setTimeout(() => connect(state), wait);
      return;
    }
    state.attempt += 1;
    const delay = Math.min(30_000, 1000 * 2 ** Math.min(state.attempt, 5)) *
      (0.75 + Math.random() / 2);
    setStatus(gettext("Connection lost. Reconnecting…"));
    window.setTimeout(() => connect(state), delay);
  });
}

function stepUp() {
  // Ask to become a member without leaving the readings.
  const form = root.querySelector("form[data-step-up]");
  if (!form) return;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const status = form.querySelector("[data-step-up-status]");
    const button = form.querySelector("button");
    button.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { "X-Requested-With": "fetch" },
      });
      if (!response.ok) throw new Error(String(response.status));
      status.textContent = gettext("Your request is sent. A moderator will answer soon.");
      form.querySelector("textarea")?.setAttribute("disabled", "");
    } catch {
      status.textContent = gettext("That did not go through. Please try again.");
      button.disabled = false;
    }
  });
}

if (root && root.dataset.wsPath) {
  stepUp();
  connect({ lastSeq: null, attempt: 0, closing: null });
}
