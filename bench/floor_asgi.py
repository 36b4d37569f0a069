"""ASGI application for the floor baseline: `daphne bench.floor_asgi:application`.

It loads Kindred's settings only for CHANNEL_LAYERS, so the floor and Kindred share one
channel layer configuration."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kindred.settings")
django.setup()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from django.urls import path  # noqa: E402

from bench.floor import FloorConsumer  # noqa: E402

application = ProtocolTypeRouter(
    {"websocket": URLRouter([path("ws/floor/<int:room>/", FloorConsumer.as_asgi())])}
)
