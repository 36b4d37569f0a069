// The live meeting room. Renders only the server's cleaned HTML (body_html); everything
// else is set as text. No inline scripts: this module is loaded with <script type=module>.

import { RoomSocket } from "./room-socket.js";

const root = document.getElementById("room");
const $ = (id) => document.getElementById(id);
const log = $("room-log");
const composer = $("room-composer");
const body = $("room-body");
const cw = $("room-cw");
const sendButton = $("room-send");
const composerStatus = $("room-composer-status");
const earlier = $("room-earlier");
const reactionsTemplate = $("room-reactions-template");
const myId = Number(root.dataset.userId);
const maxLength = Number(root.dataset.maxLength);

const state = {
  you: null,
  listening: root.dataset.listenOnly === "1",
  oldestSeq: null,
  queue: { hands: [], speaker: null },
  timer: { ends_at: null },
  mine: {}, // seq -> Set of my reactions
  room: { locked: false, slow_mode_seconds: 0 },
  mute: null, // {until, reason} while a moderator has muted me
  messages: new Map(), // seq -> the last message payload shown
};

const CONNECTION_TEXT = {
  connecting: "Connecting…",
  open: "Connected",
  reconnecting: "Connection lost. Reconnecting",
  closed: "Disconnected",
};

function setConnection(kind, detail) {
  const el = $("room-connection");
  el.dataset.state = kind;
  let text = CONNECTION_TEXT[kind];
  if (kind === "reconnecting" && detail) text += ` in ${detail} s…`;
  if (kind === "closed" && detail) text += `: ${detail}`;
  el.textContent = text;
  updateComposer();
}

function notice(text, kind = "info", html = null) {
  const p = document.createElement("div");
  p.className = `notice notice-${kind}`;
  if (html) p.innerHTML = html; // server-cleaned (crisis resources)
  else p.textContent = text;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "link-button";
  close.textContent = "Dismiss";
  close.addEventListener("click", () => p.remove());
  p.append(" ", close);
  $("room-notices").append(p);
}

// --- messages ------------------------------------------------------------------------

function messageElement(m) {
  const li = document.createElement("li");
  li.className = `share share-${m.kind} share-${m.status}`;
  li.dataset.seq = m.seq;
  li.id = `share-${m.seq}`;
  fillMessage(li, m);
  return li;
}

function fillMessage(li, m) {
  state.messages.set(m.seq, m);
  li.replaceChildren();
  li.className = `share share-${m.kind} share-${m.status}`;
  const head = document.createElement("p");
  head.className = "share-meta meta";
  const who = document.createElement("strong");
  who.textContent = m.author;
  const when = document.createElement("time");
  when.dateTime = m.created_at;
  when.textContent = new Date(m.created_at).toLocaleTimeString([], {
    hour: "2-digit",
    minute: "2-digit",
  });
  head.append(who, " · ", when);
  if (m.kind === "announcement") head.append(" · the chair's announcement");
  if (m.status === "held") head.append(" · waiting for a moderator");
  li.append(head);
  if (m.status === "removed" || m.status === "erased") {
    const removed = document.createElement("p");
    removed.className = "share-removed meta";
    removed.textContent =
      m.status === "erased" ? "Removed at the member's request." : "Removed by a moderator.";
    li.append(removed);
    renderHeld();
    return;
  }
  const content = document.createElement("div");
  content.className = "share-body";
  content.innerHTML = m.body_html; // cleaned on the server by kindred.text.sanitize
  if (m.content_warning) {
    const details = document.createElement("details");
    details.className = "share-cw";
    const summary = document.createElement("summary");
    summary.textContent = `Content warning: ${m.content_warning}`;
    details.append(summary, content);
    li.append(details);
  } else {
    li.append(content);
    const expand = document.createElement("button");
    expand.type = "button";
    expand.className = "link-button share-expand";
    expand.textContent = "Read all";
    expand.addEventListener("click", () => li.classList.toggle("is-expanded"));
    li.append(expand);
  }
  if (m.status === "visible") li.append(reactionBar(m));
  const actions = actionsMenu(m);
  if (actions) li.append(actions);
  renderHeld();
}

