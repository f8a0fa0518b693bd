"""The agenda area: the week's appointments, every appointment, and the research's progress."""
