"""Interface languages: which exist, loading Qt catalogues, and the translator's tools.

QtCore only (no widgets), so the command line translates its messages too.
"""
