"""generator/render/webhook_models.py: `webhook_models.py`, each webhook's payload model."""

from __future__ import annotations

import types
from pathlib import Path

from generator.render import webhook_models
from tests.generator._support import fixture_spec, run_module


def test_each_webhook_maps_to_its_payload_model(scratch_package: types.ModuleType) -> None:
    models = Path(scratch_package.__path__[0]) / "models"
    models.mkdir()
    (models / "__init__.py").write_text("")
    (models / "status_payload.py").write_text("class StatusPayload:\n    pass\n")
    source = webhook_models.render(fixture_spec())
    namespace = run_module(source, "webhook_models", package=scratch_package.__name__)
    assert namespace["WEBHOOK_MODELS"] == {"statusCallback": namespace["StatusPayload"]}
    assert namespace["StatusPayload"].__module__ == f"{scratch_package.__name__}.models.status_payload"
    assert namespace["__all__"] == ["WEBHOOK_MODELS", "WebhookPayload"]
    assert "WebhookPayload: TypeAlias = StatusPayload\n" in source
