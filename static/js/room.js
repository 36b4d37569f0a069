// The live meeting room. Renders only the server's cleaned HTML (body_html); everything
// else is set as text. No inline scripts: this module is loaded with <script type=module>.
//
// Screen readers: the log has role="log" but is not itself a live region, so the history
// loaded on joining and older pages are never read out. Each new message is said once, as
// its author and text, through #room-announcer; so are notices (your turn, a mute, the
// timer's end, the meeting's end). docs/accessibility.md describes the whole approach.

import { makeButton, screenReaderText } from "./dom.js";
import { Protections, foldMuted } from "./room-protect.js";
import { RoomSocket } from "./room-socket.js";
import { sectionHeading } from "./sections.js";

const root = document.getElementById("room");
const $ = (id) => document.getElementById(id);
const log = $("room-log");
const scroller = $("room-scroller");
const composer = $("room-composer");
const body = $("room-body");
const cw = $("room-cw");
const sendButton = $("room-send");
const composerStatus = $("room-composer-status");
const earlier = $("room-earlier");
const jump = $("room-jump");
const reactionsTemplate = $("room-reactions-template");
const myId = Number(root.dataset.userId);
const maxLength = Number(root.dataset.maxLength);
const protections = new Protections(root);

const state = {
  you: null,
  phase: root.dataset.state, // lobby, live, ended, gone
  listening: root.dataset.listenOnly === "1",
  oldestSeq: null,
  loadingOlder: false,
  moreOlder: true,
  unseen: 0, // new messages that arrived while scrolled up
  queue: { hands: [], speaker: null },
  timer: { ends_at: null },
  timerAnnounced: null, // the ends_at whose end was already said
  section: null,
  mine: {}, // seq -> Set of my reactions
  room: { locked: false, slow_mode_seconds: 0 },
  mute: null, // {until, reason} while a moderator has muted me
  muted: new Map(), // for the chair and moderators: user id -> end of their mute (ms, or null)
  messages: new Map(), // seq -> the last message payload shown
  closing: null, // the last `closing` frame
};

// --- time: one way to show it (the viewer's zone: profile, else the browser) -------------

const zone = (() => {
  const wanted = root.dataset.timezone;
  try {
    if (wanted) new Intl.DateTimeFormat("en", { timeZone: wanted });
    return wanted || undefined;
  } catch {
    return undefined;
  }
})();
const zoneName = zone || Intl.DateTimeFormat().resolvedOptions().timeZone;
// The page's language names the days and months, in Latin digits; the order and the words
// around them are the site's own formats for that language (kindred/formats/<code>/, given
// by the JavaScript catalog's get_format and, for the exact time, data-exact-format), so a
// time reads the same here as on every other page.
const language = document.documentElement.lang || "en";
const timeParts = new Intl.DateTimeFormat(`${language}-u-nu-latn`, {
  weekday: "long", day: "numeric", month: "long", year: "numeric",
  hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZone: zone,
});
const shortMonth = new Intl.DateTimeFormat(`${language}-u-nu-latn`, { month: "short", timeZone: zone });
const djangoFormat = (name, fallback) => {
  const value = typeof get_format === "function" ? get_format(name) : name;
  return value && value !== name ? value : fallback;
};
const TIME_FORMAT = djangoFormat("TIME_FORMAT", "H:i");
const DATETIME_FORMAT = djangoFormat("DATETIME_FORMAT", "j M Y, H:i");
const EXACT_FORMAT = root.dataset.exactFormat || "l j F Y, H:i:s";

function partsOf(date) {
  const parts = {};
  for (const { type, value } of timeParts.formatToParts(date)) parts[type] = value;
  return parts;
}

// Django's date format letters that the site's formats use; a backslash escapes a letter.
function formatDate(date, format) {
  const p = partsOf(date);
  const short = shortMonth.format(date).replace(/\.$/, "");
  const letters = {
    j: String(Number(p.day)),
    d: p.day.padStart(2, "0"),
    l: p.weekday,
    F: p.month,
    b: short.toLowerCase(),
    M: short.charAt(0).toUpperCase() + short.slice(1),
    Y: p.year,
    H: p.hour,
    i: p.minute,
    s: p.second,
  };
  let out = "";
  for (let i = 0; i < format.length; i += 1) {
    const c = format[i];
    if (c === "\\") {
      i += 1;
      out += format[i] || "";
    } else {
      out += letters[c] ?? c;
    }
  }
  return out;
}

// "16:03" today, "3 Dec 2026, 16:03" on any other day (the viewer's zone), as {% when %}.
function shownTime(date) {
  const p = partsOf(date);
  const today = partsOf(new Date());
  const sameDay = p.day === today.day && p.month === today.month && p.year === today.year;
  return formatDate(date, sameDay ? TIME_FORMAT : DATETIME_FORMAT);
}

function exactTime(date) {
  return `${formatDate(date, EXACT_FORMAT)} (${zoneName})`;
}

function timeElement(iso) {
  const when = document.createElement("time");
  when.className = "when";
  when.dateTime = iso;
  const date = new Date(iso);
  when.textContent = shownTime(date);
  when.title = exactTime(date); // the exact time on hover, and on focus (kindred.css)
  when.tabIndex = 0;
  return when;
}

// --- connection and the meeting's phases ------------------------------------------------

const CONNECTION_TEXT = {
  connecting: gettext("Connecting…"),
  open: gettext("Connected"),
  reconnecting: gettext("Connection lost. Reconnecting"),
  closed: gettext("Disconnected"),
};

function setConnection(kind, detail, code) {
  const el = $("room-connection");
  if (kind === "closed") {
    const closing = state.closing?.code === code || !code ? state.closing : null;
    code = code || closing?.code;
    if (code === 4412) return showEnded();
    if (code === 4410 || code === 4411) return showGone(code, closing?.detail || detail, closing?.reason);
  }
  el.dataset.state = kind;
  let text = CONNECTION_TEXT[kind];
  if (kind === "reconnecting" && detail) text += ` in ${detail} s…`;
  if (kind === "closed" && detail) text += `: ${detail}`;
  el.textContent = text;
  updateComposer();
}