// --- moderation: per-message actions, held messages, room controls -------------------------

const FLAG_REASONS = [
  ["harmful", "Harmful"],
  ["crosstalk", "Crosstalk"],
  ["personal_information", "Personal information"],
  ["spam", "Spam"],
  ["other", "Other"],
];

// What each action sends and how its confirm step reads. `lead`: the chair and moderators;
// `moderator`: moderators and the owner only; `person`: needs the author's account.
const ACTIONS = [
  { id: "remove", label: "Remove message", lead: true,
    frame: (m, reason) => ({ type: "message.remove", seq: m.seq, reason }) },
  { id: "mute10", label: "Mute 10 minutes", lead: true, person: true,
    frame: (m, reason) => ({ type: "member.mute", user_id: m.author_id, minutes: 10, reason }) },
  { id: "mute", label: "Mute for the rest of the meeting", lead: true, person: true,
    frame: (m, reason) => ({ type: "member.mute", user_id: m.author_id, minutes: null, reason }) },
  { id: "kick", label: "Remove from meeting", lead: true, person: true,
    frame: (m, reason) => ({ type: "member.remove", user_id: m.author_id, reason }) },
  { id: "ban", label: "Ban from group", moderator: true, person: true,
    frame: (m, reason) => ({ type: "member.ban", user_id: m.author_id, reason }) },
  { id: "flag", label: "Flag", flag: true,
    frame: (m, reason, note) => ({ type: "message.flag", seq: m.seq, reason, note }) },
];

function actionsFor(m) {
  const you = state.you;
  if (!you || m.status === "removed" || m.status === "erased" || m.author_id === myId) return [];
  return ACTIONS.filter((a) => {
    if (a.person && !m.author_id) return false;
    if (a.moderator) return you.is_moderator;
    if (a.lead) return you.may_lead;
    return m.status === "visible"; // flag what everyone can see
  });
}

function actionsMenu(m) {
  const actions = actionsFor(m);
  if (!actions.length) return null;
  const menu = document.createElement("details");
  menu.className = "share-actions";
  const summary = document.createElement("summary");
  summary.textContent = "Actions";
  const about = document.createElement("span");
  about.className = "visually-hidden";
  about.textContent = ` for the share by ${m.author}`;
  summary.append(about);
  const buttons = document.createElement("p");
  buttons.className = "share-actions-buttons";
  const form = confirmForm(m);
  for (const action of actions) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = `button button-small ${action.id === "ban" ? "button-danger" : "button-secondary"}`;
    button.dataset.action = action.id;
    button.textContent = action.label;
    button.addEventListener("click", () => form.ask(action));
    buttons.append(button);
  }
  menu.append(summary, buttons, form);
  return menu;
}

