"""Logging a failure of a dependency without crying wolf.

While Redis or PostgreSQL is away (a restart, a failover), every frame and event that
needs them fails the same way, and the client is told to try again: the log gets one line
per failure, not a traceback. Anything else is a bug and keeps its whole traceback.
"""

from __future__ import annotations

import logging


def outage_errors() -> tuple[type[BaseException], ...]:
    """Errors that mean a dependency (Redis, PostgreSQL) is away for now."""
    from django.db import InterfaceError, OperationalError
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    return (
        OSError,
        TimeoutError,
        RedisConnectionError,
        RedisTimeoutError,
        OperationalError,
        InterfaceError,
    )


def log_failure(logger: logging.Logger, what: str, error: BaseException | None) -> None:
    """One warning line when a dependency is away, the traceback (ERROR) otherwise."""
    if error is not None and isinstance(error, outage_errors()):
        logger.warning("%s: %s: %s", what, type(error).__name__, error)
    else:
        logger.error(what, exc_info=error)
