"""Hostile text: several hundred XSS and HTML-injection payloads (tests/security/
xss_payloads.txt, sources and licences in its header) through every place a person's text
becomes HTML. Two checks: the cleaned HTML holds only the allowlist of kindred.text and
is stable when cleaned again; and each page that shows the text carries no script, handler
or script URL it did not ship itself. The real browser sees the same pages in
tests/security/test_xss_browser.py.
"""

import time

import pytest
from django.urls import reverse

from chat import posting
from groups.models import Role
from kindred import text
from kindred.text import render_markdown, sanitize
from moderation.models import RuleSet
from tests.security.htmlcheck import fragment_problems, page_problems, payloads

PAYLOADS = payloads()


def test_the_corpus_holds_several_hundred_payloads():
    assert len(PAYLOADS) >= 500
    assert len(set(PAYLOADS)) == len(PAYLOADS)


@pytest.mark.parametrize("clean", [sanitize, render_markdown], ids=["sanitize", "markdown"])
def test_every_payload_cleans_to_the_allowlist_and_is_stable(clean):
    bad = {}
    for payload in PAYLOADS:
        once = clean(payload)
        problems = fragment_problems(once)
        if sanitize(once) != once:
            problems.append(f"not stable: {once!r} -> {sanitize(once)!r}")
        if problems:
            bad[payload] = problems
    assert not bad, "\n".join(f"{p!r}: {probs}" for p, probs in list(bad.items())[:20])


def test_the_checker_itself_catches_what_it_must():
    """The check above can fail: fed unclean HTML it reports each kind of problem."""
    assert fragment_problems("<script>alert(1)</script>")
    assert fragment_problems('<a href="java&#x09;script:alert(1)">x</a>')
    assert fragment_problems('<a href="&#14;javascript:alert(1)">x</a>')
    assert fragment_problems('<a href="x" onclick="alert(1)">x</a>')
    assert fragment_problems("<img src=x>")
    assert fragment_problems("<svg></svg>")
    assert not fragment_problems('<p><a href="https://example.org" rel="nofollow">ok</a></p>')
    assert page_problems('<p onclick="x">a</p>')
    assert page_problems("<script>alert(1)</script>")
    assert page_problems('<a href=" javascript:alert(1)">a</a>')
    assert not page_problems('<script src="/static/js/x.js" type="module"></script>')


def test_links_get_rel_and_unsafe_schemes_lose_their_href():
    html = render_markdown("[a](https://example.org) [b](javascript:alert(1)) www.example.org")
    assert html.count("href=") == 2
    assert html.count('rel="nofollow noopener noreferrer ugc"') == 3
    assert "javascript" not in html


def test_schemes_are_read_as_a_browser_reads_them():
    """bleach alone lets "javascript:1" and "tel:123" through as if they were relative
    paths; kindred.text reads the scheme as a browser does."""
    for href in ("javascript:1", "tel:123", "sms:123", " \x01javascript:1", "java\tscript:1"):
        assert "href" not in sanitize(f'<a href="{href}">x</a>'), href
    for href in ("https://example.org/a:1", "/groups/x/", "#top", "mailto:a@example.org"):
        assert "href" in sanitize(f'<a href="{href}">x</a>'), href


