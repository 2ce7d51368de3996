"""The filled sample workbooks as plain Python data: one module per fictional institution."""
