"""WebSocket routes. Each app that serves sockets adds its own patterns here."""

websocket_urlpatterns: list = []
