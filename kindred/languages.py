"""The languages a group or a meeting can be held in: stored as a code (BCP 47, mostly
ISO 639-1), shown by name, and mapped to the Meeting Guide spec's own language types
(code4recovery/spec, data/types.json: "S" is Spanish there, "POL" Polish), which are not
ISO codes. A language the spec has no type for (Arabic, say) simply adds none."""

from typing import NamedTuple


class MeetingLanguage(NamedTuple):
    code: str
    name: str  # in English
    native: str  # in the language itself, so its speakers find it
    meeting_guide: str | None


LANGUAGES: tuple[MeetingLanguage, ...] = (
    MeetingLanguage("am", "Amharic", "አማርኛ", "AM"),
    MeetingLanguage("ar", "Arabic", "العربية", None),
    MeetingLanguage("ase", "American Sign Language", "ASL", "ASL"),
    MeetingLanguage("da", "Danish", "Dansk", "DA"),
    MeetingLanguage("de", "German", "Deutsch", "DE"),
    MeetingLanguage("el", "Greek", "Ελληνικά", "EL"),
    MeetingLanguage("en", "English", "English", "EN"),
    MeetingLanguage("es", "Spanish", "Español", "S"),
    MeetingLanguage("fa", "Persian", "فارسی", "FA"),
    MeetingLanguage("fi", "Finnish", "Suomi", None),
    MeetingLanguage("fr", "French", "Français", "FR"),
    MeetingLanguage("he", "Hebrew", "עברית", "HE"),
    MeetingLanguage("hi", "Hindi", "हिन्दी", "HI"),
    MeetingLanguage("hr", "Croatian", "Hrvatski", "HR"),
    MeetingLanguage("hu", "Hungarian", "Magyar", "HU"),
    MeetingLanguage("it", "Italian", "Italiano", "ITA"),
    MeetingLanguage("ja", "Japanese", "日本語", "JA"),
    MeetingLanguage("ko", "Korean", "한국어", "KOR"),
    MeetingLanguage("lt", "Lithuanian", "Lietuvių", "LT"),
    MeetingLanguage("ml", "Malayalam", "മലയാളം", "ML"),
    MeetingLanguage("nl", "Dutch", "Nederlands", None),
    MeetingLanguage("no", "Norwegian", "Norsk", "NO"),
    MeetingLanguage("pa", "Punjabi", "ਪੰਜਾਬੀ", "PUN"),
    MeetingLanguage("pl", "Polish", "Polski", "POL"),
    MeetingLanguage("pt", "Portuguese", "Português", "POR"),
    MeetingLanguage("ru", "Russian", "Русский", "RUS"),
    MeetingLanguage("sk", "Slovak", "Slovenčina", "SK"),
    MeetingLanguage("sv", "Swedish", "Svenska", "SV"),
    MeetingLanguage("th", "Thai", "ไทย", "TH"),
    MeetingLanguage("tl", "Tagalog", "Tagalog", "TL"),
    MeetingLanguage("tr", "Turkish", "Türkçe", None),
    MeetingLanguage("uk", "Ukrainian", "Українська", "UK"),
    MeetingLanguage("vi", "Vietnamese", "Tiếng Việt", None),
    MeetingLanguage("zh", "Chinese", "中文", None),
)

BY_CODE = {language.code: language for language in LANGUAGES}


def language_choices() -> list[tuple[str, str]]:
    """For a select: "Spanish (Español)", ordered by the English name."""
    return sorted(
        (
            (lang.code, lang.name if lang.name == lang.native else f"{lang.name} ({lang.native})")
            for lang in LANGUAGES
        ),
        key=lambda choice: choice[1],
    )


def language_name(code: str) -> str:
    """The English name of ``code``, or the code itself if it is not one we know."""
    language = BY_CODE.get(code)
    return language.name if language else code


def meeting_guide_type(code: str) -> str | None:
    """The Meeting Guide spec's type for meetings held in ``code``, if the spec has one."""
    language = BY_CODE.get(code)
    return language.meeting_guide if language else None
