"""transpub: publish press releases in the six official UN languages."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
