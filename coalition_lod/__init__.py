"""coalition-lod: partner profiles of the Global Coalition against Daesh as linked data."""

__version__ = "0.1.0"
