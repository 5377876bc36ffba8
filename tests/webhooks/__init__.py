"""`signalwire_calling.webhooks`: signatures and payloads, against the vendor's webhooks and the mock's deliveries."""