function setPhase(phase) {
  const before = state.phase;
  state.phase = phase;
  root.dataset.state = phase;
  $("room-lobby").hidden = phase !== "lobby";
  updateConsole();
  if (before === "lobby" && phase === "live") notice(gettext("The meeting has started."), "started", { announce: true });
  updateComposer();
}

function unsentTexts() {
  const texts = [...socket.pending.values()].map((frame) => frame.body);
  if (body.value.trim()) texts.push(body.value.trim());
  return texts;
}

function closeRoom(panel) {
  const hadFocus = $("room-live").contains(document.activeElement);
  window.clearInterval(timerTick);
  $("room-live").hidden = true;
  panel.hidden = false;
  const heading = panel.querySelector("h2");
  announce(heading.textContent);
  if (hadFocus || document.activeElement === document.body) heading.focus();
}

function showEnded() {
  if (state.phase === "ended") return;
  state.phase = root.dataset.state = "ended";
  const el = $("room-connection");
  el.dataset.state = "ended";
  el.textContent = gettext("The meeting has ended");
  const texts = unsentTexts();
  $("room-unsent").hidden = texts.length === 0;
  $("room-unsent-list").replaceChildren(
    ...texts.map((text) => {
      const li = document.createElement("li");
      const mark = document.createElement("p");
      mark.className = "meta";
      mark.textContent = gettext("Not sent:");
      const quote = document.createElement("blockquote");
      quote.className = "room-unsent-text";
      quote.textContent = text;
      li.append(mark, quote);
      return li;
    }),
  );
  socket.pending.clear();
  closeRoom($("room-ended"));
}

const GONE = {
  4411: {
    title: gettext("You were removed from this meeting"),
    next: gettext("You are welcome at the group's next meeting. If you think this was a mistake, write to the group's moderators."),
  },
  4410: {
    title: gettext("You can no longer take part in this group"),
    next: gettext("A moderator banned you from this group's meetings. If you think this was a mistake, write to the group's owner."),
  },
};

function showGone(code, detail, reason) {
  if (state.phase === "gone") return;
  state.phase = root.dataset.state = "gone";
  const el = $("room-connection");
  el.dataset.state = "closed";
  el.textContent = gettext("You are no longer in the room");
  $("room-gone-title").textContent = GONE[code].title;
  $("room-gone-detail").textContent = detail || "";
  const why = $("room-gone-reason");
  why.hidden = !reason;
  why.textContent = reason ? interpolate(gettext("The moderator's reason: %(reason)s"), { reason }, true) : "";
  $("room-gone-next").textContent = GONE[code].next;
  socket.pending.clear();
  closeRoom($("room-gone"));
}

// --- announcements and notices ------------------------------------------------------------

function announce(text) {
  // A fresh node each time, so the same words said twice are still read; old ones go.
  const region = $("room-announcer");
  const p = document.createElement("p");
  p.textContent = text;
  region.append(p);
  while (region.children.length > 3) region.firstElementChild.remove();
}

// Notices that stay until what they are about changes (or the person dismisses them).
const STICKY = new Set(["crisis", "muted", "your_turn", "held", "removed"]);
const NOTICE_SECONDS = 10;

function notice(text, kind = "info", { html = null, announce: say = true } = {}) {
  const box = $("room-notices");
  const key = `${kind}|${text}`;
  let p = [...box.children].find((el) => el.dataset.key === key);
  if (p) {
    // The same notice again: one line with a count, said once.
    p.dataset.count = String(Number(p.dataset.count) + 1);
    p.querySelector(".notice-count").textContent = ` ${interpolate(gettext("(%(count)s times)"), { count: p.dataset.count }, true)}`;
  } else {
    p = document.createElement("div");
    p.className = `notice notice-${kind}`;
    p.dataset.key = key;
    p.dataset.kind = kind;
    p.dataset.count = "1";
    const content = document.createElement("span");
    if (html) content.innerHTML = html; // server-cleaned (crisis resources)
    else content.textContent = text;
    const count = document.createElement("span");
    count.className = "notice-count";
    const close = makeButton(gettext("Dismiss"), "link-button", () => {
      p.remove();
      body.disabled ? sendButton.focus() : body.focus();
    });
    p.append(content, count, " ", close);
    box.append(p);
    if (say) announce(text);
  }
  window.clearTimeout(Number(p.dataset.timer));
  if (!STICKY.has(kind)) p.dataset.timer = String(window.setTimeout(() => p.remove(), NOTICE_SECONDS * 1000));
}

function clearNotices(kind) {
  for (const el of [...$("room-notices").children]) if (el.dataset.kind === kind) el.remove();
}

// --- messages ------------------------------------------------------------------------

function messageElement(m) {
  const li = document.createElement("li");
  li.dataset.seq = m.seq;
  li.id = `share-${m.seq}`;
  fillMessage(li, m);
  return li;
}

// The chair, the owner and moderators carry a badge on their messages, in Here now and in
// the queue (their ids come with the page).
const chairId = Number(root.dataset.chairId) || null;
const ownerId = Number(root.dataset.ownerId) || null;
const moderatorIds = new Set((root.dataset.moderatorIds || "").split(" ").filter(Boolean).map(Number));
function roleOf(authorId) {
  if (!authorId) return null;
  if (authorId === chairId) return gettext("Chair");
  if (authorId === ownerId) return gettext("Owner");
  if (moderatorIds.has(authorId)) return gettext("Moderator");
  return null;
}

function roleBadge(userId) {
  const role = roleOf(userId);
  if (!role) return null;
  const badge = document.createElement("span");
  badge.className = "role-badge";
  badge.textContent = role;
  return badge;
}

