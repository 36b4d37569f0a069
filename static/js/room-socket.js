// The room's connection: reconnects with backoff, resumes from the last seq it saw, and
// re-sends every message until the server acknowledges it (same client_id, so a message
// is never stored twice).

// 44xx: the server refused or ended this person's place in the room; do not reconnect.
// 4500 (and anything else): the server could not go on with this socket; reconnect with
// backoff and resume from the last seq.
const PERMANENT = new Set([4401, 4403, 4404, 4409, 4410, 4411, 4412]);
// What to say when a 44xx close arrives without its `closing` frame.
const REFUSED = {
  4401: gettext("Please sign in again to enter this room."),
  4403: gettext("You can't enter this meeting."),
  4404: gettext("This meeting could not be found."),
  4409: gettext("The room is not open now."),
  4410: gettext("You can't take part in this group."),
  4411: gettext("You were removed from this meeting."),
  4412: gettext("The meeting has ended. Thank you for coming."),
};
// 4503 (this worker is restarting) and 4529 (too many arriving at once): the `closing` frame
// carries retry_after (seconds); reconnect after it, plus a little jitter, and resume.
const RETRY_LATER = new Set([4503, 4529]);
const PING_EVERY_MS = 25000;
// Errors after which a message is sent again (same client_id) rather than given back.
const RETRYABLE = new Set(["rate_limited", "server_error"]);

function newClientId() {
  if (window.crypto && typeof window.crypto.randomUUID === "function") {
    return window.crypto.randomUUID();
  }
  // randomUUID needs a secure context; getRandomValues does not.
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

// A frame from the server, or null for anything that is not a JSON object (ignored).
export function parseFrame(text) {
  try {
    const frame = JSON.parse(text);
    return frame && typeof frame === "object" ? frame : null;
  } catch {
    return null;
  }
}

export class RoomSocket {
  constructor({ path, admissionUrl, onFrame, onState }) {
    this.path = path;
    this.admissionUrl = admissionUrl;
    this.onFrame = onFrame;
    this.onState = onState;
    this.lastSeq = null;
    this.pending = new Map(); // client_id -> frame, until acked
    this.attempt = 0;
    this.stopped = false;
    this.ws = null;
    this.pingTimer = null;
    this.closingDetail = null; // why the server is closing (its `closing` frame)
    this.retryAfter = null; // the `closing` frame's suggested wait (4503, 4529)
  }

  url() {
    const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
    const listen = this.listenOnly ? "?listen=1" : "";
    return `${scheme}//${window.location.host}${this.path}${listen}`;
  }

  connect() {
    if (this.stopped) return;
    this.onState("connecting");
    let opened = false;
    const ws = new WebSocket(this.url());
    this.ws = ws;
    this.closingDetail = null;
    this.retryAfter = null;
    ws.addEventListener("open", () => {
      opened = true;
      this.send({ type: "hello", last_seq: this.lastSeq });
      this.pingTimer = window.setInterval(() => this.send({ type: "ping" }), PING_EVERY_MS);
    });
    ws.addEventListener("message", (event) => {
      const frame = parseFrame(event.data);
      if (!frame) return;
      this.track(frame);
      this.onFrame(frame);
    });
    ws.addEventListener("close", (event) => {
      window.clearInterval(this.pingTimer);
      if (this.ws !== ws) return;
      if (PERMANENT.has(event.code)) {
        const why = this.closingDetail || event.reason || REFUSED[event.code];
        this.stop(why || gettext("You can't be in this room now."), event.code);
        return;
      }
      if (RETRY_LATER.has(event.code)) {
        this.retryLater(event.code);
        return;
      }
      if (!opened) {
        // A refused handshake reaches the browser only as a failed connection: ask why.
        this.checkAdmission().then((refusal) => {
          if (refusal) this.stop(refusal.detail, refusal.close_code);
          else this.retry();
        });
        return;
      }
      this.retry();
    });
  }

  async checkAdmission() {
    try {
      const response = await fetch(this.admissionUrl, { credentials: "same-origin" });
      if (!response.ok) return null;
      const answer = await response.json();
      return answer.ok ? null : answer;
    } catch {
      return null; // offline: keep trying
    }
  }

  retry() {
    // 0.15 to 0.3 s before the first try (a worker gone under its people is most often
    // back or replaced at once, and the other workers take its people sooner the sooner
    // they come), then doubling to 30 s, jittered over the upper half.
    this.attempt += 1;
    const base = Math.min(30000, 300 * 2 ** Math.min(this.attempt - 1, 7));
    const delay = base / 2 + Math.random() * (base / 2);
    this.onState("reconnecting", Math.round(delay / 1000));
    window.setTimeout(() => this.connect(), delay);
  }

  retryLater(code) {
    // A restart is no failure: back in after the server's suggested wait, with jitter so
    // the people of one worker do not all arrive in the same moment. A busy server's
    // refusal also counts towards the usual backoff, in case it keeps refusing.
    if (code === 4529) this.attempt += 1;
    const suggested = (this.retryAfter ?? 1) * 1000;
    const backoff = code === 4529 ? Math.min(30000, 250 * 2 ** Math.min(this.attempt, 7)) : 0;
    const delay = Math.max(suggested, backoff) + Math.random() * 500;
    this.onState("connecting");
    window.setTimeout(() => this.connect(), delay);
  }

  stop(reason, code) {
    this.stopped = true;
    window.clearInterval(this.pingTimer);
    this.onState("closed", reason, code);
  }

  track(frame) {
    if (frame.type === "closing") {
      this.closingDetail = frame.detail;
      if (typeof frame.retry_after === "number") this.retryAfter = frame.retry_after;
    } else if (frame.type === "welcome") {
      // Back in the room: the next lost connection starts its backoff afresh (not on
      // "open": a server that accepts and then closes at once must still be backed off).
      this.attempt = 0;
      if (frame.reset) this.lastSeq = null;
      this.lastSeq = frame.last_seq;
      this.onState("open");
      for (const pending of this.pending.values()) this.send(pending);
    } else if (frame.type === "message.new") {
      this.lastSeq = Math.max(this.lastSeq ?? 0, frame.message.seq);
    } else if (frame.type === "message.ack") {
      this.pending.delete(frame.client_id);
    } else if (frame.type === "error" && frame.client_id && RETRYABLE.has(frame.code)) {
      const again = this.pending.get(frame.client_id);
      if (again) window.setTimeout(() => this.send(again), (frame.retry_after || 5) * 1000);
    } else if (frame.type === "error" && frame.client_id) {
      // Refused for good (too long, muted...): the person decides what to do with it.
      this.pending.delete(frame.client_id);
    }
  }

  send(frame) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) {
      this.ws.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  sendMessage(body, contentWarning, kind) {
    const frame = {
      type: "message.send",
      client_id: newClientId(),
      body,
      content_warning: contentWarning,
      kind,
    };
    this.pending.set(frame.client_id, frame);
    this.send(frame);
    return frame.client_id;
  }
}
