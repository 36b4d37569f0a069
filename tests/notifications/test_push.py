"""Web Push: a round trip through a push endpoint owned by the test, which decrypts what
it receives with the subscription's keys; devices managed on the profile; bad endpoints,
gone subscriptions and oversized payloads."""

import base64
import json
import os
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import http_ece
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from accounts.notifications import Kind, push
from accounts.notifications.models import NotificationSent, PushDevice
from accounts.notifications.services import preferences_set, push_device_add
from groups import joining as group_joining
from groups import services as group_services
from groups.models import JoinPolicy
from kindred.errors import ServiceError

pytestmark = pytest.mark.django_db(transaction=True)


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class PushService:
    """A push service on 127.0.0.1 that records every request and answers ``status``."""

    def __init__(self):
        self.received: list[dict] = []
        self.status = 201
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                service.received.append(
                    {
                        "path": self.path,
                        "headers": {k.lower(): v for k, v in self.headers.items()},
                        "body": body,
                    }
                )
                self.send_response(service.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def push_service():
    service = PushService()
    yield service
    service.close()


@pytest.fixture
def vapid(settings, capsys):
    call_command("push_keys")
    lines = dict(line.split("=", 1) for line in capsys.readouterr().out.split())
    settings.VAPID_PUBLIC_KEY = lines["VAPID_PUBLIC_KEY"]
    settings.VAPID_PRIVATE_KEY = lines["VAPID_PRIVATE_KEY"]
    settings.VAPID_SUBJECT = "mailto:admin@kindred.example.org"
    return lines


class Browser:
    """What a browser keeps for one subscription: its key pair and auth secret."""

    def __init__(self):
        self.private = ec.generate_private_key(ec.SECP256R1())
        self.auth = os.urandom(16)
        self.p256dh = b64(
            self.private.public_key().public_bytes(
                serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
            )
        )

    def decrypt(self, body: bytes) -> dict:
        plain = http_ece.decrypt(
            body, private_key=self.private, auth_secret=self.auth, version="aes128gcm"
        )
        return json.loads(plain)


def subscribe(user, service: PushService, browser: Browser, name="Phone") -> PushDevice:
    return push_device_add(
        user=user,
        endpoint=f"{service.url}/push/{b64(os.urandom(6))}",
        p256dh=browser.p256dh,
        auth=b64(browser.auth),
        name=name,
    )


def ask_to_join(circle, user_factory):
    group, owner, _, _ = circle
    group_services.group_update(actor=owner, group=group, join_policy=JoinPolicy.APPROVAL)
    return group_joining.join_request_create(
        user=user_factory(), group=group, accept_guidelines=True
    )


def test_push_round_trip_encrypted_for_the_device_and_signed_by_the_site(
    circle, user_factory, push_service, vapid, run_worker
):
    _, _, moderator, _ = circle
    browser = Browser()
    device = subscribe(moderator, push_service, browser)
    ask_to_join(circle, user_factory)
    run_worker()

    (request,) = push_service.received
    assert request["path"] == "/" + device.endpoint.split("/", 3)[3]
    assert request["headers"]["content-encoding"] == "aes128gcm"
    assert int(request["headers"]["ttl"]) > 0
    # Without the browser's keys the body is noise; with them, the message.
    assert b"request" not in request["body"]
    payload = browser.decrypt(request["body"])
    assert payload["title"] == "A request is waiting"
    assert payload["body"] == "Someone asks to join a group you moderate."
    assert payload["url"].endswith(f"/groups/{circle[0].slug}/members/")
    for word in ("Gamblers", "Harbour", "gambling"):
        assert word not in json.dumps(payload)

    # VAPID (RFC 8292): a JWT for this push service, signed with the site's key.
    scheme, _, params = request["headers"]["authorization"].partition(" ")
    assert scheme == "vapid"
    fields = dict(part.strip().split("=", 1) for part in params.split(","))
    assert fields["k"] == vapid["VAPID_PUBLIC_KEY"]
    head, claims, signature = fields["t"].split(".")
    assert json.loads(unb64(claims))["aud"] == push_service.url
    public = ec.EllipticCurvePublicKey.from_encoded_point(
        ec.SECP256R1(), unb64(vapid["VAPID_PUBLIC_KEY"])
    )
    raw = unb64(signature)
    der = encode_dss_signature(int.from_bytes(raw[:32]), int.from_bytes(raw[32:]))
    public.verify(der, f"{head}.{claims}".encode(), ec.ECDSA(hashes.SHA256()))
    with pytest.raises(InvalidSignature):
        public.verify(der, f"{head}.{claims}x".encode(), ec.ECDSA(hashes.SHA256()))

    device.refresh_from_db()
    assert device.last_used_at is not None
    # Once per event and device, however often the task runs.
    from accounts.notifications.tasks import send_notification

    send_notification.enqueue(Kind.JOIN_REQUEST, {"request": request_pk()})
    run_worker()
    assert len(push_service.received) == 1


def request_pk() -> int:
    from groups.models import JoinRequest

    return JoinRequest.objects.get().pk


def test_each_device_gets_its_own_copy_and_the_push_choice_is_respected(
    circle, user_factory, push_service, vapid, run_worker
):
    _, owner, moderator, _ = circle
    phone, laptop, owners = Browser(), Browser(), Browser()
    subscribe(moderator, push_service, phone, name="Phone")
    subscribe(moderator, push_service, laptop, name="Laptop")
    subscribe(owner, push_service, owners)
    preferences_set(user=owner, choices={Kind.JOIN_REQUEST: (True, False)})
    ask_to_join(circle, user_factory)
    run_worker()
    assert len(push_service.received) == 2
    decrypted = []
    for request in push_service.received:
        for browser in (phone, laptop):
            try:
                decrypted.append(browser.decrypt(request["body"]))
            except Exception:  # noqa: S112 - encrypted for the other device
                continue
    assert len(decrypted) == 2


def test_a_subscription_the_push_service_reports_gone_is_deleted(
    circle, user_factory, push_service, vapid, run_worker
):
    _, _, moderator, _ = circle
    device = subscribe(moderator, push_service, Browser())
    push_service.status = 410
    ask_to_join(circle, user_factory)
    run_worker()
    assert len(push_service.received) == 1
    assert not PushDevice.objects.filter(pk=device.pk).exists()
    assert not DBTaskResult.objects.filter(status="READY").exists()  # nothing to retry


def test_a_failing_push_service_is_retried_and_the_device_kept(
    circle, user_factory, push_service, vapid, run_worker
):
    _, _, moderator, _ = circle
    device = subscribe(moderator, push_service, Browser())
    push_service.status = 503
    ask_to_join(circle, user_factory)
    run_worker()
    assert PushDevice.objects.filter(pk=device.pk).exists()
    assert not NotificationSent.objects.filter(channel=f"push:{device.pk}").exists()
    assert DBTaskResult.objects.filter(
        task_path="accounts.notifications.tasks.send_notification", status="READY"
    ).exists()


@pytest.mark.parametrize(
    "endpoint, code",
    [
        ("not a url", "bad_endpoint"),
        ("https://", "bad_endpoint"),
        ("http://fcm.googleapis.com/fcm/send/abc", "bad_endpoint"),
        ("https://evil.example.com/push/abc", "foreign_endpoint"),
        ("https://10.0.0.7/push/abc", "bad_endpoint"),
        ("https://[::1]/push/abc", "bad_endpoint"),
        ("http://127.0.0.1:9000/push/abc", "bad_endpoint"),
        ("https://user:pw@fcm.googleapis.com/fcm/send/abc", "bad_endpoint"),
        ("https://fcm.googleapis.com.evil.example/abc", "foreign_endpoint"),
    ],
)
def test_production_refuses_foreign_malformed_and_local_endpoints(settings, endpoint, code):
    settings.KINDRED_PUSH_ALLOW_LOOPBACK = False
    with pytest.raises(ServiceError) as refused:
        push.endpoint_check(endpoint)
    assert refused.value.code == code


def test_a_push_service_name_resolving_to_a_private_address_is_refused(settings, monkeypatch):
    settings.KINDRED_PUSH_ALLOW_LOOPBACK = False

    def resolve(address):
        return lambda host, port, **kw: [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))
        ]

    monkeypatch.setattr(socket, "getaddrinfo", resolve("10.1.2.3"))
    with pytest.raises(ServiceError) as refused:
        push.endpoint_check("https://fcm.googleapis.com/fcm/send/abc")
    assert refused.value.code == "private_endpoint"
    monkeypatch.setattr(socket, "getaddrinfo", resolve("142.250.180.10"))
    push.endpoint_check("https://fcm.googleapis.com/fcm/send/abc")


