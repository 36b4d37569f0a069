"""Language that suggests a risk of self-harm, and the resources sent to its author.

A match is never silently dropped: the message is still posted (or held if a rule says so),
the author at once gets a calm private notice with crisis resources, and the room's
moderators get an alert. A false positive costs one gentle notice; a miss could cost far
more, so the patterns lean towards matching. What counts as crisis language lives with the
other rule sets in moderation.screening (first-person risk now, not talk about others or
the past); this module keeps the resources.
"""

from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from chat.selectors import message_html_fits
from kindred.text import render_markdown
from moderation.screening import crisis_words


def crisis_match(text: str) -> str | None:
    """The words in ``text`` that read as first-person risk now, or None."""
    return crisis_words(text) or None


# The site's default resources. Override with settings.KINDRED_CRISIS_RESOURCES (a list of
# (name, how to reach, url or "")) without touching code.
DEFAULT_RESOURCES: tuple[tuple[str, str, str], ...] = (
    ("988 Suicide & Crisis Lifeline (US)", "Call or text 988", "https://988lifeline.org/"),
    (
        "Samaritans (UK and Ireland)",
        "Call 116 123, free, day or night",
        "https://www.samaritans.org/",
    ),
    (
        "Find a Helpline (international directory)",
        "Free, confidential helplines in many countries",
        "https://findahelpline.com/",
    ),
)

# Resources and notice for groups that meet in another language, by language code
# (kindred/languages.py). Override with settings.KINDRED_CRISIS_RESOURCES_BY_LANGUAGE, a
# dict of code to the same kind of list; the international directory closes every list.
# The numbers were checked against published sources (the 024 line, Teléfono de la
# Esperanza, Línea de la Vida, the 135 and 0800 999 0091 lines, Bogotá's 106 and the
# Ministry of Health's 192 option 4, 988's Spanish option); check them again now and then.
LANGUAGE_RESOURCES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "es": (
        (
            "Línea 024 de atención a la conducta suicida (España)",
            "Llama al 024, gratis, a cualquier hora",
            "https://www.sanidad.gob.es/linea024/",
        ),
        (
            "Teléfono de la Esperanza (España)",
            "Llama al 717 003 717, a cualquier hora",
            "https://telefonodelaesperanza.org/",
        ),
        (
            "Línea de la Vida (México)",
            "Llama al 800 911 2000, gratis, a cualquier hora",
            "https://findahelpline.com/",
        ),
        (
            "Centro de Asistencia al Suicida (Argentina)",
            "Llama al 135, gratis, desde la Ciudad y el Gran Buenos Aires, o al (011) 5275-1135 "
            "desde todo el país",
            "https://www.asistenciaalsuicida.org.ar/",
        ),
        (
            "Línea de Salud Mental del Ministerio de Salud (Argentina)",
            "Llama al 0800 999 0091, gratis, a cualquier hora",
            "https://findahelpline.com/",
        ),
        (
            "Línea 106 (Bogotá, Colombia)",
            "Llama al 106, gratis, a cualquier hora; en el resto del país, al 192 y marca la "
            "opción 4",
            "https://findahelpline.com/",
        ),
        (
            "988 Lifeline en español (EE. UU.)",
            "Llama al 988 y marca 2, o escribe AYUDA al 988",
            "https://988lifeline.org/es/",
        ),
        (
            "Find a Helpline (directorio internacional)",
            "Líneas de ayuda gratuitas y confidenciales en muchos países",
            "https://findahelpline.com/",
        ),
    ),
    # Portuguese: Brazil's CVV (188) and Portugal's SNS 24 psychological counselling (808 24 24
    # 24, option 4), as those services publish them; check them with the others.
    "pt": (
        (
            "CVV, Centro de Valorização da Vida (Brasil)",
            "Ligue 188, grátis, a qualquer hora, ou converse pelo chat do site",
            "https://cvv.org.br/",
        ),
        (
            "SNS 24, aconselhamento psicológico (Portugal)",
            "Ligue 808 24 24 24 e escolha a opção 4, a qualquer hora",
            "https://www.sns24.gov.pt/",
        ),
        (
            "Find a Helpline (diretório internacional)",
            "Linhas de apoio gratuitas e confidenciais em muitos países",
            "https://findahelpline.com/",
        ),
    ),
    # Arabic: lines run by national programmes or long-standing charities, and the directory
    # for the many countries without one.
    "ar": (
        (
            "Embrace Lifeline (لبنان)",
            "اتصل على 1564، خط الدعم النفسي والوقاية من الانتحار",
            "https://embracelebanon.org/",
        ),
        (
            "800HOPE (الإمارات)",
            "اتصل على 8004673، دعم نفسي مجاني",
            "https://findahelpline.com/",
        ),
        (
            "Find a Helpline (دليل دولي)",
            "خطوط مساعدة مجانية وسرية في بلدان كثيرة، ومنها بلدك",
            "https://findahelpline.com/",
        ),
    ),
}
LANGUAGE_NOTICES = {
    "es": (
        "Parece que estás cargando con algo muy pesado ahora mismo. No estás solo ni sola, y "
        "mereces apoyo. Si estás en peligro, llama al número de emergencias de tu país (112 en "
        "Europa, 911 en América). Puedes hablar con alguien ahora, gratis:",
        "Los moderadores del grupo lo saben, así que alguien puede escribirte.",
    ),
    "pt": (
        "Parece que você está carregando algo muito pesado agora. Você não está sozinho nem "
        "sozinha, e merece apoio. Se estiver em perigo, ligue para o número de emergência do seu "
        "país (192 ou 190 no Brasil, 112 em Portugal e na Europa). Você pode falar com alguém "
        "agora, de graça:",
        "Os moderadores do grupo foram avisados, para que alguém possa falar com você.",
    ),
    "ar": (
        "يبدو أنك تحمل شيئاً ثقيلاً جداً الآن. لست وحدك، وتستحق الدعم. إذا كنت في خطر، اتصل "
        "برقم الطوارئ في بلدك. يمكنك أن تتحدث مع أحد الآن، مجاناً:",
        "مشرفو المجموعة على علم، لكي يتواصل معك أحدهم.",
    ),
}

