"""What three people see when a member's words are screened in the room: shared by the
browser tests of screening, in each language it reads."""

from playwright.sync_api import expect

from tests.browser.support import screenshot


def screened_in_three_browsers(
    sam, mira, ash, *, say_as, passes, held, risk, notice, shots=()
) -> None:
    """Sam (a member) says each of ``passes``, which reach Ash (reading), then each of
    ``held``, which wait in Mira's held list (she moderates) and never reach Ash, then
    ``risk``, which gives Sam the crisis notice (holding each of ``notice``) and alerts Mira.
    ``say_as(page, text)`` types and sends as Sam's pages ask; ``shots`` are ``(page, name,
    bottom)`` screenshots taken at the end."""
    ash_shares = ash.get_by_role("list", name="Shares in this meeting")
    for text in passes:
        say_as(sam, text)
        expect(ash_shares).to_contain_text(text)
    for text in held:
        say_as(sam, text)
    waiting = mira.locator("#room-held li")
    for text in held:
        expect(waiting.filter(has_text=text)).to_have_count(1)
    say_as(sam, risk)
    for text in notice:
        expect(sam.locator("#room-notices")).to_contain_text(text)
    expect(mira.locator("#room-notices")).to_contain_text("may be at risk")
    for text in held:
        expect(ash_shares).not_to_contain_text(text)
    for page, name, bottom in shots:
        screenshot(page, name, bottom=bottom)
