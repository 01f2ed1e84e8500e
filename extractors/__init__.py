"""Readers, one module per input format, behind one protocol (see ``registry``); ``metadata`` turns
blocks into 公文 fields."""
