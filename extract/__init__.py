"""Stage one: read a fascicle's layout (PDF or flat text) into :mod:`.model` objects."""
