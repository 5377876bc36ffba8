"""Helpers shared by the tests, one home each.

- `loopback`: small HTTP servers on 127.0.0.1 that answer call legs (`LegServer`, `leg_server`).
- `misbehaving_server`: servers that misbehave on purpose (slow, truncated, oversized, dropped, ...).
- `mock`: helpers for the tests of the bundled mock (`signalwire_calling.testing`).
- `generator`: the generator's fixture spec and running one renderer.
- `vendor_contract`, `vendor_events`, `vendor_webhooks`, `vendor_swml`: the vendor's published documents (the
  oracles), read from `tests/vendor/`.
- `webhook_server`: the example webhook server, served on loopback, recording what it verified.
"""