function confirmForm(m) {
  const form = document.createElement("form");
  form.className = "share-confirm stack";
  form.hidden = true;
  const title = document.createElement("p");
  title.className = "share-confirm-title";
  const uid = `confirm-${m.seq}`;
  const reasonLabel = document.createElement("label");
  reasonLabel.htmlFor = `${uid}-reason`;
  const reason = document.createElement("input");
  reason.type = "text";
  reason.id = `${uid}-reason`;
  reason.maxLength = 500;
  const select = document.createElement("select");
  select.id = `${uid}-why`;
  for (const [value, label] of FLAG_REASONS) select.append(new Option(label, value));
  const selectLabel = document.createElement("label");
  selectLabel.htmlFor = select.id;
  selectLabel.textContent = "Why are you flagging it?";
  const flagRow = document.createElement("p");
  flagRow.append(selectLabel, " ", select);
  const reasonRow = document.createElement("p");
  reasonRow.append(reasonLabel, " ", reason);
  const ok = document.createElement("button");
  ok.type = "submit";
  ok.className = "button button-small";
  const cancel = document.createElement("button");
  cancel.type = "button";
  cancel.className = "button button-small button-secondary";
  cancel.textContent = "Cancel";
  const row = document.createElement("p");
  row.append(ok, " ", cancel);
  form.append(title, flagRow, reasonRow, row);
  let current = null;
  form.ask = (action) => {
    current = action;
    form.hidden = false;
    flagRow.hidden = !action.flag;
    title.textContent = action.flag
      ? `Flag this share by ${m.author} for a moderator? They never learn who flagged it.`
      : `${action.label}: ${m.author}. Are you sure?`;
    reasonLabel.textContent = action.flag ? "A note for the moderators (optional)" : "Reason (optional, the person sees it)";
    if (action.id === "remove" || action.id === "kick") reasonLabel.textContent = "Reason (optional)";
    ok.textContent = action.flag ? "Send the flag" : `Yes, ${action.label.toLowerCase()}`;
    ok.className = `button button-small${action.id === "ban" ? " button-danger" : ""}`;
    reason.value = "";
    (action.flag ? select : reason).focus();
  };
  cancel.addEventListener("click", () => {
    form.hidden = true;
    form.closest("details")?.querySelector("summary")?.focus();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!current) return;
    const text = reason.value.trim();
    const frame = current.flag ? current.frame(m, select.value, text) : current.frame(m, text);
    frame.ref = `${current.id}-${m.seq}`;
    socket.send(frame);
    form.hidden = true;
    const menu = form.closest("details");
    if (menu) menu.open = false;
    menu?.querySelector("summary")?.focus();
  });
  return form;
}

const DONE_TEXT = {
  "message.remove": "The message was removed.",
  "member.mute": "Muted. They see the reason and when it ends.",
  "member.unmute": "Their mute is lifted.",
  "member.remove": "They were removed from this meeting.",
  "member.ban": "They are banned from the group.",
  "message.flag": "Thank you. A moderator will look at it.",
  "held.approve": "Approved: everyone sees it now.",
  "queue.clear": "The queue is cleared.",
};

function renderHeld() {
  const list = $("room-held");
  if (!list) return;
  const held = [...state.messages.values()].filter((m) => m.status === "held");
  held.sort((a, b) => a.seq - b.seq);
  list.replaceChildren(
    ...held.map((m) => {
      const li = document.createElement("li");
      const who = document.createElement("strong");
      who.textContent = m.author;
      const text = document.createElement("div");
      text.className = "share-body";
      text.innerHTML = m.body_html; // cleaned on the server
      const approve = document.createElement("button");
      approve.type = "button";
      approve.className = "button button-small";
      approve.textContent = "Approve";
      const about = document.createElement("span");
      about.className = "visually-hidden";
      about.textContent = ` the share by ${m.author}`;
      approve.append(about);
      approve.addEventListener("click", () => socket.send({ type: "held.approve", seq: m.seq }));
      li.append(who, text, approve);
      return li;
    }),
  );
  $("room-held-empty").hidden = held.length > 0;
}

function renderRoomControls() {
  const lock = $("room-lock");
  if (lock) {
    lock.textContent = state.room.locked ? "Unlock the chat" : "Lock the chat";
    lock.setAttribute("aria-pressed", String(Boolean(state.room.locked)));
  }
  const slow = $("room-slow");
  if (slow) {
    const value = String(state.room.slow_mode_seconds || 0);
    if (![...slow.options].some((o) => o.value === value)) slow.append(new Option(`${value} seconds`, value));
    slow.value = value;
  }
}

function reactionBar(m) {
  const bar = document.createElement("p");
  bar.className = "reactions";
  bar.append(reactionsTemplate.content.cloneNode(true));
  for (const button of bar.querySelectorAll("button")) {
    const kind = button.dataset.reaction;
    button.querySelector(".reaction-count").textContent = m.reactions?.[kind] ?? 0;
    button.setAttribute("aria-pressed", String(Boolean(state.mine[m.seq]?.has(kind))));
    button.addEventListener("click", () =>
      socket.send({ type: "reaction.toggle", seq: m.seq, reaction: kind }),
    );
  }
  return bar;
}

