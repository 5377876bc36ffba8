"""Bytes on the wire against the vendor's published contract, and our spec against it."""
