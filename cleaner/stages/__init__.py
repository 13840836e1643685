"""The pipeline's stages, one module each. ``cleaner.pipeline.STAGES`` lists them in order.

Every stage module defines ``NAME``, ``SUMMARY`` (one line for ``cleaner stages``) and
``run(document, config) -> document``, which reads only its own part of the config and records
every change it makes as a ``Change``.
"""