function addMessage(m, { prepend = false } = {}) {
  const existing = document.getElementById(`share-${m.seq}`);
  if (existing) {
    fillMessage(existing, m);
    return;
  }
  const li = messageElement(m);
  if (prepend) {
    log.prepend(li);
  } else {
    // Keep seq order even if something arrives late.
    const after = [...log.children].find((el) => Number(el.dataset.seq) > m.seq);
    log.insertBefore(li, after || null);
  }
  if (state.oldestSeq === null || m.seq < state.oldestSeq) state.oldestSeq = m.seq;
}

// --- side panels -----------------------------------------------------------------------

function renderPresence(p) {
  const people = p.participant_count === 1 ? "1 person taking part" : `${p.participant_count} people taking part`;
  const listeners = p.listener_count === 1 ? "1 listening" : `${p.listener_count} listening`;
  $("room-presence-counts").textContent = `${people}, ${listeners}`;
  const list = $("room-presence");
  list.replaceChildren(
    ...p.participants.map((person) => {
      const li = document.createElement("li");
      li.textContent = person.display_name;
      return li;
    }),
  );
}

function renderQueue(q) {
  state.queue = q;
  $("room-speaker").textContent = q.speaker ? `Sharing now: ${q.speaker.display_name}` : "";
  $("room-queue").replaceChildren(
    ...q.hands.map((hand) => {
      const li = document.createElement("li");
      li.textContent = hand.display_name;
      return li;
    }),
  );
  updateQueueButtons();
}

function updateQueueButtons() {
  const mayAct = state.you?.may_post && !state.listening;
  const raised = state.queue.hands.some((h) => h.user_id === myId);
  const speaking = state.queue.speaker?.user_id === myId;
  $("room-hand-raise").hidden = !mayAct || raised;
  $("room-hand-lower").hidden = !mayAct || !raised;
  $("room-pass").hidden = !mayAct || !(raised || speaking);
}