# --- Past bleach advisories -------------------------------------------------------------
# Each was a way through bleach.clean in some configuration; Kindred's cleaner never allows
# those configurations (no math, svg, style, noscript or raw-text tags; comments stripped),
# and each payload is checked against it so that a change of allowlist or cleaner is caught.
ADVISORIES = {
    # CVE-2018-7753 (bleach < 2.1.3): character entities inside a URL hid a forbidden scheme.
    "CVE-2018-7753": [
        '<a href="javas&#x09;cript:alert(1)">x</a>',
        '<a href="javas&#x0A;cript:alert(1)">x</a>',
        '<a href="&#14;javascript:alert(1)">x</a>',
        '<a href="javascript&#58;alert(1)">x</a>',
        '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)">x</a>',
    ],
    # CVE-2020-6802 (bleach < 3.1.1): mutation XSS with noscript and a raw-text tag allowed.
    "CVE-2020-6802": [
        "<noscript><style></noscript><img src=x onerror=alert(1)>",
        "<noscript><noframes></noscript><img src=x onerror=alert(1)>",
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    ],
    # CVE-2020-6816 (bleach < 3.1.2, GHSA-m6xf-fq7q-8743): mutation XSS with math or svg
    # and RCDATA tags (script, noscript, style, noframes, iframe, noembed, xmp) allowed.
    "CVE-2020-6816": [
        "<math><style><img src=x onerror=alert(1)></style></math>",
        "<svg><style><img src=x onerror=alert(1)></style></svg>",
        "<math></p><style><!--</style><img src/onerror=alert(1)>",
        "<svg><xmp><img src=x onerror=alert(1)></xmp></svg>",
        "<math><iframe><img src=x onerror=alert(1)></iframe></math>",
    ],
    # CVE-2021-23980 (bleach < 3.3.0, GHSA-vv2x-vrpj-qqpq): mutation XSS with svg or math,
    # p or br, and comments kept.
    "CVE-2021-23980": [
        "<math><p></p><style><!--</style><img src/onerror=alert(1)>",
        "<svg><br><style><!--</style><img src/onerror=alert(1)>",
        "<math><br><noscript><!--</noscript><img src/onerror=alert(1)>-->",
    ],
}


@pytest.mark.parametrize("advisory", sorted(ADVISORIES))
def test_past_bleach_advisories_stay_closed(advisory):
    for payload in ADVISORIES[advisory]:
        for clean in (sanitize, render_markdown):
            once = clean(payload)
            assert not fragment_problems(once), (advisory, payload, once)
            assert "onerror" not in once.replace("onerror=alert", "") or "<img" not in once
            assert sanitize(once) == once


def test_the_allowlist_keeps_the_advisories_preconditions_away():
    """None of the advisories' preconditions: no foreign content, raw-text or embedding
    tag, no style attribute, comments stripped, only http, https and mailto."""
    dangerous = {
        "math",
        "svg",
        "style",
        "noscript",
        "script",
        "noframes",
        "iframe",
        "noembed",
        "xmp",
        "img",
        "object",
        "embed",
        "template",
        "textarea",
        "title",
    }
    assert not dangerous & text.ALLOWED_TAGS
    assert all("style" not in attrs for attrs in text.ALLOWED_ATTRIBUTES.values())
    assert {"http", "https", "mailto"} == text.ALLOWED_PROTOCOLS
    assert sanitize("a<!-- hidden -->b") == "ab"


def test_cleaning_stays_fast_on_pathological_input():
    """No catastrophic blow-up (bleach 3.1.4 fixed a ReDoS in style cleaning; the linkifier
    has had others) on adversarial messages of the maximum length. Python-Markdown's link
    parsing is quadratic on runs of "[" (docs/security.md, known limits), so those are
    bounded by the message length rather than tested here."""
    samples = [
        "<a " + 'title="x" ' * 200 + ">x</a>",
        "http://" + "a." * 1000 + "org",
        "<" * 2000,
        "*" * 2000,
        "_" * 2000,
        "<p>" * 600,
        "> " * 1000,
    ]
    for sample in samples:
        started = time.monotonic()
        render_markdown(sample)
        assert time.monotonic() - started < 5, sample[:40]


# --- Every place a person's text appears ----------------------------------------------------


def _chunks(items: list[str], size: int) -> list[str]:
    out, current = [], ""
    for item in items:
        if current and len(current) + len(item) + 2 > size:
            out.append(current)
            current = ""
        current += item + "\n\n"
    if current:
        out.append(current)
    return out


