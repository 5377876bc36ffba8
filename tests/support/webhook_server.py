"""The example webhook server (examples/webhook_server.py), served on 127.0.0.1, recording what it verified."""

from __future__ import annotations

import contextlib
import importlib.util
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from wsgiref.simple_server import WSGIServer

from signalwire_calling import webhooks

KEY = "mock-signing-key"
PROJECT = "4d0d6f16-5881-4fcc-92a4-02c51a91954d"  # a UUID, as a real project id (the vendor schema says so)
SWML = {"version": "1.0.0", "sections": {"main": [{"answer": {}}, {"hangup": {}}]}}


def load_example() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "examples" / "webhook_server.py"
    spec = importlib.util.spec_from_file_location("webhook_server_example", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


example = load_example()


class Handler:
    """The example WSGI app, served on 127.0.0.1 by wsgiref, recording what it verified and parsed."""

    def __init__(self, server: WSGIServer, signing_key: str = KEY) -> None:
        self.server = server
        self.base = f"http://127.0.0.1:{server.server_port}"
        self.events: list[webhooks.WebhookPayload] = []
        server.set_app(example.make_app(self.base, signing_key=signing_key, handle=self.handle))

    def handle(self, event: webhooks.WebhookPayload) -> bytes | None:
        self.events.append(event)
        return json.dumps(SWML).encode() if isinstance(event, webhooks.InboundCallWebhookPayload) else None


@contextlib.contextmanager
def serving(app: Callable[..., Iterable[bytes]] | None = None) -> Iterator[WSGIServer]:
    server, thread = example.serve(app or (lambda environ, start_response: []))
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
