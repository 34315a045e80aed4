"""The exceptions the gazetteer raises; every one derives from :class:`GazetteerError`."""


class GazetteerError(Exception):
    """Base class of every error raised by this package."""


class IndexBuildError(GazetteerError):
    """The embedded index could not be built (a source package is missing or unreadable)."""


class SourceFormatError(GazetteerError):
    """A user's CSV or a GeoNames dump is not in the expected format; the message says where."""


class GeocoderUnavailable(GazetteerError):
    """An online geocoder could not be reached or refused the request."""
