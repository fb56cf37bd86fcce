"""spaCy components: mention finders and one fact builder per fact type."""
