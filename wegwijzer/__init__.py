"""Regenboogwegwijzer's own code: the site's data and page context for the
build hooks (overrides/hooks/), the CLI (scripts/docs.py) and the tests."""
