"""argmap's Textual TUI: matrix, reader, question map, search (``argmap`` with no command)."""