NOTICE_INTRO = (
    "It sounds like you may be carrying something very heavy right now. You are not alone, "
    "and you deserve support. If you are in danger, please call your local emergency number. "
    "You can talk to someone now, for free:"
)


NOTICE_TOLD = "The group's moderators have been told, so someone can reach out to you."

# When a group's own resources are too long to travel with the notice: where they are.
OWN_RESOURCES_ELSEWHERE = "The group's own resources are on its page, under its guidelines."
LANGUAGE_OWN_RESOURCES_ELSEWHERE = {
    "es": "Los recursos propios del grupo están en su página, junto a sus pautas.",
    "pt": "Os recursos do próprio grupo estão na página dele, junto às suas diretrizes.",
    "ar": "موارد المجموعة الخاصة في صفحتها، مع إرشاداتها.",
}


def site_resources(language: str = "") -> tuple[tuple[str, str, str], ...]:
    """The site's resources for a group meeting in ``language``: its own list where the
    site has one for that language, else the default list."""
    by_language = getattr(settings, "KINDRED_CRISIS_RESOURCES_BY_LANGUAGE", LANGUAGE_RESOURCES)
    if language and language in by_language:
        return tuple(by_language[language])
    return tuple(getattr(settings, "KINDRED_CRISIS_RESOURCES", DEFAULT_RESOURCES))


def _notice(group) -> tuple[str, str, str]:
    language = getattr(group, "language", "") or ""
    intro, told = LANGUAGE_NOTICES.get(language, (NOTICE_INTRO, NOTICE_TOLD))
    return language, intro, told


def resources_html(group=None) -> SafeString:
    """The calm notice as HTML: site resources, then the group's own (Markdown, sanitized)."""
    language, intro, told = _notice(group)
    items = format_html_join(
        "",
        '<li><a href="{}" rel="noopener noreferrer" target="_blank">{}</a>: {}</li>',
        ((url, name, how) for name, how, url in site_resources(language)),
    )
    html = f'<p>{intro}</p><ul class="crisis-resources">{items}</ul>'
    if group is not None and group.crisis_resources.strip():
        own = render_markdown(group.crisis_resources)
        # The notice travels in one frame of the room socket: a group's own resources too
        # long for it (stored before they were capped) are pointed to, never lost with it.
        html += (
            own
            if message_html_fits(own)
            else format_html(
                "<p>{}</p>",
                LANGUAGE_OWN_RESOURCES_ELSEWHERE.get(language, OWN_RESOURCES_ELSEWHERE),
            )
        )
    html += f"<p>{told}</p>"
    return mark_safe(html)  # noqa: S308 - built from our own constants, escaped values and sanitize()


def resources_text(group=None) -> str:
    language, intro, _told = _notice(group)
    lines = [intro]
    lines += [f"- {name}: {how} ({url})" for name, how, url in site_resources(language)]
    if group is not None and group.crisis_resources.strip():
        lines.append(group.crisis_resources.strip())
    return "\n".join(lines)
