"""File > Import Release...: reading published releases into records, and its models."""