def test_an_oversized_payload_is_refused_and_nothing_is_sent(user_factory, push_service, vapid):
    device = subscribe(user_factory(), push_service, Browser())
    with pytest.raises(ServiceError) as refused:
        push.push_send(device=device, payload={"title": "x", "body": "y" * 4000})
    assert refused.value.code == "payload_too_large"
    assert push_service.received == []


def test_subscribe_endpoint_refuses_bad_input_and_changes_nothing(client, user_factory, settings):
    settings.KINDRED_PUSH_ALLOW_LOOPBACK = False
    client.force_login(user_factory())
    browser = Browser()
    good_keys = {"p256dh": browser.p256dh, "auth": b64(browser.auth)}
    cases = [
        (b"not json", "bad_subscription"),
        (json.dumps([1, 2]).encode(), "bad_subscription"),
        (
            json.dumps({"endpoint": "https://evil.example.com/x", "keys": good_keys}).encode(),
            "foreign_endpoint",
        ),
        (
            json.dumps(
                {"endpoint": "https://fcm.googleapis.com/x", "keys": {"p256dh": "AAA", "auth": "x"}}
            ).encode(),
            "bad_keys",
        ),
        (b"{" + b" " * 5000 + b"}", "too_large"),
    ]
    for body, code in cases:
        response = client.post("/accounts/push/subscribe/", body, content_type="application/json")
        assert response.status_code == 400, body[:40]
        assert response.json()["code"] == code
    assert not PushDevice.objects.exists()


