"""Running the pipeline over many articles: in this process or worker processes (``local``), or on Dask.

In: a stream of articles. Out: ``(article, records)`` in input order, with bounded memory in flight.
"""
