"""generator/render/webhook_models.py: `webhook_models.py`, each webhook's payload model."""

from __future__ import annotations

import types
import typing
from pathlib import Path

from generator.render import webhook_models
from tests.support.generator import fixture_spec, run_module


def test_each_webhook_maps_to_its_payload_model(scratch_package: types.ModuleType) -> None:
    models = Path(scratch_package.__path__[0]) / "models"
    models.mkdir()
    (models / "__init__.py").write_text("")
    for module, name in [("status_payload", "StatusPayload"), ("played_event", "PlayedEvent"),
                         ("state_event", "StateEvent"), ("any_event", "AnyEvent")]:  # fmt: skip
        (models / f"{module}.py").write_text(f"class {name}:\n    pass\n")
    source = webhook_models.render(fixture_spec())
    namespace = run_module(source, "webhook_models", package=scratch_package.__name__)
    assert namespace["WEBHOOK_MODELS"] == {
        "statusCallback": namespace["StatusPayload"],
        "playCallback": namespace["PlayedEvent"],
        "stateCallback": namespace["StateEvent"],
        "genericEvent": namespace["AnyEvent"],  # an event_type no webhook describes
    }
    assert namespace["StatusPayload"].__module__ == f"{scratch_package.__name__}.models.status_payload"
    assert namespace["__all__"] == ["WEBHOOK_MODELS", "WebhookKind", "WebhookPayload"]
    assert "WebhookPayload: TypeAlias = AnyEvent | PlayedEvent | StateEvent | StatusPayload\n" in source
    assert typing.get_args(namespace["WebhookKind"]) == (
        "statusCallback",
        "playCallback",
        "stateCallback",
        "genericEvent",
    )
