"""Every client frame of the room protocol has a control in the pages: docs/protocol.md's
table "Controls in the pages" names one for each frame the server accepts and each frame
the document describes, and each file it names really sends that frame."""

import re
from pathlib import Path

from chat.consumers import FRAMES

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "protocol.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = DOC.index(f"\n## {title}\n")
    end = DOC.find("\n## ", start + 1)
    return DOC[start : end if end != -1 else len(DOC)]


def _controls() -> dict[str, tuple[str, list[str]]]:
    rows = {}
    for line in _section("Controls in the pages").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[0].startswith("`"):
            continue
        frame = cells[0].strip("`")
        files = re.findall(r"`([^`]+\.js)`", cells[2])
        rows[frame] = (cells[1], files)
    return rows


def _documented_client_frames() -> set[str]:
    client = _section("Client frames")
    frames = set()
    for heading in re.findall(r"^### (.+)$", client, flags=re.MULTILINE):
        if heading.strip() == "Moderation frames":
            continue
        frames.update(re.findall(r"`([a-z_.]+)`", heading))
    moderation = client[client.index("### Moderation frames") :]
    frames.update(re.findall(r"^\| `([a-z_.]+)` \|", moderation, flags=re.MULTILINE))
    return frames


def test_every_client_frame_has_a_control_in_the_pages():
    controls = _controls()
    documented = _documented_client_frames()
    assert "section.move" in documented and "queue.reorder" in documented  # the parser works
    missing = (set(FRAMES) | documented) - set(controls)
    assert not missing, f"client frames with no control in docs/protocol.md: {sorted(missing)}"


def test_each_named_file_sends_its_frame():
    controls = _controls()
    for frame, (control, files) in controls.items():
        alias = re.fullmatch(r"same as `([a-z_.]+)`", control)
        if alias:
            assert controls[alias.group(1)][1], f"{frame}: {alias.group(1)} has no control"
            continue
        assert files, f"{frame}: no file named for its control"
        for name in files:
            source = (ROOT / name).read_text(encoding="utf-8")
            assert f'type: "{frame}"' in source, f"{name} never sends {frame}"


def test_the_table_names_no_frame_the_server_does_not_accept():
    assert set(_controls()) <= set(FRAMES)