function fillMessage(li, m) {
  state.messages.set(m.seq, m);
  li.replaceChildren();
  li.className = `share share-${m.kind} share-${m.status}`;
  const head = document.createElement("p");
  head.className = "share-meta";
  const who = document.createElement("strong");
  who.className = "share-author";
  who.dir = "auto"; // names and shares in any script read in their own direction
  who.textContent = m.author;
  head.append(who);
  const badge = roleBadge(m.author_id);
  if (badge) head.append(" ", badge);
  head.append(" ", timeElement(m.created_at));
  if (m.kind === "announcement") head.append(gettext(" · the chair's announcement"));
  if (m.status === "held") head.append(gettext(" · waiting for a moderator"));
  li.append(head);
  if (m.status === "removed" || m.status === "erased") {
    const removed = document.createElement("p");
    removed.className = "share-removed meta";
    removed.textContent =
      m.status === "erased" ? gettext("Removed at the member's request.") : gettext("Removed by a moderator.");
    li.append(removed);
    renderHeld();
    return;
  }
  const content = document.createElement("div");
  content.className = "share-body";
  content.dir = "auto";
  content.innerHTML = m.body_html; // cleaned on the server by kindred.text.sanitize
  const topic = protections.revealed.has(m.seq) ? null : protections.topicOf(m.content_warning);
  if (topic) {
    // A topic this person chose to hide: folded until they choose to show it.
    const folded = document.createElement("p");
    folded.className = "share-hidden-topic meta";
    const show = makeButton(gettext("Show"), "link-button", () => {
      protections.revealed.add(m.seq);
      fillMessage(li, state.messages.get(m.seq) || m);
      li.querySelector(".share-cw summary")?.focus();
    });
    folded.append(`${interpolate(gettext("Hidden: content warning about %(topic)s."), { topic }, true)} `, show);
    li.append(folded);
  } else if (m.content_warning) {
    const details = document.createElement("details");
    details.className = "share-cw";
    const summary = document.createElement("summary");
    summary.textContent = interpolate(gettext("Content warning: %(content_warning)s"), { content_warning: m.content_warning }, true);
    details.append(summary, content);
    li.append(details);
  } else {
    li.append(content);
    const expand = makeButton(gettext("Read all"), "link-button share-expand", () => {
      li.classList.toggle("is-expanded");
      expand.textContent = li.classList.contains("is-expanded") ? gettext("Show less") : gettext("Read all");
    });
    expand.hidden = true; // shown only where quiet mode really cut the share
    li.append(expand);
  }
  const foot = document.createElement("div");
  foot.className = "share-foot";
  if (m.status === "visible") foot.append(reactionBar(m));
  const actions = actionsMenu(m);
  if (actions) foot.append(actions);
  if (foot.childElementCount) li.append(foot);
  renderHeld();
}

function markCut(li) {
  // "Read all" only where quiet mode really cut the text.
  const expand = li.querySelector(".share-expand");
  if (!expand) return;
  const content = li.querySelector(".share-body");
  const cut = !li.classList.contains("is-expanded") &&
    (content.scrollHeight > content.clientHeight + 2 || content.childElementCount > 1);
  expand.hidden = !(cut && (root.classList.contains("quiet") || document.body.classList.contains("quiet-mode"))) &&
    !li.classList.contains("is-expanded");
}

// --- moderation: per-message actions, held messages, room controls -------------------------

const FLAG_REASONS = [
  ["harmful", gettext("Harmful")],
  ["crosstalk", gettext("Crosstalk")],
  ["personal_information", gettext("Personal information")],
  ["spam", gettext("Spam")],
  ["other", gettext("Other")],
];

// What each action sends and how its confirm step reads. `lead`: the chair and moderators;
// `moderator`: moderators and the owner only; `person`: needs the author's account.
const ACTIONS = [
  { id: "remove", label: gettext("Remove message"), lead: true,
    frame: (m, reason) => ({ type: "message.remove", seq: m.seq, reason }) },
  { id: "mute10", label: gettext("Mute 10 minutes"), lead: true, person: true,
    frame: (m, reason) => ({ type: "member.mute", user_id: m.author_id, minutes: 10, reason }) },
  { id: "mute", label: gettext("Mute for the rest of the meeting"), lead: true, person: true,
    frame: (m, reason) => ({ type: "member.mute", user_id: m.author_id, minutes: null, reason }) },
  { id: "unmute", label: gettext("Unmute"), lead: true, person: true, noReason: true,
    frame: (m) => ({ type: "member.unmute", user_id: m.author_id }) },
  { id: "kick", label: gettext("Remove from meeting"), lead: true, person: true,
    frame: (m, reason) => ({ type: "member.remove", user_id: m.author_id, reason }) },
  { id: "ban", label: gettext("Ban from group"), moderator: true, person: true, purge: true,
    frame: (m, reason, note, purge) => ({ type: "member.ban", user_id: m.author_id, reason, remove_messages: purge }) },
  { id: "flag", label: gettext("Flag"), flag: true,
    frame: (m, reason, note) => ({ type: "message.flag", seq: m.seq, reason, note }) },
];

// A mute for oneself: any person's messages, whatever the viewer's role (accounts/protect.py).
const MUTE_FOR_ME = { id: "mute-for-me", label: gettext("Mute for me"), personal: true };
const UNMUTE_FOR_ME = { id: "unmute-for-me", label: gettext("Unmute for me"), personal: true };

function actionsFor(m) {
  const you = state.you;
  if (!you || m.status === "removed" || m.status === "erased" || m.author_id === myId) return [];
  // Guests (no role in the group) share no group with anyone to mute: no such action.
  const mine = m.author_id && you.role ? [protections.isMuted(m.author_id) ? UNMUTE_FOR_ME : MUTE_FOR_ME] : [];
  return [...actionsForRole(m, you), ...mine];
}

