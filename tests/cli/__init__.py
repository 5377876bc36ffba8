"""The `signalwire-calling` command line."""
