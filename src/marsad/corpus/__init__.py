"""Corpus-level processing: batch runs, de-duplication, stories, aggregation, topics, export."""