function actionsForRole(m, you) {
  return ACTIONS.filter((a) => {
    if (a.person && !m.author_id) return false;
    if (a.id === "unmute") return you.may_lead && isMutedNow(m.author_id);
    if (a.moderator) return you.is_moderator;
    if (a.lead) return you.may_lead;
    return m.status === "visible"; // flag what everyone can see
  });
}

// A share's menu: a disclosure whose button reads `label`, and to a screen reader also
// which share it is for (`about`, " to the share by Mia"). The caller adds what it holds.
function shareMenu(className, label, about) {
  const menu = document.createElement("details");
  menu.className = className;
  const summary = document.createElement("summary");
  summary.textContent = label;
  summary.append(screenReaderText(about));
  menu.append(summary);
  return { menu, summary };
}

function actionsMenu(m) {
  const actions = actionsFor(m);
  if (!actions.length) return null;
  const { menu } = shareMenu("share-actions", gettext("Actions"), interpolate(gettext(" for the share by %(author)s"), { author: m.author }, true));
  const buttons = document.createElement("p");
  buttons.className = "share-actions-buttons";
  const form = confirmForm(m);
  for (const action of actions) {
    const button = makeButton(action.label, `button button-small ${action.id === "ban" ? "button-danger" : "button-secondary"}`, () =>
      action.personal ? muteForMe(m, menu, action === MUTE_FOR_ME) : form.ask(action),
    );
    button.dataset.action = action.id;
    buttons.append(button);
  }
  menu.append(buttons, form);
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
  selectLabel.textContent = gettext("Why are you flagging it?");
  const flagRow = document.createElement("p");
  flagRow.append(selectLabel, " ", select);
  const reasonRow = document.createElement("p");
  reasonRow.append(reasonLabel, " ", reason);
  const purge = document.createElement("input");
  purge.type = "checkbox";
  purge.id = `${uid}-purge`;
  const purgeLabel = document.createElement("label");
  purgeLabel.htmlFor = purge.id;
  purgeLabel.textContent = interpolate(gettext(" Also remove %(author)s's messages in this meeting and the group's meetings of the last 30 days"), { author: m.author }, true);
  const purgeRow = document.createElement("p");
  purgeRow.append(purge, purgeLabel);
  const ok = document.createElement("button");
  ok.type = "submit";
  ok.className = "button button-small";
  const cancel = makeButton(gettext("Cancel"), "button button-small button-secondary");
  const row = document.createElement("p");
  row.append(ok, " ", cancel);
  form.append(title, flagRow, reasonRow, purgeRow, row);
  let current = null;
  form.ask = (action) => {
    current = action;
    form.hidden = false;
    flagRow.hidden = !action.flag;
    reasonRow.hidden = Boolean(action.noReason);
    purgeRow.hidden = !action.purge;
    purge.checked = false;
    title.textContent = action.flag
      ? interpolate(gettext("Flag this share by %(author)s for a moderator? They never learn who flagged it."), { author: m.author }, true)
      : interpolate(gettext("%(label)s: %(author)s. Are you sure?"), { label: action.label, author: m.author }, true);
    reasonLabel.textContent = action.flag ? gettext("A note for the moderators (optional)") : gettext("Reason (optional, the person sees it)");
    if (action.id === "remove" || action.id === "kick") reasonLabel.textContent = gettext("Reason (optional)");
    ok.textContent = action.flag ? gettext("Send the flag") : interpolate(gettext("Yes, %(action)s"), { action: action.label.toLowerCase() }, true);
    ok.className = `button button-small${action.id === "ban" ? " button-danger" : ""}`;
    reason.value = "";
    (action.flag ? select : action.noReason ? ok : reason).focus();
  };
  cancel.addEventListener("click", () => {
    form.hidden = true;
    form.closest("details")?.querySelector("summary")?.focus();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!current) return;
    const text = reason.value.trim();
    const frame = current.flag ? current.frame(m, select.value, text) : current.frame(m, text, "", purge.checked);
    frame.ref = `${current.id}-${m.seq}`;
    socket.send(frame);
    form.hidden = true;
    const menu = form.closest("details");
    if (menu) menu.open = false;
    menu?.querySelector("summary")?.focus();
  });
  return form;
}

async function muteForMe(m, menu, mute) {
  menu.open = false;
  try {
    await protections.setMuted(m.author_id, mute);
  } catch {
    notice(gettext("That did not work. Please try again."), "error");
    return;
  }
  if (!mute) for (const seq of state.messages.keys()) protections.revealed.delete(seq);
  // The actions of this person's every message change with it.
  for (const other of [...state.messages.values()]) {
    if (other.author_id !== m.author_id) continue;
    const li = document.getElementById(`share-${other.seq}`);
    if (li) fillMessage(li, other);
  }
  refold();
  notice(
    mute
      ? interpolate(gettext("You muted %(author)s. Their messages fold away for you only; they are not told. Undo it here or on your profile."), { author: m.author }, true)
      : interpolate(gettext("You see %(author)s’s messages again."), { author: m.author }, true),
    "done",
  );
  // Keep the focus where the share was: on its folded line, or on the share itself.
  const li = document.getElementById(`share-${m.seq}`);
  let run = li;
  while (run?.hidden) run = run.previousElementSibling;
  if (run?.classList.contains("share-muted-run")) run.querySelector("button").focus();
  else li?.querySelector(".share-actions summary")?.focus();
}

function refold() {
  if (!protections.muted.size && !log.querySelector(".share-muted-run")) return;
  foldMuted(log, protections, (li) => state.messages.get(Number(li.dataset.seq)), (run) => {
    for (const li of run) protections.revealed.add(Number(li.dataset.seq));
    refold();
    run[0].tabIndex = -1;
    run[0].focus();
  });
}

const DONE_TEXT = {
  "message.remove": gettext("The message was removed."),
  "member.mute": gettext("Muted. They see the reason and when it ends."),
  "member.unmute": gettext("Their mute is lifted."),
  "member.remove": gettext("They were removed from this meeting."),
  "member.ban": gettext("They are banned from the group."),
  "message.flag": gettext("Thank you. A moderator will look at it."),
  "held.approve": gettext("Approved: everyone sees it now."),
  "queue.clear": gettext("The queue is cleared."),
};

