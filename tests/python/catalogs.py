"""Whether the build has catalogs: built with --disable-nls, every answer
is the Chinese source, and the cases that need a translation skip, as the
C tests do (CI builds with catalogs, and counts any skip as a failure)."""

import os

import pytest

needed = pytest.mark.skipif(os.environ.get("USE_NLS") != "yes",
                            reason="built with --disable-nls: no catalogs")
