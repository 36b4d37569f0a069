"""What docs/protocol.md says the room socket sends and takes, and what the code can send.

``documented()`` parses the doc: client frame types (the headings and the moderation table
under "Client frames"), server frame types (the headings under "Server frames"), error
codes (the table under "Error codes") and close codes (the table under "Close codes").

``sendable()`` reads the source: the frame types the consumer builds, the close codes it
uses, and every error code that can reach a socket. Error codes are found by following
calls from the room socket's modules (chat/consumers.py and its parts, chat/frames.py,
chat/roomcalls.py, the room calls and posting rules registered in chat/registry.py) through
the project's own functions, and
collecting every ``code="..."`` given to an error, every error raised with its class's
default code, and every code the consumer sends itself.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import textwrap
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "protocol.md"
PROJECT = ("chat", "moderation", "kindred", "library", "meetings", "groups", "accounts")


def _section(text: str, heading: str) -> str:
    """The text under ``heading`` up to the next heading of the same or a higher level."""
    level = len(heading) - len(heading.lstrip("#"))
    start = text.index(heading + "\n")
    rest = text[start + len(heading) + 1 :]
    ends = [m.start() for m in re.finditer(rf"^#{{1,{level}}} ", rest, re.M)]
    return rest[: ends[0]] if ends else rest


def _table_first_column(section: str) -> list[str]:
    rows = []
    for line in section.splitlines():
        if line.startswith("|") and not re.match(r"^\|[-| ]+\|$", line):
            rows.append(line.split("|")[1].strip())
    return rows[1:]  # without the header


def documented() -> dict[str, set]:
    text = DOC.read_text()
    client = _section(text, "## Client frames")
    client_types = set()
    for heading in re.findall(r"^### (.*)$", client, re.M):
        client_types.update(re.findall(r"`([a-z_.]+)`", heading))
    moderation = _section(client, "### Moderation frames")
    client_types.update(c.strip("`") for c in _table_first_column(moderation))
    server = _section(text, "## Server frames")
    server_types = set()
    for heading in re.findall(r"^### (.*)$", server, re.M):
        server_types.update(re.findall(r"`([a-z_.]+)`", heading))
    errors = set()
    for cell in _table_first_column(_section(text, "#### Error codes")):
        errors.update(re.findall(r"`([a-z_]+)`", cell))
    closes = set()
    for cell in _table_first_column(_section(text, "## Close codes")):
        closes.update(int(code) for code in re.findall(r"\d{4}", cell))
    return {"client": client_types, "server": server_types, "errors": errors, "close": closes}


# --- the source ------------------------------------------------------------------------------

_ERROR_DEFAULTS: dict[str, str] = {}


def _error_classes() -> dict[str, str]:
    """Error class name -> its default code, for every ServiceError the project defines."""
    if not _ERROR_DEFAULTS:
        from kindred.errors import ServiceError

        def walk(cls):
            for sub in cls.__subclasses__():
                if sub.__module__.split(".")[0] in PROJECT:
                    _ERROR_DEFAULTS[sub.__name__] = sub.code
                walk(sub)

        _ERROR_DEFAULTS["ServiceError"] = ServiceError.code
        walk(ServiceError)
    return _ERROR_DEFAULTS


def _is_ours(obj) -> bool:
    module = getattr(obj, "__module__", None) or ""
    return module.split(".")[0] in PROJECT


def _resolve(node: ast.expr, scope: dict):
    """The project function (or module) a call's target names, if any."""
    if isinstance(node, ast.Name):
        return scope.get(node.id)
    if isinstance(node, ast.Call) and not node.args and not node.keywords:
        # ``_moderation().posting_check``: a no-argument helper that imports a module late.
        helper = _resolve(node.func, scope)
        if inspect.isfunction(helper) and _is_ours(helper) and _imports_late(helper):
            return helper()
    if isinstance(node, ast.Attribute):
        owner = _resolve(node.value, scope)
        if isinstance(owner, types.ModuleType) or inspect.isclass(owner):
            return getattr(owner, node.attr, None)
    return None


def _imports_late(function) -> bool:
    source = inspect.getsource(function)
    return "import" in source and function.__code__.co_argcount == 0