function renderHeld() {
  const list = $("room-held");
  if (!list) return;
  const held = [...state.messages.values()].filter((m) => m.status === "held");
  held.sort((a, b) => a.seq - b.seq);
  list.replaceChildren(
    ...held.map((m) => {
      const li = document.createElement("li");
      li.className = "room-held-item";
      const who = document.createElement("strong");
      who.textContent = m.author;
      who.dir = "auto";
      const text = document.createElement("div");
      text.className = "share-body";
      text.dir = "auto";
      text.innerHTML = m.body_html; // cleaned on the server
      const row = document.createElement("p");
      row.className = "room-held-actions";
      const button = (label, kind, frame) => {
        const b = makeButton(label, `button button-small${kind ? ` ${kind}` : ""}`, () =>
          socket.send({ ...frame, ref: `${frame.type}-${m.seq}` }),
        );
        b.append(screenReaderText(interpolate(gettext(" the share by %(author)s"), { author: m.author }, true)));
        return b;
      };
      row.append(
        button(gettext("Approve"), "", { type: "held.approve", seq: m.seq }),
        " ",
        button(gettext("Reject"), "button-secondary", { type: "message.remove", seq: m.seq, reason: gettext("Not approved.") }),
      );
      li.append(who, text, row);
      return li;
    }),
  );
  $("room-held-empty").hidden = held.length > 0;
}

function renderRoomControls() {
  const lock = $("room-lock");
  if (lock) {
    lock.textContent = state.room.locked ? gettext("Unlock the chat") : gettext("Lock the chat");
    lock.setAttribute("aria-pressed", String(Boolean(state.room.locked)));
  }
  const slow = $("room-slow");
  if (slow) {
    const value = String(state.room.slow_mode_seconds || 0);
    if (![...slow.options].some((o) => o.value === value)) slow.append(new Option(interpolate(gettext("%(value)s seconds"), { value }, true), value));
    slow.value = value;
  }
}

// Reactions: chips only for the ones somebody used, and one "React" menu for the rest.
function reactionBar(m) {
  const bar = document.createElement("div");
  bar.className = "reactions";
  const chips = document.createElement("span");
  chips.className = "reaction-chips";
  bar.append(chips);
  const { menu, summary } = shareMenu("react-menu", gettext("React"), interpolate(gettext(" to the share by %(author)s"), { author: m.author }, true));
  const choices = document.createElement("span");
  choices.className = "react-choices";
  choices.append(reactionsTemplate.content.cloneNode(true));
  for (const button of choices.querySelectorAll("button")) {
    button.dataset.react = button.dataset.reaction;
    delete button.dataset.reaction;
    button.querySelector(".reaction-count").remove();
    button.removeAttribute("aria-pressed");
    button.addEventListener("click", () => {
      menu.open = false;
      toggleReaction(m.seq, button.dataset.react);
      summary.focus();
    });
  }
  menu.append(choices);
  bar.append(menu);
  fillChips(chips, m.seq, m.reactions || {});
  return bar;
}

// A share's "Actions" and "React" menus are disclosure buttons (Enter or Space opens them);
// Escape closes the one the focus is in and gives the focus back to its button.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const menu = event.target.closest?.("details.share-actions, details.react-menu");
  if (!menu?.open) return;
  event.preventDefault();
  menu.open = false;
  menu.querySelector("summary").focus();
});

function toggleReaction(seq, kind) {
  socket.send({ type: "reaction.toggle", seq, reaction: kind });
}

function fillChips(chips, seq, counts) {
  const had = chips.contains(document.activeElement) ? document.activeElement.dataset.reaction : null;
  chips.replaceChildren();
  for (const proto of reactionsTemplate.content.querySelectorAll("button")) {
    const kind = proto.dataset.reaction;
    if (!counts[kind]) continue;
    const button = proto.cloneNode(true);
    button.querySelector(".reaction-count").textContent = counts[kind];
    button.setAttribute("aria-pressed", String(Boolean(state.mine[seq]?.has(kind))));
    button.addEventListener("click", () => toggleReaction(seq, kind));
    chips.append(button);
    if (had === kind) button.focus();
  }
}

// --- the log: newest at the bottom, a button for what arrived while scrolled up ----------

function nearBottom() {
  return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 48;
}

function toBottom() {
  scroller.scrollTop = scroller.scrollHeight;
  state.unseen = 0;
  setJumpHidden(true);
}

// Where the "N new messages" button leads: the composer, or the log for someone who may
// not post.
function focusComposer() {
  body.disabled ? scroller.focus() : body.focus();
}

// The button goes once the new messages are in view. If it had the focus (a person tabbing
// onto it as the log scrolled to its end), the focus goes where the button leads rather
// than back to the top of the page.
// A button with the focus on it is not pulled from under the keys (the log reaching its
// newest share while a person tabs onto the button): it goes once the focus leaves it.
function setJumpHidden(hidden) {
  if (hidden && !jump.hidden && document.activeElement === jump) {
    jump.addEventListener("blur", () => {
      if (state.unseen === 0) jump.hidden = true;
    }, { once: true });
    return;
  }
  jump.hidden = hidden;
}

function updateJump() {
  setJumpHidden(state.unseen === 0);
  if (state.unseen) jump.textContent = interpolate(ngettext("%(unseen)s new message", "%(unseen)s new messages", state.unseen), { unseen: state.unseen }, true);
}

