"""Screening in Tagalog through the pages: Sam, a member, writes in Tagalog and Taglish as
many Filipino members do. Ash, reading in a third browser, sees an everyday figure with dying
in it and a piece of advice; a taunt urging death and a threat to report someone to their
agency wait in Mira's held list; Sam's own risk, told in Tagalog, gives him the crisis notice
and alerts Mira in another browser."""

import pytest

from tests.browser.screening_flow import screened_in_the_drop_in


@pytest.mark.browser
def test_tagalog_risk_alerts_a_moderator_taunts_are_held_and_an_idiom_passes(
    live_site, browser, browser_problems, page, another_page
):
    mira, sam = page, another_page
    screened_in_the_drop_in(
        live_site,
        browser,
        browser_problems,
        page,
        another_page,
        # An everyday figure with dying in it, and advice to speak first.
        passes=(
            "grabe muntik na ko mamatay sa kakatawa kanina sa kwento ni ate",
            "sabihin mo na sa agency mo bago pa nila malaman sa iba, mas maiintindihan ka nila",
        ),
        # Death urged, and a threat to report someone to their agency.
        held=("sana mamatay ka na, wala kang kwenta", "isusumbong kita sa agency mo bukas"),
        # His own risk, in Tagalog.
        risk="pagod na pagod na ako, gusto ko na talagang mamatay ngayong gabi",
        notice=("You are not alone",),
        shots=(
            (sam, "room-tagalog-crisis-notice", "#room-notices"),
            (mira, "room-tagalog-held-and-alert", "#room-held"),
        ),
    )
