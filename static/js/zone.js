// The visitor's time zone, from the browser. A signed-out visitor's pages show times in it
// (the server reads the kindred_tz cookie), and the sign-up form offers it. A classic
// script in the head, so a first visit is shown again in the right zone before it paints.

(() => {
  const COOKIE = "kindred_tz";
  const RELOADED = "kindred-zone-reloaded";

  function browserZone() {
    try {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
      // IANA names need no escaping in a cookie; anything else is not sent.
      return /^[A-Za-z0-9_+\-/]{1,64}$/.test(zone) ? zone : "";
    } catch {
      return "";
    }
  }

  function cookieZone() {
    const entry = document.cookie.split("; ").find((c) => c.startsWith(`${COOKIE}=`));
    return entry ? entry.slice(COOKIE.length + 1) : "";
  }

  const zone = browserZone();
  const root = document.documentElement;

  if (zone && root.dataset.signedIn !== "1" && cookieZone() !== zone) {
    const secure = window.location.protocol === "https:" ? "; Secure" : "";
    document.cookie =
      `${COOKIE}=${zone}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
    // Times on this page were written in another zone: show them again, once per visit.
    if (root.dataset.zone !== zone && !window.sessionStorage.getItem(RELOADED)) {
      window.sessionStorage.setItem(RELOADED, "1");
      window.location.reload();
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    for (const select of document.querySelectorAll("select[data-detect-zone]")) {
      if (select.dataset.chosen === "1") continue;
      if (zone && Array.from(select.options).some((o) => o.value === zone)) select.value = zone;
    }
  });
})();
