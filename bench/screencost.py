"""The time one process spends screening a message (``moderation.posting.message_screen``).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kindred_bench \\
        .venv/bin/python -m bench.screencost [--rounds 50]

Creates a room (bench.fixtures), reads its rules once (as a worker keeps them), then
screens a fixed mix of ordinary shares, risky ones and long ones, ``rounds`` times each,
and prints the median and the 99th percentile microseconds per message as JSON. The
author's standing is read once, as the room socket hands it over with the message."""

import argparse
import json
import os
import statistics
import sys
import time

SAMPLES = (
    "Hi everyone, I'm new here and a bit nervous.",
    "Thank you for sharing that, it really helped me tonight.",
    "My sponsor says one day at a time and I'm trying to believe it.",
    "This week has been killing me, work is relentless.",
    "I'm dying to see my kids this weekend.",
    "My dad died two years ago and the holidays are still hard.",
    "I want to die, I can't do this anymore.",
    "Go kill yourselves, all of you.",
    "Call me on +44 7700 900123 after the meeting.",
    "Add me on WhatsApp, same name as here.",
    "Cheap pills, no prescription, DM me for the link.",
    "I set a boundary with my mother today and didn't apologise for it. "
    "It felt strange and scary and also like the first honest thing I've done in years. "
    "I kept wanting to explain myself, to soften it, to make sure she wasn't upset with me. "
    "Instead I just sat with the discomfort, like we talked about last week, and it passed.",
)

# Arabic, and Arabic in Latin letters (moderation/screening/arabic.py), timed apart: an
# English message only pays for the quick look that tells it is not Arabic.
ARABIC_SAMPLES = (
    "مساء الخير يا جماعة، دي أول مرة أحضر هنا",
    "النهارده كملت ٩٠ يوم من غير شرب الحمد لله 🙏",
    "بحبك موت يا سلمى، ربنا يخليكي لينا",
    "خلاص ما عاد فيني، بدي موت الليلة، الحبل جاهز بالغرفة",
    "روح موت يا حمار وريحنا منك",
    "ضيفوني عالواتساب، منحكي اريح من هون",
    "ana 3ayez amoot w 5alas, el 7bob odamy dlwa2ty",
    "قبل ثلاث سنوات حاولت الانتحار بعد ليلة شرب طويلة، واستيقظت في المستشفى ولم أكن أريد أن "
    "أستيقظ. اليوم أحتفل بسنتين من التعافي، وأقول لكل من يشعر بنفس الشيء الآن: تكلم، اطلب "
    "المساعدة، الحمد لله أنني بقيت",
)

# Tagalog and Taglish (moderation/screening/tagalog.py), timed apart as Arabic is.
TAGALOG_SAMPLES = (
    "magandang gabi po mga kabayan, first time ko po dito",
    "2 years na po si mister na walang sugal, salamat sa inyong lahat 🙏",
    "muntik na ko mamatay sa kakatawa kanina sa kwento ni ate",
    "pagod na pagod na ako, gusto ko na talagang mamatay ngayong gabi",
    "tanga ka talaga, magpakamatay ka na lang",
    "isusumbong kita sa agency mo bukas",
    "sis i-screenshot mo lahat ng threats ng asawa mo, yan ang ebidensya mo sa barangay",
    "dati halos araw araw ako sa e-sabong at umiinom ng gin bilog tuwing gabi, tapos nung "
    "nalaman ng asawa ko na sinugal ko yung pinadala nyang pera galing Dubai, umalis sya kasama "
    "ang mga bata. ngayon 300 days na akong malinis at unti-unti na kaming nag-uusap ulit",
)

# Portuguese, Brazilian and European (moderation/screening/portuguese.py), timed apart too.
PORTUGUESE_SAMPLES = (
    "boa noite gente, primeira vez aqui, tô meio nervosa",
    "hoje faz 90 dias que meu marido não joga, obrigada a todos 🙏",
    "tô morrendo de saudade da minha mãe, vou matar a saudade no natal",
    "não aguento mais, já tenho os comprimidos guardados pra hoje à noite",
    "se mata logo, ninguém liga pra você",
    "vou contar tudo pro seu pastor domingo",
    "me chama no zap que eu te explico melhor",
    "quando eu bebia eu achava que ninguém ia sentir minha falta, e quase fiz uma besteira. "
    "hoje tenho três anos limpo, voltei a falar com meus filhos e aprendi a pedir ajuda antes "
    "de chegar no fundo do poço de novo",
)


def _figures(times: list[float]) -> dict:
    times = sorted(times)
    return {
        "messages": len(times),
        "median_us": round(1e6 * statistics.median(times), 1),
        "p99_us": round(1e6 * times[int(len(times) * 0.99)], 1),
        "max_us": round(1e6 * times[-1], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kindred.settings")
    import django

    django.setup()
    from accounts.models import User
    from bench.fixtures import create_rooms
    from kindred.policy import standing_for
    from meetings.models import Occurrence
    from moderation.posting import message_screen

    room = create_rooms(rooms=1, people=3, label="sc")["rooms"][0]
    author = User.objects.filter(pk__in=room["user_ids"]).order_by("pk")[1]
    occurrence = Occurrence.objects.select_related("series__group").get(pk=room["occurrence_id"])
    standing = standing_for(user=author, group=occurrence.series.group, joined_at=True)

    def screen(body: str) -> None:
        message_screen(occurrence=occurrence, author=author, body=body, standing=standing)

    for body in SAMPLES + ARABIC_SAMPLES + TAGALOG_SAMPLES + PORTUGUESE_SAMPLES:
        screen(body)  # the rules are read and compiled once, as a worker keeps them
    times: dict[tuple, list[float]] = {
        SAMPLES: [],
        ARABIC_SAMPLES: [],
        TAGALOG_SAMPLES: [],
        PORTUGUESE_SAMPLES: [],
    }
    for _ in range(args.rounds):
        for samples, timed in times.items():
            for body in samples:
                start = time.perf_counter()
                screen(body)
                timed.append(time.perf_counter() - start)
    json.dump(
        {
            **_figures(times[SAMPLES]),
            "arabic": _figures(times[ARABIC_SAMPLES]),
            "tagalog": _figures(times[TAGALOG_SAMPLES]),
            "portuguese": _figures(times[PORTUGUESE_SAMPLES]),
        },
        sys.stdout,
        indent=1,
    )
    print()


if __name__ == "__main__":
    main()
