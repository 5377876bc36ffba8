"""The client: settings, request bodies and their checks, answers, errors, retries and logging."""
