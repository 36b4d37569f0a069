"""Passkeys as the second factor: a person adds one from the two-factor settings
(Chromium's virtual authenticator plays the phone or security key), signs out, and signs
in with their password and the passkey; that also meets the two-factor requirement of
group owners and moderators."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

PASSWORD = "a calm and long passphrase 42"


@pytest.mark.browser
def test_owner_adds_a_passkey_and_signs_in_with_it(live_site, page, user_factory, group_factory):
    from allauth.mfa.models import Authenticator

    # WebAuthn needs a host name, not an address, as the site's identity.
    site = live_site().replace("127.0.0.1", "localhost").rstrip("/")
    dana = user_factory(display_name="Dana")
    group_factory(owner=dana)  # an owner: asked for a second factor
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )

    page.goto(site + reverse("account_login"))
    page.get_by_label("Email").fill(dana.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(site + reverse("home"))

    page.goto(site + reverse("mfa_index"))
    page.get_by_role("link", name="Add").click()
    if "/reauthenticate/" in page.url:  # allauth confirms the password before changes
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(site + reverse("mfa_add_webauthn"))
    page.get_by_label("Name").fill("My phone")
    page.get_by_role("button", name="Add").click()
    page.wait_for_url(lambda url: "/webauthn/add/" not in url)
    assert Authenticator.objects.filter(user=dana, type="webauthn").count() == 1

    dana.refresh_from_db()
    assert dana.two_factor_due_at is None  # the passkey is her second factor

    page.get_by_role("button", name="Log out").click()
    page.goto(site + reverse("account_login"))
    page.get_by_label("Email").fill(dana.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.get_by_role("button", name="Use a security key").click()
    page.wait_for_url(site + reverse("home"))
    expect(page.get_by_role("link", name="Dana")).to_be_visible()