def test_devices_are_listed_renamed_and_removed_on_the_profile(client, user_factory, push_service):
    person, other = user_factory(), user_factory()
    device = subscribe(person, push_service, Browser(), name="Kitchen tablet")
    theirs = subscribe(other, push_service, Browser(), name="Not yours")
    client.force_login(person)
    page = client.get("/accounts/profile/").content.decode()
    assert "Kitchen tablet" in page and "Not yours" not in page

    response = client.post(f"/accounts/push/{device.pk}/rename/", {"name": "Phone"})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.name == "Phone"
    client.post(f"/accounts/push/{device.pk}/rename/", {"name": "  "})
    device.refresh_from_db()
    assert device.name == "Phone"

    assert client.post(f"/accounts/push/{theirs.pk}/rename/", {"name": "Mine"}).status_code == 404
    assert client.post(f"/accounts/push/{theirs.pk}/remove/").status_code == 404
    assert client.post(f"/accounts/push/{device.pk}/remove/").status_code == 302
    assert list(PushDevice.objects.values_list("name", flat=True)) == ["Not yours"]


def test_the_site_is_installable(client):
    manifest = client.get("/manifest.webmanifest")
    assert manifest.status_code == 200
    assert manifest["Content-Type"] == "application/manifest+json"
    data = manifest.json()
    assert data["display"] == "standalone" and data["start_url"].startswith("/")
    assert {"192x192", "512x512"} <= {icon["sizes"] for icon in data["icons"]}
    from django.contrib.staticfiles import finders
    from PIL import Image

    for icon in data["icons"]:
        path = finders.find(icon["src"].removeprefix("/static/"))
        with Image.open(path) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"]

    worker = client.get("/sw.js")
    assert worker.status_code == 200
    assert worker["Content-Type"].startswith("text/javascript")
    assert worker["Service-Worker-Allowed"] == "/"
    source = worker.content.decode()
    assert "__KINDRED" not in source and "/offline/" in source
    assert "http://" not in source and "https://" not in source  # nothing from elsewhere

    offline = client.get("/offline/")
    assert offline.status_code == 200
    assert "You're offline" in offline.content.decode()


