// What a person does to protect themselves in the room, applied by their own page only:
// people they muted for themselves (their messages fold into one line per run) and topics
// they hide (a share whose content warning names one stays folded until shown).
// Stored with the person (accounts/protect.py); the page receives both with the room.
// Nobody else's room changes, and the muted person is never told.

import { makeButton } from "./dom.js";

export class Protections {
  constructor(root) {
    this.root = root;
    this.muted = new Set((root.dataset.mutedIds || "").split(" ").filter(Boolean).map(Number));
    this.topics = (root.dataset.hiddenTopics || "").split("|").filter(Boolean);
    this.revealed = new Set(); // seqs the person chose to show anyway
    this.token = root.querySelector("#room-protect-form input[name=csrfmiddlewaretoken]")?.value || "";
  }

  isMuted(authorId) {
    return Boolean(authorId) && this.muted.has(authorId);
  }

  // The first hidden topic a content warning names: where a word of the warning starts
  // with the topic, ignoring case and accents (accounts.protect.content_warning_topic).
  topicOf(warning) {
    if (!warning || !this.topics.length) return null;
    const text = fold(warning);
    return this.topics.find((topic) => startsAWord(text, fold(topic))) || null;
  }

  async setMuted(userId, muted) {
    const url = muted ? this.root.dataset.muteUrl : this.root.dataset.unmuteUrl.replace(/\/0\/unmute\/$/, `/${userId}/unmute/`);
    const response = await fetch(url, {
      method: "POST",
      headers: { Accept: "application/json", "X-CSRFToken": this.token },
      body: new URLSearchParams({ user_id: String(userId) }),
      credentials: "same-origin",
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    if (muted) this.muted.add(userId);
    else this.muted.delete(userId);
  }
}

function fold(text) {
  return text.toLocaleLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
}

function startsAWord(text, word) {
  let at = text.indexOf(word);
  while (at !== -1) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1])) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

// Fold every run of consecutive messages from muted people into one line,
// "N messages from someone you muted", with a button that shows that run.
export function foldMuted(log, protections, messageOf, onShow) {
  for (const el of [...log.querySelectorAll(".share-muted-run")]) el.remove();
  let run = [];
  const flush = () => {
    if (!run.length) return;
    const shown = run;
    const li = document.createElement("li");
    li.className = "share-muted-run meta";
    const text = document.createElement("span");
    text.textContent = interpolate(ngettext("%(count)s message from someone you muted.", "%(count)s messages from someone you muted.", shown.length), { count: shown.length }, true);
    const button = makeButton(gettext("Show"), "link-button", () => onShow(shown));
    li.append(text, " ", button);
    log.insertBefore(li, shown[0]);
    run = [];
  };
  for (const li of [...log.children]) {
    if (li.classList.contains("share-muted-run")) continue;
    const m = messageOf(li);
    const hide = Boolean(m) && protections.isMuted(m.author_id) && !protections.revealed.has(m.seq);
    li.hidden = hide;
    if (hide) run.push(li);
    else flush();
  }
  flush();
}
