"""The languages a group or a meeting can be held in: stored as a code (BCP 47, mostly
ISO 639-1), shown by name, and mapped to the Meeting Guide spec's own language types
(code4recovery/spec, data/types.json: "S" is Spanish there, "POL" Polish), which are not
ISO codes. A language the spec has no type for (Arabic, say) simply adds none."""

from typing import NamedTuple

from django.utils.translation import gettext, gettext_noop


class MeetingLanguage(NamedTuple):
    code: str
    name: str  # in English (marked for translation: gettext(name) in the viewer's language)
    native: str  # in the language itself, so its speakers find it
    meeting_guide: str | None


LANGUAGES: tuple[MeetingLanguage, ...] = (
    MeetingLanguage("am", gettext_noop("Amharic"), "አማርኛ", "AM"),
    MeetingLanguage("ar", gettext_noop("Arabic"), "العربية", None),
    MeetingLanguage("ase", gettext_noop("American Sign Language"), "ASL", "ASL"),
    MeetingLanguage("da", gettext_noop("Danish"), "Dansk", "DA"),
    MeetingLanguage("de", gettext_noop("German"), "Deutsch", "DE"),
    MeetingLanguage("el", gettext_noop("Greek"), "Ελληνικά", "EL"),
    MeetingLanguage("en", gettext_noop("English"), "English", "EN"),
    MeetingLanguage("es", gettext_noop("Spanish"), "Español", "S"),
    MeetingLanguage("fa", gettext_noop("Persian"), "فارسی", "FA"),
    MeetingLanguage("fi", gettext_noop("Finnish"), "Suomi", None),
    MeetingLanguage("fr", gettext_noop("French"), "Français", "FR"),
    MeetingLanguage("he", gettext_noop("Hebrew"), "עברית", "HE"),
    MeetingLanguage("hi", gettext_noop("Hindi"), "हिन्दी", "HI"),
    MeetingLanguage("hr", gettext_noop("Croatian"), "Hrvatski", "HR"),
    MeetingLanguage("hu", gettext_noop("Hungarian"), "Magyar", "HU"),
    MeetingLanguage("it", gettext_noop("Italian"), "Italiano", "ITA"),
    MeetingLanguage("ja", gettext_noop("Japanese"), "日本語", "JA"),
    MeetingLanguage("ko", gettext_noop("Korean"), "한국어", "KOR"),
    MeetingLanguage("lt", gettext_noop("Lithuanian"), "Lietuvių", "LT"),
    MeetingLanguage("ml", gettext_noop("Malayalam"), "മലയാളം", "ML"),
    MeetingLanguage("nl", gettext_noop("Dutch"), "Nederlands", None),
    MeetingLanguage("no", gettext_noop("Norwegian"), "Norsk", "NO"),
    MeetingLanguage("pa", gettext_noop("Punjabi"), "ਪੰਜਾਬੀ", "PUN"),
    MeetingLanguage("pl", gettext_noop("Polish"), "Polski", "POL"),
    MeetingLanguage("pt", gettext_noop("Portuguese"), "Português", "POR"),
    MeetingLanguage("ru", gettext_noop("Russian"), "Русский", "RUS"),
    MeetingLanguage("sk", gettext_noop("Slovak"), "Slovenčina", "SK"),
    MeetingLanguage("sv", gettext_noop("Swedish"), "Svenska", "SV"),
    MeetingLanguage("th", gettext_noop("Thai"), "ไทย", "TH"),
    MeetingLanguage("tl", gettext_noop("Tagalog"), "Tagalog", "TL"),
    MeetingLanguage("tr", gettext_noop("Turkish"), "Türkçe", None),
    MeetingLanguage("uk", gettext_noop("Ukrainian"), "Українська", "UK"),
    MeetingLanguage("vi", gettext_noop("Vietnamese"), "Tiếng Việt", None),
    MeetingLanguage("zh", gettext_noop("Chinese"), "中文", None),
)

BY_CODE = {language.code: language for language in LANGUAGES}


def language_choices() -> list[tuple[str, str]]:
    """For a select: "Spanish (Español)" in the viewer's language, ordered by that name."""
    choices = []
    for lang in LANGUAGES:
        name = gettext(lang.name)
        choices.append((lang.code, name if name == lang.native else f"{name} ({lang.native})"))
    return sorted(choices, key=lambda choice: choice[1].casefold())


def language_name(code: str) -> str:
    """The English name of ``code``, or the code itself if it is not one we know."""
    language = BY_CODE.get(code)
    return language.name if language else code


def meeting_guide_type(code: str) -> str | None:
    """The Meeting Guide spec's type for meetings held in ``code``, if the spec has one."""
    language = BY_CODE.get(code)
    return language.meeting_guide if language else None