let timerTick = null;
function renderTimer(t) {
  state.timer = t;
  window.clearInterval(timerTick);
  const el = $("room-timer");
  $("room-timer-done").textContent = "";
  if (!t.ends_at) {
    el.textContent = "";
    return;
  }
  const end = new Date(t.ends_at).getTime();
  const tick = () => {
    const left = Math.max(0, Math.round((end - Date.now()) / 1000));
    el.textContent = `Share time left: ${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
    if (left === 0) {
      window.clearInterval(timerTick);
      el.classList.add("is-done");
      $("room-timer-done").textContent = "The share time is up. Take a moment to finish gently.";
    } else {
      el.classList.remove("is-done");
    }
  };
  tick();
  timerTick = window.setInterval(tick, 1000);
}

function renderYou(you, listening) {
  state.you = you;
  state.listening = listening;
  socket.listenOnly = listening;
  const mode = $("room-you-mode");
  if (!you.may_post) mode.textContent = "You are listening. You can read and flag, not post.";
  else if (listening) mode.textContent = "You are listening only.";
  else mode.textContent = "You are taking part.";
  const toggle = $("room-listen");
  toggle.hidden = !you.may_post;
  toggle.textContent = listening ? "Take part" : "Listen only";
  updateComposer();
  updateQueueButtons();
}

let muteTimer = null;
function setMute(mute) {
  state.mute = mute || null;
  window.clearTimeout(muteTimer);
  if (state.mute?.until) {
    const left = new Date(state.mute.until).getTime() - Date.now();
    if (left <= 0) state.mute = null;
    // Long waits are capped by the browser; the server refuses early posts anyway.
    else muteTimer = window.setTimeout(() => setMute(null), Math.min(left + 500, 2 ** 31 - 1));
  }
  updateComposer();
}

function muteText(mute) {
  const until = mute.until
    ? `until ${new Date(mute.until).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`
    : "for the rest of this meeting";
  return `A moderator muted you ${until}.` + (mute.reason ? ` Reason: ${mute.reason}` : "");
}

function updateComposer() {
  const open = $("room-connection").dataset.state === "open";
  const may = Boolean(state.you?.may_post) && !state.listening;
  const locked = state.room.locked && !state.you?.may_lead;
  const muted = Boolean(state.mute);
  body.disabled = !may || locked || muted;
  sendButton.disabled = !may || locked || muted || !open;
  root.classList.toggle("is-muted", muted && may);
  if (!may) composerStatus.textContent = "Listening: the composer is off.";
  else if (muted) composerStatus.textContent = muteText(state.mute);
  else if (locked) composerStatus.textContent = "The chat is locked: only moderators can post.";
  else if (!open) composerStatus.textContent = "Not connected: messages will be sent when we reconnect.";
  else composerStatus.textContent = state.room.slow_mode_seconds
    ? `Slow mode: one message every ${state.room.slow_mode_seconds} seconds.`
    : "";
}

function renderSection(section) {
  const el = $("room-section");
  if (!section) {
    el.hidden = true;
    return;
  }
  el.hidden = false;
  el.replaceChildren();
  const h = document.createElement("h2");
  h.textContent = section.title || "Now";
  el.append(h);
  if (section.body_html) {
    const div = document.createElement("div");
    div.innerHTML = section.body_html; // cleaned on the server
    el.append(div);
  }
}

// --- frames ----------------------------------------------------------------------------

const ERROR_TEXT = { rate_limited: "Please slow down a little." };

function onFrame(frame) {
  switch (frame.type) {
    case "welcome":
      if (frame.reset) log.replaceChildren();
      state.room = frame.room;
      state.mute = frame.mute || null;
      renderYou(frame.you, frame.listening);
      setMute(frame.mute);
      renderRoomControls();
      for (const m of frame.history) addMessage(m);
      earlier.hidden = log.children.length === 0 || state.oldestSeq <= 1;
      renderPresence(frame.presence);
      renderQueue(frame.queue);
      renderTimer(frame.timer);
      renderSection(frame.section);
      break;
    case "message.new":
    case "message.updated":
      addMessage(frame.message);
      break;
    case "message.removed": {
      const li = document.getElementById(`share-${frame.seq}`);
      const known = state.messages.get(frame.seq) || (li && messageFromElement(li));
      if (li) fillMessage(li, { ...known, status: "removed", body_html: "", content_warning: "" });
      break;
    }
    case "message.ack":
      break;
    case "history.page":
      for (const m of [...frame.messages].reverse()) addMessage(m, { prepend: true });
      earlier.hidden = !frame.more;
      break;
    case "presence":
      renderPresence(frame);
      break;
    case "queue":
      renderQueue(frame);
      break;
    case "timer":
      renderTimer(frame);
      break;
    case "reaction.counts":
      updateReactions(frame);
      break;
    case "room.state": {
      const before = `${state.you?.may_lead}/${state.you?.is_moderator}`;
      state.room = frame.room;
      renderYou(frame.you, frame.listening);
      renderRoomControls();
      if (before !== `${frame.you.may_lead}/${frame.you.is_moderator}`) {
        // The person's standing changed: their per-message actions change with it.
        for (const m of [...state.messages.values()]) {
          const li = document.getElementById(`share-${m.seq}`);
          if (li) fillMessage(li, m);
        }
      }
      break;
    }
    case "done":
      if (DONE_TEXT[frame.for]) notice(DONE_TEXT[frame.for]);
      break;
    case "section":
      renderSection(frame.section);
      break;
    case "notice":
      if (frame.kind === "approved" && frame.old_seq !== frame.seq) {
        // A held message was approved under a new seq: drop the held copy.
        document.getElementById(`share-${frame.old_seq}`)?.remove();
        state.messages.delete(frame.old_seq);
        renderHeld();
      }
      if (frame.kind === "muted") setMute({ until: frame.until, reason: frame.reason || "" });
      if (frame.kind === "unmuted") setMute(null);
      notice(frame.detail, frame.kind, frame.html || null);
      break;
    case "closing":
      break;
    case "error":
      if (frame.client_id && !["rate_limited", "server_error"].includes(frame.code)) {
        // Refused for good: give the text back so nothing typed is lost.
        body.value ||= pendingText.get(frame.client_id) || "";
      }
      notice(ERROR_TEXT[frame.code] || frame.detail, "error");
      break;
    default:
      break;
  }
}

function messageFromElement(li) {
  return {
    seq: Number(li.dataset.seq),
    author: li.querySelector(".share-meta strong")?.textContent || "",
    created_at: li.querySelector("time")?.dateTime || new Date().toISOString(),
    kind: "share",
  };
}

function updateReactions(frame) {
  if (frame.mine) {
    const set = (state.mine[frame.seq] ||= new Set());
    for (const [kind, on] of Object.entries(frame.mine)) {
      if (on) set.add(kind);
      else set.delete(kind);
    }
  }
  const li = document.getElementById(`share-${frame.seq}`);
  if (!li) return;
  for (const button of li.querySelectorAll(".reactions button")) {
    const kind = button.dataset.reaction;
    button.querySelector(".reaction-count").textContent = frame.counts[kind] ?? 0;
    button.setAttribute("aria-pressed", String(Boolean(state.mine[frame.seq]?.has(kind))));
  }
}

// --- wiring ----------------------------------------------------------------------------

const socket = new RoomSocket({
  path: root.dataset.wsPath,
  admissionUrl: root.dataset.admissionUrl,
  onFrame,
  onState: setConnection,
});
socket.listenOnly = state.listening;
const pendingText = new Map();

function submit() {
  const text = body.value.trim();
  if (!text || body.disabled) return;
  if (text.length > maxLength) {
    composerStatus.textContent = `A share can be at most ${maxLength} characters.`;
    return;
  }
  const kind = $("room-announcement")?.checked ? "announcement" : "share";
  const id = socket.sendMessage(text, cw.value.trim(), kind);
  pendingText.set(id, text);
  body.value = "";
  cw.value = "";
  body.focus();
}

composer.addEventListener("submit", (event) => {
  event.preventDefault();
  submit();
});
body.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    submit();
  }
});
earlier.addEventListener("click", () => {
  if (state.oldestSeq) socket.send({ type: "history.before", before_seq: state.oldestSeq, limit: 50 });
});
$("room-hand-raise").addEventListener("click", () => socket.send({ type: "hand.raise" }));
$("room-hand-lower").addEventListener("click", () => socket.send({ type: "hand.lower" }));
$("room-pass").addEventListener("click", () => socket.send({ type: "pass" }));
$("room-listen").addEventListener("click", () =>
  socket.send({ type: "listen.set", listening: !state.listening }),
);
$("room-quiet").addEventListener("click", (event) => {
  // Quiet mode for this meeting: shares show their first line, nothing moves.
  const on = !root.classList.contains("quiet");
  root.classList.toggle("quiet", on);
  event.currentTarget.setAttribute("aria-pressed", String(on));
});
$("room-call-next")?.addEventListener("click", () => socket.send({ type: "queue.call_next" }));
$("room-timer-form")?.addEventListener("submit", (event) => {
  event.preventDefault();
  const minutes = Number($("room-timer-minutes").value);
  if (minutes > 0) socket.send({ type: "timer.set", seconds: Math.round(minutes * 60) });
});
$("room-timer-clear")?.addEventListener("click", () => socket.send({ type: "timer.set", seconds: null }));
$("room-lock")?.addEventListener("click", () => socket.send({ type: "room.lock", locked: !state.room.locked }));
$("room-slow")?.addEventListener("change", (event) =>
  socket.send({ type: "room.slow_mode", seconds: Number(event.currentTarget.value) }),
);
$("room-queue-clear")?.addEventListener("click", () => socket.send({ type: "queue.clear" }));

socket.connect();