function addMessage(m, { prepend = false, live = false } = {}) {
  const existing = document.getElementById(`share-${m.seq}`);
  if (existing) {
    fillMessage(existing, m);
    markCut(existing);
    return;
  }
  const stick = nearBottom();
  const li = messageElement(m);
  if (prepend) {
    // Older history: keep what the person is reading where it is.
    const height = scroller.scrollHeight;
    log.prepend(li);
    scroller.scrollTop += scroller.scrollHeight - height;
  } else {
    // Keep seq order even if something arrives late.
    const after = [...log.children].find((el) => Number(el.dataset.seq) > m.seq);
    log.insertBefore(li, after || null);
    if (live && !protections.isMuted(m.author_id)) {
      if (m.status === "visible" || m.status === "held") {
        const text = li.querySelector(".share-body")?.textContent.trim() || "";
        announce(m.content_warning ? interpolate(gettext("%(author)s: content warning, %(content_warning)s"), { author: m.author, content_warning: m.content_warning }, true) : `${m.author}: ${text}`);
      }
      if (stick || m.author_id === myId) toBottom();
      else {
        state.unseen += 1;
        updateJump();
      }
    }
  }
  markCut(li);
  if (state.oldestSeq === null || m.seq < state.oldestSeq) state.oldestSeq = m.seq;
  refold();
}

function loadOlder() {
  if (state.loadingOlder || !state.moreOlder || !state.oldestSeq || state.oldestSeq <= 1) return;
  state.loadingOlder = true;
  socket.send({ type: "history.before", before_seq: state.oldestSeq, limit: 50, ref: "older" });
}

// --- side panels -----------------------------------------------------------------------

// Who a mute stops posting now, as the chair and moderators are told (the welcome's
// `muted`, the `mutes` frame): "Unmute" is offered for these people only.
let mutedTimer = null;
let mutedShown = new Set(); // who "Unmute" is offered for now

function isMutedNow(userId) {
  if (!state.muted.has(userId)) return false;
  const until = state.muted.get(userId);
  return until === null || until > Date.now();
}

function setMuted(list) {
  const before = mutedShown;
  state.muted = new Map((list || []).map((x) => [x.user_id, x.until ? Date.parse(x.until) : null]));
  window.clearTimeout(mutedTimer);
  const ends = [...state.muted.values()].filter((until) => until !== null && until > Date.now());
  // A timed mute ends without a frame: look again just after the first one ends.
  if (ends.length) mutedTimer = window.setTimeout(() => setMuted(list), Math.min(Math.min(...ends) - Date.now() + 500, 2 ** 31 - 1));
  const now = new Set([...state.muted.keys()].filter(isMutedNow));
  mutedShown = now;
  const changed = new Set([...before, ...now].filter((id) => before.has(id) !== now.has(id)));
  if (!changed.size) return;
  if (state.presence) renderPresence(state.presence);
  for (const m of state.messages.values()) {
    if (!changed.has(m.author_id)) continue;
    const li = document.getElementById(`share-${m.seq}`);
    if (!li) continue;
    const had = li.contains(document.activeElement);
    fillMessage(li, m);
    if (had) li.querySelector(".share-actions summary")?.focus();
  }
}

function renderPresence(p) {
  state.presence = p;
  const people = interpolate(ngettext("%(participant_count)s person taking part", "%(participant_count)s people taking part", p.participant_count), { participant_count: p.participant_count }, true);
  const listeners = interpolate(ngettext("%(listener_count)s listening", "%(listener_count)s listening", p.listener_count), { listener_count: p.listener_count }, true);
  $("room-presence-counts").textContent = interpolate(gettext("%(people)s, %(listeners)s"), { people, listeners }, true);
  const list = $("room-presence");
  list.replaceChildren(
    ...(p.participants || []).map((person) => {
      const li = document.createElement("li");
      const name = document.createElement("span");
      name.textContent = person.display_name;
      li.append(name);
      const badge = roleBadge(person.user_id);
      if (badge) li.append(" ", badge);
      if (state.you?.may_lead && person.user_id !== myId && isMutedNow(person.user_id)) {
        const b = makeButton(gettext("Unmute"), "link-button", () =>
          socket.send({ type: "member.unmute", user_id: person.user_id, ref: `unmute-${person.user_id}` }),
        );
        b.append(screenReaderText(` ${person.display_name}`));
        li.append(" ", b);
      }
      return li;
    }),
  );
}

