"""A demo group that meets in Spanish, with its meetings, its library and its meeting
script in Spanish, so that a Spanish-speaking visitor finds a whole group in their own
language. Safe to run again: found by slug and title."""

import datetime as dt

from django.db import transaction

from accounts.demo import demo_user
from groups.demo import demo_group
from groups.models import Group, JoinPolicy, Visibility
from library.demo import demo_script
from library.models import Category, ItemStatus, ItemVisibility, LibraryItem, Script
from library.services import library_item_create, series_script_set
from meetings import scheduling as meeting_scheduling
from meetings.models import MeetingSeries

SPANISH_GROUP_SLUG = "luz-de-la-tarde"

GROUP = {
    "slug": SPANISH_GROUP_SLUG,
    "name": "Luz de la tarde — familias y alcohol",
    "topic": "familias y alcohol",
    "language": "es",
    "visibility": Visibility.PUBLIC,
    "join_policy": JoinPolicy.OPEN,
    "library_public": True,
    "timezone": "America/Mexico_City",
    "description": (
        "Un grupo pequeño para parejas, madres, padres, hijos y amistades de alguien que "
        "bebe. Nos reunimos para dejar, durante una hora, lo que cargamos toda la semana.\n\n"
        "No tienes que hablar. Muchas personas escuchan durante semanas antes de compartir, "
        "y eso aquí es bienvenido."
    ),
    "guidelines": (
        "1. **Lo que se dice aquí se queda aquí.** No repitas ni captures lo que otros "
        "comparten.\n"
        "2. **Habla desde tu propia experiencia.** Di *yo*, no *tú deberías*.\n"
        "3. **Sin consejos, salvo que alguien los pida.** Escuchar es la ayuda.\n"
        "4. **Una persona a la vez.** Levanta la mano y espera a quien coordina.\n"
        "5. **Si estás en peligro,** llama al número de emergencias de tu zona; los "
        "moderadores también compartirán recursos de crisis."
    ),
}

TEXTS = [
    {
        "title": "Nuestras palabras de apertura",
        "category": Category.READING,
        "order": 10,
        "body": (
            "Bienvenida, bienvenido. Este es un lugar para descansar un momento de lo que "
            "cargamos. Aquí nadie te juzga ni te apura. Puedes escuchar, puedes compartir, "
            "y puedes pasar. Todo está bien."
        ),
    },
    {
        "title": "Aceptar, poco a poco",
        "category": Category.READING,
        "order": 20,
        "body": (
            "Aceptar no es lo mismo que estar de acuerdo con lo que pasó. Es el momento en "
            "que dejamos de discutir con lo que ya es verdad, para tener las manos libres "
            "para lo que sí podemos cambiar: nuestra manera de responder, nuestro descanso, "
            "nuestras propias decisiones.\n\n"
            "Hoy no tengo que resolverlo todo. Me basta con dar el siguiente paso pequeño."
        ),
    },
    {
        "title": "Solo por hoy",
        "category": Category.PAMPHLET,
        "order": 30,
        "body": (
            "Solo por hoy no intentaré arreglar la vida de nadie más.\n\n"
            "Solo por hoy me trataré con la misma paciencia que ofrezco a los demás.\n\n"
            "Solo por hoy recordaré que no estoy sola, que no estoy solo."
        ),
    },
]

SCRIPT_TITLE = "Nuestro formato de la tarde"
SERIES_TITLE = "Reunión de los miércoles"


def _texts(group: Group, owner) -> list[LibraryItem]:
    found = {item.title: item for item in LibraryItem.objects.filter(group=group)}
    items = []
    for spec in TEXTS:
        item = found.get(spec["title"]) or library_item_create(
            actor=owner,
            group=group,
            visibility=ItemVisibility.PUBLIC,
            status=ItemStatus.PUBLISHED,
            **spec,
        )
        items.append(item)
    return items


def _script(group: Group, owner, opening, reading, closing) -> Script:
    return demo_script(
        group,
        owner,
        SCRIPT_TITLE,
        [
            (
                "Bienvenida",
                opening,
                "Quien coordina da la bienvenida y lee nuestras palabras de apertura.",
            ),
            (
                "La lectura de hoy",
                reading,
                "Leemos juntos, en silencio. El chat se abre otra vez después.",
            ),
            (
                "Compartir",
                None,
                "Levanta la mano para compartir. Tres minutos cada persona, para que "
                "haya tiempo para todas. Pasar siempre está bien.",
            ),
            (
                "Cierre",
                closing,
                "Gracias por estar aquí. Lo que se dijo aquí se queda aquí.",
            ),
        ],
    )


@transaction.atomic
def create_demo() -> None:
    owner = demo_user("owner")
    moderator = demo_user("moderator")
    group = demo_group(owner, GROUP)
    opening, reading, closing = _texts(group, owner)
    script = _script(group, owner, opening, reading, closing)
    series = MeetingSeries.objects.filter(group=group, title=SERIES_TITLE).first()
    if series is None:
        series = meeting_scheduling.series_create(
            actor=owner,
            group=group,
            chair=moderator,
            title=SERIES_TITLE,
            format="discussion",
            is_open=True,
            weekdays=[2],
            start_time=dt.time(20, 0),
            start_date=dt.date.today() - dt.timedelta(days=14),  # noqa: DTZ011 (a demo date)
            description="Los miércoles por la tarde. Escuchar o compartir: las dos cosas valen.",
        )
    if not hasattr(series, "script_link"):
        series_script_set(actor=owner, series=series, script=script)