def build_hostile(*, user_factory, group_factory, member_factory, occurrence_factory):
    """A group whose every user-written text is hostile: description, guidelines, display
    names, a library text, messages and announcements with content warnings, report notes,
    ban and audit reasons."""
    from library.services import library_item_create
    from moderation import actions, review

    body = "\n\n".join(PAYLOADS)

    class Hostile:
        pass

    h = Hostile()
    h.owner = user_factory(display_name="<script>alert(1)</script>")
    h.group = group_factory(owner=h.owner, description=body, guidelines=body)
    # Every message must be shown: this group lets email addresses through screening (the
    # payloads hold mailto: links), what reads as spam (a screenful of links, "click" and
    # script words) and what the screening model may read as hostile in a page of markup
    # ("alert" over and over), and the settings let a new member's links through.
    categories = (
        RuleSet.Category.PERSONAL_INFORMATION,
        RuleSet.Category.SPAM,
        RuleSet.Category.HARASSMENT,
    )
    for category in categories:
        RuleSet.objects.create(group=h.group, category=category, action="hold", enabled=False)
    h.moderator = member_factory(
        h.group, Role.MODERATOR, display_name="<img src=x onerror=alert(1)>"
    )
    h.people = [member_factory(h.group, Role.MEMBER, display_name=p[:40]) for p in PAYLOADS[:40]]
    h.item = library_item_create(
        actor=h.owner,
        group=h.group,
        title="<svg onload=alert(1)>",
        body=body[:50_000],
        status="published",
    )
    h.occurrence = occurrence_factory(h.group, chair=h.owner)
    author = h.people[0]
    h.chunks = _chunks(PAYLOADS, 1900)
    for n, chunk in enumerate(h.chunks):
        message, _ = posting.message_post(
            occurrence=h.occurrence,
            author=author,
            body=chunk,
            client_id=f"hostile-{n:04d}",
            content_warning=PAYLOADS[n][:200],
        )
        posting.message_post(
            occurrence=h.occurrence,
            author=h.owner,
            body=chunk,
            client_id=f"announce-{n:04d}",
            kind="announcement",
        )
        for note in _chunks(PAYLOADS[n * 3 : n * 3 + 3], 490)[:1]:
            review.message_flag(
                actor=h.people[1 + n % 30], message=message, reason="harmful", note=note[:500]
            )
    h.banned = h.people[-1]
    actions.member_ban(actor=h.moderator, group=h.group, user=h.banned, reason=PAYLOADS[5][:500])
    return h


@pytest.fixture
def hostile(group_factory, member_factory, user_factory, occurrence_factory, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.KINDRED_RATE_LIMIT_MESSAGES = 100_000
    settings.KINDRED_NEW_MEMBER_LINK_MESSAGES = 0
    return build_hostile(
        user_factory=user_factory,
        group_factory=group_factory,
        member_factory=member_factory,
        occurrence_factory=occurrence_factory,
    )


def pages(h) -> list[str]:
    slug = h.group.slug
    return [
        reverse("groups:detail", args=[slug]),
        reverse("groups:members", args=[slug]),
        reverse("library:item", args=[slug, h.item.slug]),
        reverse("library:index", args=[slug]),
        reverse("moderation:queue", args=[slug]),
        reverse("moderation:members", args=[slug]),
        reverse("moderation:audit", args=[slug]),
        reverse("meetings:occurrence", args=[h.occurrence.pk]),
        reverse("library:readings", args=[h.occurrence.pk]),
        reverse("meetings:mine"),
        reverse("home"),
    ]


def test_no_page_showing_hostile_text_carries_a_script(hostile, client):
    client.force_login(hostile.owner)
    problems = {}
    for url in pages(hostile):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        if found := page_problems(html):
            problems[url] = found[:5]
    assert not problems, problems


def test_every_stored_message_body_passes_the_allowlist(hostile):
    from chat.models import Message

    bodies = list(
        Message.objects.filter(occurrence=hostile.occurrence).values_list("body_html", flat=True)
    )
    assert len(bodies) > 10
    for body in bodies:
        assert not fragment_problems(body), body[:200]


@pytest.mark.django_db(transaction=True)
async def test_message_frames_carry_only_clean_html(hostile, connect):
    """What the room socket sends: body_html passes the allowlist; names and content
    warnings are plain text fields for the client to show as text."""
    socket = await connect(hostile.people[2], hostile.occurrence)
    history = socket.welcome["history"]
    assert history
    for message in history:
        assert not fragment_problems(message["body_html"]), message["body_html"][:200]
    await socket.send(
        {
            "type": "message.send",
            "client_id": "hostile-live-1",
            "body": PAYLOADS[0],
            "content_warning": PAYLOADS[1][:200],
        }
    )
    frame = await socket.recv_type("message.new")
    assert not fragment_problems(frame["message"]["body_html"])
    assert frame["message"]["content_warning"] == " ".join(PAYLOADS[1][:200].split())
