"""mla-writer: drafts requests for mutual legal assistance in criminal matters."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mla-writer")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+checkout"
