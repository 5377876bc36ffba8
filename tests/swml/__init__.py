"""Typed SWML: the builder, the check, its typing, against the vendor's SWML schema."""
