"""Cleaning: page junk out, a map back to the original text, language detection."""

from .text import CleanResult, clean_text, lone_paragraph

__all__ = ["CleanResult", "clean_text", "lone_paragraph"]