def _codes_in(
    tree: ast.AST, scope: dict, found: set[str], follow: list, trace=None, where=""
) -> None:
    classes = _error_classes()
    scope = dict(scope)
    for node in ast.walk(tree):  # imports inside functions
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] not in PROJECT:
                continue
            module = importlib.import_module(node.module)
            for alias in node.names:
                name = alias.asname or alias.name
                value = getattr(module, alias.name, None)
                if value is None:
                    value = importlib.import_module(f"{node.module}.{alias.name}")
                scope[name] = value
    for node in ast.walk(tree):  # ``moderation = _moderation()``
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
        ):
            value = _resolve(node.value, scope) if not node.value.args else None
            if isinstance(value, types.ModuleType):
                scope[node.targets[0].id] = value
        if isinstance(node, ast.NamedExpr) and isinstance(node.value, ast.Call):
            value = _resolve(node.value, scope) if not node.value.args else None
            if isinstance(value, types.ModuleType):
                scope[node.target.id] = value
    for node in ast.walk(tree):
        if isinstance(node, ast.Name | ast.Attribute) and not isinstance(
            getattr(node, "ctx", None), ast.Store
        ):
            referred = _resolve(node, scope)
            if inspect.isfunction(referred) and _is_ours(referred):
                follow.append(referred)  # called, or handed on to be called
        if not isinstance(node, ast.Call):
            continue
        if getattr(node.func, "id", None) == "RoomRefused":
            continue  # an admission refusal: a close code, never an error frame
        target = _resolve(node.func, scope)
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        code = next((k.value for k in node.keywords if k.arg == "code"), None)
        if isinstance(code, ast.Constant) and isinstance(code.value, str):
            found.add(code.value)
            if trace is not None:
                trace.setdefault(code.value, where)
        elif name in classes and code is None:
            found.add(classes[name])
            if trace is not None:
                trace.setdefault(classes[name], where)
        if name in ("FrameError", "send_error", "_send_error") and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
        if inspect.isclass(target) and _is_ours(target) and not issubclass(target, Exception):
            follow.extend(f for f in vars(target).values() if inspect.isfunction(f) and _is_ours(f))


def error_codes_reachable(*, trace: dict | None = None) -> set[str]:
    """Every error code that can reach a room socket (see the module's docstring)."""
    from chat import frames, posting, registry, roomcalls

    found: set[str] = set()
    follow: list = []
    for module in (*_consumer_modules(), frames, roomcalls):
        _codes_in(ast.parse(inspect.getsource(module)), vars(module), found, follow)
    # Reached through what the apps above chat registered (chat/registry.py).
    follow.extend(registry.room_call_for(kind) for kind in registry.room_calls())
    follow.extend(posting.posting_checks())
    rules = registry.posting_rules()
    follow.extend(getattr(rules, name) for name in rules.__slots__)
    seen: set = set()
    while follow:
        function = follow.pop()
        if function in seen:
            continue
        seen.add(function)
        try:
            source = textwrap.dedent(inspect.getsource(function))
        except (OSError, TypeError):
            continue
        scope = {**vars(inspect.getmodule(function)), **_closure(function)}
        _codes_in(ast.parse(source), scope, found, follow, trace, function.__qualname__)
    return found


def _closure(function) -> dict:
    names = function.__code__.co_freevars
    cells = function.__closure__ or ()
    out = {}
    for name, cell in zip(names, cells, strict=False):
        try:
            out[name] = cell.cell_contents
        except ValueError:
            continue
    return out


def server_frame_types() -> set[str]:
    """The frame types chat/consumers.py and its parts build."""
    source = "".join(inspect.getsource(module) for module in _consumer_modules())
    return set(re.findall(r'\{\s*"type":\s*"([a-z_.]+)"', source))


def _consumer_modules() -> tuple[types.ModuleType, ...]:
    """chat/consumers.py, the modules its class is made of and chat/wire.py (the frames it
    encodes once for every socket)."""
    from chat import consumers, wire

    parts = {inspect.getmodule(cls) for cls in consumers.RoomConsumer.__mro__ if _is_ours(cls)}
    return (*sorted(parts, key=lambda module: module.__name__), wire)


def close_codes_used() -> set[int]:
    """The close codes the consumer and the services that close sockets use."""
    from kindred.events import CloseCode

    return {int(code) for code in CloseCode}


def server_frame_doc(frame_type: str) -> str:
    """What docs/protocol.md says about one server frame: its section under "Server frames"
    (the heading that names ``frame_type``), examples and prose."""
    server = _section(DOC.read_text(), "## Server frames")
    for heading in re.findall(r"^### .*$", server, re.M):
        if f"`{frame_type}`" in heading:
            return _section(server, heading)
    raise KeyError(frame_type)


def documents_field(frame_type: str, field: str) -> bool:
    """The frame's section names ``field``: as a key in an example or in backquotes."""
    text = server_frame_doc(frame_type)
    return f'"{field}"' in text or f"`{field}`" in text


def frame_fields_built(*modules) -> dict[str, set[str]]:
    """Frame type -> the keys written in the dict literals that build it in ``modules``
    (``{"type": "pong", "state": ..., **rest}`` gives ``{"state"}``; what ``**rest`` adds
    is checked where it is built)."""
    fields: dict[str, set[str]] = {}
    for module in modules:
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if not isinstance(node, ast.Dict):
                continue
            keys = [k.value if isinstance(k, ast.Constant) else None for k in node.keys]
            if "type" not in keys:
                continue
            frame_type = node.values[keys.index("type")]
            if not isinstance(frame_type, ast.Constant) or not isinstance(frame_type.value, str):
                continue
            fields.setdefault(frame_type.value, set()).update(
                k for k in keys if isinstance(k, str) and k != "type"
            )
    return fields