def test_a_meeting_reminder_reaches_the_devices_once_and_discreetly(
    circle, member_factory, push_service, vapid, run_worker, live_occurrence
):
    import re
    from datetime import UTC, datetime, timedelta

    from meetings import services as meeting_services
    from meetings.tasks import send_reminders

    group, _, _, _ = circle
    start = (datetime.now(UTC) + timedelta(minutes=10)).replace(second=0, microsecond=0)
    occurrence = live_occurrence(group, started_minutes_ago=-10)
    occurrence.start = occurrence.original_start = start
    occurrence.end = start + timedelta(hours=1)
    occurrence.save()
    person = member_factory(group, reminder_minutes=30)
    browser = Browser()
    subscribe(person, push_service, browser)
    meeting_services.rsvp_set(user=person, occurrence=occurrence, answer="going")
    send_reminders.enqueue()
    run_worker()
    send_reminders.enqueue()  # a second run finds it sent
    run_worker()
    (request,) = push_service.received
    payload = browser.decrypt(request["body"])
    assert payload["title"] == "Your meeting starts soon"
    assert re.fullmatch(r"Your meeting starts in (9|10) minutes\.", payload["body"])
    assert payload["url"].endswith(occurrence.get_absolute_url())


def test_being_called_to_share_reaches_the_devices_unless_turned_off(
    circle, push_service, vapid, run_worker, live_occurrence
):
    from chat import queue

    group, owner, _, member = circle
    occurrence = live_occurrence(group)
    browser = Browser()
    subscribe(member, push_service, browser)
    queue.hand_raise(occurrence=occurrence, user=member)
    queue.queue_call_next(actor=owner, occurrence=occurrence)
    run_worker()
    (request,) = push_service.received
    payload = browser.decrypt(request["body"])
    assert payload == {
        "title": "You're next to share",
        "body": "The chair invites you to share now.",
        "url": f"{payload['url'].split('/meetings/')[0]}/meetings/room/{occurrence.pk}/",
        "tag": f"your_turn:{occurrence.pk}",
    }
    preferences_set(user=member, choices={Kind.YOUR_TURN: (True, False)})
    queue.hand_raise(occurrence=occurrence, user=member)
    queue.queue_call_next(actor=owner, occurrence=occurrence)
    run_worker()
    assert len(push_service.received) == 1


def test_a_browser_subscribes_through_the_profile_endpoint(client, user_factory, push_service):
    person = user_factory()
    client.force_login(person)
    browser = Browser()
    subscription = {
        "endpoint": f"{push_service.url}/push/abc",
        "expirationTime": None,
        "keys": {"p256dh": browser.p256dh, "auth": b64(browser.auth)},
        "name": "Firefox on Linux",
    }
    response = client.post(
        "/accounts/push/subscribe/", json.dumps(subscription), content_type="application/json"
    )
    assert response.status_code == 201
    device = PushDevice.objects.get()
    assert (device.user, device.name, device.p256dh) == (person, "Firefox on Linux", browser.p256dh)
    # The same browser subscribing again updates its one row.
    again = client.post(
        "/accounts/push/subscribe/",
        json.dumps({**subscription, "name": "Laptop"}),
        content_type="application/json",
    )
    assert again.status_code == 201
    assert list(PushDevice.objects.values_list("name", flat=True)) == ["Laptop"]