function renderQueue(q) {
  state.queue = q;
  $("room-speaker").textContent = q.speaker ? interpolate(gettext("Sharing now: %(display_name)s"), { display_name: q.speaker.display_name }, true) : "";
  const speakerBadge = q.speaker && roleBadge(q.speaker.user_id);
  if (speakerBadge) $("room-speaker").append(" ", speakerBadge);
  const lead = state.you?.may_lead;
  const ids = q.hands.map((h) => h.user_id);
  $("room-queue").replaceChildren(
    ...q.hands.map((hand, index) => {
      const li = document.createElement("li");
      const name = document.createElement("span");
      name.dir = "auto";
      name.textContent = hand.display_name;
      li.append(name);
      const badge = roleBadge(hand.user_id);
      if (badge) li.append(" ", badge);
      if (lead) {
        const move = (label, to) => {
          const b = makeButton(label, "button button-small button-secondary", () => {
            const order = [...ids];
            [order[index], order[to]] = [order[to], order[index]];
            socket.send({ type: "queue.reorder", user_ids: order, ref: "reorder" });
          });
          b.setAttribute("aria-label", interpolate(to < index ? gettext("Move %(name)s up") : gettext("Move %(name)s down"), { name: hand.display_name }, true));
          b.disabled = to < 0 || to >= ids.length;
          return b;
        };
        li.append(" ", move(gettext("Up"), index - 1), " ", move(gettext("Down"), index + 1));
      }
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
  if (!speaking) clearNotices("your_turn");
}

let timerTick = null;
function renderTimer(t) {
  state.timer = t || { ends_at: null };
  window.clearInterval(timerTick);
  const el = $("room-timer");
  const done = $("room-timer-done");
  const actions = $("room-timer-actions");
  if (!state.timer.ends_at) {
    el.textContent = "";
    done.hidden = true;
    if (actions) actions.hidden = true;
    return;
  }
  if (actions) actions.hidden = false;
  const end = new Date(state.timer.ends_at).getTime();
  const tick = () => {
    const left = Math.max(0, Math.round((end - Date.now()) / 1000));
    el.textContent = interpolate(gettext("Share time left: %(time)s"), { time: `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}` }, true);
    el.classList.toggle("is-done", left === 0);
    done.hidden = left !== 0;
    if (left === 0) {
      window.clearInterval(timerTick);
      done.textContent = gettext("The share time is up. Take a moment to finish gently.");
      // Said once, to the person sharing and to those leading.
      const speaking = state.queue.speaker?.user_id === myId;
      if (state.timerAnnounced !== state.timer.ends_at && (speaking || state.you?.may_lead)) {
        state.timerAnnounced = state.timer.ends_at;
        notice(speaking ? gettext("Your share time is up. Take a moment to finish gently.") : gettext("The share time is up."), "timer");
      }
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
  if (!you.may_post) mode.textContent = gettext("You are listening. You can read and flag, not post.");
  else if (listening) mode.textContent = gettext("You are listening only.");
  else mode.textContent = gettext("You are taking part.");
  const toggle = $("room-listen");
  toggle.hidden = !you.may_post || listening;
  toggle.textContent = gettext("Listen only");
  const takePart = $("room-take-part");
  takePart.hidden = !you.may_post;
  $("room-listening-text").textContent = you.may_post
    ? gettext("You are listening. Nobody is waiting for you to speak; take part whenever you are ready.")
    : gettext("You are listening: you can follow the meeting and flag a share, and nobody sees your name.");
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
  if (!state.mute) clearNotices("muted");
  updateComposer();
}

function muteText(mute) {
  const until = mute.until ? interpolate(gettext("until %(time)s"), { time: shownTime(new Date(mute.until)) }, true) : gettext("for the rest of this meeting");
  return interpolate(gettext("A moderator muted you %(until)s."), { until }, true) + (mute.reason ? interpolate(gettext(" Reason: %(reason)s"), { reason: mute.reason }, true) : "");
}

function updateComposer() {
  const open = $("room-connection").dataset.state === "open";
  const may = Boolean(state.you?.may_post) && !state.listening;
  const locked = state.room.locked && !state.you?.may_lead;
  const muted = Boolean(state.mute);
  const rule = state.section?.who_may_post;
  const quiet = !state.you?.may_lead && (rule === "nobody" || rule === "moderators");
  // Listeners and readers see no composer: a sentence and (where allowed) "Take part".
  $("room-listening").hidden = !state.you || may;
  composer.hidden = Boolean(state.you) && !may;
  body.disabled = !may || locked || muted;
  sendButton.disabled = !may || locked || muted || !open;
  root.classList.toggle("is-muted", muted && may);
  if (muted) composerStatus.textContent = muteText(state.mute);
  else if (locked) composerStatus.textContent = gettext("The chat is locked: only moderators can post.");
  else if (!open) composerStatus.textContent = gettext("Not connected: your message waits here until we reconnect.");
  else if (quiet) composerStatus.textContent = rule === "nobody"
    ? gettext("This part of the meeting is for listening; sharing opens again soon.")
    : gettext("Only the chair and moderators post during this part.");
  else composerStatus.textContent = state.room.slow_mode_seconds
    ? interpolate(gettext("Slow mode: one message every %(slow_mode_seconds)s seconds."), { slow_mode_seconds: state.room.slow_mode_seconds }, true)
    : "";
}

// --- the script: where the meeting is, and the chair's console ----------------------------

function parts() {
  return [...document.querySelectorAll("#room-parts [data-section-id]")];
}

function renderSection(section) {
  state.section = section || null;
  const now = $("room-now");
  if (now) {
    now.hidden = !section;
    if (section) {
      $("room-now-name").textContent = sectionHeading(section);
      const template = document.querySelector(`#room-part-${section.id} template`);
      const text = $("room-now-text");
      if (template) text.replaceChildren(template.content.cloneNode(true));
      else text.textContent = section.reading_title ? interpolate(gettext("Reading: %(reading_title)s"), { reading_title: section.reading_title }, true) : "";
    }
  }
  for (const item of parts()) {
    const current = section && item.dataset.sectionId === String(section.id);
    item.classList.toggle("is-current", Boolean(current));
    if (current) item.setAttribute("aria-current", "step");
    else item.removeAttribute("aria-current");
  }
  updateConsole();
  updateComposer();
}

function updateConsole() {
  // The console moves a live meeting only (the server refuses otherwise).
  const live = state.phase === "live";
  const list = parts();
  const index = list.findIndex((item) => state.section && item.dataset.sectionId === String(state.section.id));
  const prev = $("room-prev");
  const next = $("room-next");
  if (prev) prev.disabled = !live || index <= 0;
  if (next) next.disabled = !live || index >= list.length - 1;
  for (const button of document.querySelectorAll("[data-section-move]")) button.disabled = !live;
}

function moveTo(sectionId) {
  if (sectionId) socket.send({ type: "section.move", section_id: Number(sectionId), ref: "move" });
}

function step(by) {
  const list = parts();
  const index = list.findIndex((item) => state.section && item.dataset.sectionId === String(state.section.id));
  const target = list[index === -1 ? 0 : index + by];
  if (target) moveTo(target.dataset.sectionId);
}

// --- frames ----------------------------------------------------------------------------

const ERROR_TEXT = { rate_limited: gettext("Please slow down a little.") };
// A share refused for now goes again by itself (room-socket.js): say so, or it looks lost.
const SHARE_WAITING = gettext("Please slow down a little. Your share will go in a moment.");

function onFrame(frame) {
  switch (frame.type) {
    case "welcome": {
      const first = log.children.length === 0;
      if (frame.reset) log.replaceChildren();
      state.room = frame.room;
      state.mute = frame.mute || null;
      renderYou(frame.you, frame.listening);
      setMute(frame.mute);
      setPhase(frame.state);
      renderRoomControls();
      // Resumed history after a reconnect is new to this person; the first history is not.
      for (const m of frame.history) addMessage(m, { live: !first && !frame.reset });
      state.moreOlder = frame.history.length > 0 && state.oldestSeq > 1;
      earlier.hidden = !state.moreOlder;
      setMuted(frame.muted);
      renderPresence(frame.presence);
      renderQueue(frame.queue);
      renderTimer(frame.timer);
      renderSection(frame.section);
      if (first) {
        toBottom();
        // Open at the newest message with the composer in view (not in the lobby, whose
        // notes on the format come first).
        if (frame.state === "live") {
          const bottom = (composer.hidden ? $("room-listening") : composer).getBoundingClientRect().bottom;
          if (bottom > window.innerHeight) $("room-bottom").scrollIntoView({ block: "end" });
        }
      }
      break;
    }
    case "message.new":
      addMessage(frame.message, { live: true });
      break;
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
      state.loadingOlder = false;
      state.moreOlder = frame.more;
      earlier.hidden = !frame.more;
      break;
    case "presence":
      renderPresence(frame);
      break;
    case "mutes":
      setMuted(frame.muted);
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
      setPhase(frame.state);
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
      if (DONE_TEXT[frame.for]) notice(DONE_TEXT[frame.for], "done");
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
      notice(frame.detail, frame.kind, { html: frame.html || null });
      break;
    case "closing":
      state.closing = frame;
      break;
    case "error":
      if (frame.client_id && !["rate_limited", "server_error"].includes(frame.code)) {
        // Refused for good: give the text back so nothing typed is lost.
        body.value ||= pendingText.get(frame.client_id) || "";
      }
      notice(
        frame.client_id && frame.code === "rate_limited" ? SHARE_WAITING : ERROR_TEXT[frame.code] || frame.detail,
        "error",
      );
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
  const m = state.messages.get(frame.seq);
  if (m) m.reactions = frame.counts;
  const chips = document.querySelector(`#share-${frame.seq} .reaction-chips`);
  if (chips) fillChips(chips, frame.seq, frame.counts);
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
    composerStatus.textContent = interpolate(gettext("A share can be at most %(maxLength)s characters."), { maxLength }, true);
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
earlier.addEventListener("click", loadOlder);
scroller.addEventListener("scroll", () => {
  if (scroller.scrollTop < 24) loadOlder();
  if (nearBottom() && state.unseen) {
    state.unseen = 0;
    updateJump();
  }
});
jump.addEventListener("click", () => {
  toBottom();
  focusComposer();
});
// The soft keyboard on a phone shrinks the visual viewport: keep the composer in view, and
// a log that was at its newest message stays there when it gets shorter (or taller), as
// in any chat; someone reading back keeps their place.
let atNewest = true;
scroller.addEventListener("scroll", () => {
  atNewest = nearBottom();
}, { passive: true });
new ResizeObserver(() => {
  if (atNewest) scroller.scrollTop = scroller.scrollHeight;
}).observe(scroller);
window.visualViewport?.addEventListener("resize", () => {
  if (document.activeElement === body) composer.scrollIntoView({ block: "end" });
});
$("room-hand-raise").addEventListener("click", () => socket.send({ type: "hand.raise" }));
$("room-hand-lower").addEventListener("click", () => socket.send({ type: "hand.lower" }));
$("room-pass").addEventListener("click", () => socket.send({ type: "pass" }));
$("room-listen").addEventListener("click", () => socket.send({ type: "listen.set", listening: true }));
$("room-take-part").addEventListener("click", () => socket.send({ type: "listen.set", listening: false }));
$("room-quiet").addEventListener("click", (event) => {
  // Quiet mode for this meeting: shares show their first line, nothing moves.
  const on = !root.classList.contains("quiet");
  root.classList.toggle("quiet", on);
  event.currentTarget.setAttribute("aria-pressed", String(on));
  for (const li of log.children) markCut(li);
});
$("room-call-next")?.addEventListener("click", () => socket.send({ type: "queue.call_next" }));
$("room-timer-form")?.addEventListener("submit", (event) => {
  event.preventDefault();
  const minutes = Number($("room-timer-minutes").value);
  if (minutes > 0) socket.send({ type: "timer.set", seconds: Math.round(minutes * 60) });
});
$("room-timer-more")?.addEventListener("click", () => {
  // One more minute from now, or from what is left.
  const left = state.timer.ends_at ? Math.max(0, Math.round((new Date(state.timer.ends_at).getTime() - Date.now()) / 1000)) : 0;
  socket.send({ type: "timer.set", seconds: left + 60, ref: "timer-more" });
});
$("room-timer-clear")?.addEventListener("click", () => socket.send({ type: "timer.set", seconds: null }));
$("room-lock")?.addEventListener("click", () => socket.send({ type: "room.lock", locked: !state.room.locked }));
$("room-slow")?.addEventListener("change", (event) =>
  socket.send({ type: "room.slow_mode", seconds: Number(event.currentTarget.value) }),
);
$("room-queue-clear")?.addEventListener("click", () => socket.send({ type: "queue.clear" }));
$("room-next")?.addEventListener("click", () => step(1));
$("room-prev")?.addEventListener("click", () => step(-1));
for (const button of document.querySelectorAll("[data-section-move]")) {
  button.addEventListener("click", () => moveTo(button.dataset.sectionMove));
}
$("room-end-ask")?.addEventListener("click", (event) => {
  $("room-end-form").hidden = false;
  event.currentTarget.setAttribute("aria-expanded", "true");
  $("room-end-form").querySelector("button[type=submit]").focus();
});
$("room-end-cancel")?.addEventListener("click", () => {
  $("room-end-form").hidden = true;
  $("room-end-ask").setAttribute("aria-expanded", "false");
  $("room-end-ask").focus();
});

socket.connect();
