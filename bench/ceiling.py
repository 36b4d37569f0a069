"""The ceiling: a plain `websockets` server in one process that relays each frame to its room
with `websockets.broadcast`. No Django, no channel layer: as fast as Python serves a room.

Run: python -m bench.ceiling --port 9000 (listens on 127.0.0.1 only)."""

import argparse
import asyncio
from collections import defaultdict

import websockets
from websockets.asyncio.server import ServerConnection, broadcast, serve

rooms: dict[str, set[ServerConnection]] = defaultdict(set)


async def handler(ws: ServerConnection) -> None:
    room = ws.request.path
    members = rooms[room]
    members.add(ws)
    try:
        async for frame in ws:
            broadcast(members, frame)
    except websockets.ConnectionClosed:
        pass
    finally:
        members.discard(ws)


async def main(port: int) -> None:
    async with serve(handler, "127.0.0.1", port, max_size=64 * 1024, compression=None) as server:
        await server.serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    asyncio.run(main(parser.parse_args().port))
