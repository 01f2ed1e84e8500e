"""Bundles for the site: the preview pages (and later the BagIt bundle, export and upload)."""
