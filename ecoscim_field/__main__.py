"""`python -m ecoscim_field` is the same program as `ecoscim-field`."""

import sys

from ecoscim_field.cli import main

sys.exit(main())
