"""The client under threads, cancellation, fork(), proxies, and over aiohttp."""
