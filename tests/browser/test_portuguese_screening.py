"""Screening in Portuguese through the pages: Sam, a member, writes in Portuguese as many
Brazilian and Portuguese members do. Ash, reading in a third browser, sees an everyday figure
with dying in it and an offer of a lift home; a taunt urging death and a threat to tell
someone's pastor wait in Mira's held list; Sam's own risk, told in Portuguese, gives him the
crisis notice in Portuguese, with Brazil's and Portugal's lines, and alerts Mira in another
browser."""

import pytest

from tests.browser.screening_flow import screened_in_the_drop_in


@pytest.mark.browser
def test_portuguese_risk_alerts_a_moderator_taunts_are_held_and_an_idiom_passes(
    live_site, browser, browser_problems, page, another_page
):
    mira, sam = page, another_page
    screened_in_the_drop_in(
        live_site,
        browser,
        browser_problems,
        page,
        another_page,
        group_language="pt",
        # An everyday figure with dying in it, and an offer of help.
        passes=(
            "tô morrendo de saudade da minha mãe, faz dois anos que não vou pra casa",
            "vou ligar pro seu marido pra ele vir te buscar depois da reunião, tá bom?",
        ),
        # Death urged, and a threat to tell someone's pastor.
        held=("se mata logo, ninguém liga pra você", "vou contar tudo pro seu pastor domingo"),
        # His own risk, in Portuguese: the group meets in Portuguese, so its notice is too.
        risk="não aguento mais, já tenho os comprimidos guardados pra hoje à noite",
        notice=("Você não está sozinho", "Ligue 188", "808 24 24 24"),
        shots=(
            (sam, "room-portuguese-crisis-notice", "#room-notices"),
            (mira, "room-portuguese-held-and-alert", "#room-held"),
        ),
    )
